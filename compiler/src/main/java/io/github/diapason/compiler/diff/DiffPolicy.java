package io.github.diapason.compiler.diff;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The policy applied to the facts: which kinds of change fail the build outright (whatever the
 * version says), and which changes are accepted, each with its written justification.
 * The version gate always applies; {@code failOn} adds to it.
 */
public record DiffPolicy(Set<ChangeKind> failOn, List<AcceptedChange> accepted) {

    public DiffPolicy {
        failOn = failOn == null || failOn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(failOn));
        accepted = accepted == null ? List.of() : List.copyOf(accepted);
    }

    /** Only the version gate. */
    public static DiffPolicy gateOnly() {
        return new DiffPolicy(Set.of(), List.of());
    }

    /** The justified acceptance that covers a change, if any; unjustified ones cover nothing. */
    public java.util.Optional<AcceptedChange> acceptance(Change change) {
        return accepted.stream().filter(AcceptedChange::justified).filter(a -> a.matches(change)).findFirst();
    }
}
