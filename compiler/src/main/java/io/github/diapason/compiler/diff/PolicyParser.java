package io.github.diapason.compiler.diff;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one reader of a diff policy as people write it, for the CLI ({@code --fail-on},
 * {@code --accept}) and the Maven goal ({@code <failOn>}, {@code <acceptedChanges>}): so both say
 * the same things the same way. An acceptance is written {@code kind[:sequence][@site][#subject]}
 * with its justification, as {@link AcceptedChange#label()} prints it back.
 */
public final class PolicyParser {

    private PolicyParser() {
    }

    /** A change the user accepts, still as text: where it was written (an option or element), its label, its reason. */
    public record AcceptanceText(String where, String label, String justification) {
    }

    /**
     * @param failOn change kind ids, each possibly a comma-separated list
     * @param failOnWhere how the user wrote that option, for messages ("--fail-on", "&lt;failOn&gt;")
     */
    public static Validated<DiffPolicy> parse(List<String> failOn, String failOnWhere, List<AcceptanceText> accepted) {
        List<Diagnostic> problems = new ArrayList<>();
        Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
        for (String list : failOn) {
            for (String one : list.split(",")) {
                if (!one.isBlank()) {
                    kind(one.trim(), failOnWhere, problems).ifPresent(kinds::add);
                }
            }
        }
        List<AcceptedChange> acceptances = new ArrayList<>();
        for (AcceptanceText a : accepted) {
            acceptance(a, problems).ifPresent(acceptances::add);
        }
        return problems.isEmpty() ? Validated.of(new DiffPolicy(kinds, acceptances), List.of())
                : Validated.failed(problems);
    }

    private static Optional<AcceptedChange> acceptance(AcceptanceText a, List<Diagnostic> problems) {
        String label = a.label() == null ? "" : a.label().trim();
        String subject = "";
        String site = "";
        String sequence = "";
        int hash = label.indexOf('#');
        if (hash >= 0) {
            subject = label.substring(hash + 1);
            label = label.substring(0, hash);
        }
        int at = label.indexOf('@');
        if (at >= 0) {
            site = label.substring(at + 1);
            label = label.substring(0, at);
        }
        int colon = label.indexOf(':');
        if (colon >= 0) {
            sequence = label.substring(colon + 1);
            label = label.substring(0, colon);
        }
        Optional<ChangeKind> kind = kind(label, a.where(), problems);
        if (a.justification() == null || a.justification().isBlank()) {
            problems.add(Diagnostic.error("POLICY_ACCEPTANCE_UNJUSTIFIED", a.where() + " '" + a.label()
                            + "' has no justification", "write why the change is acceptable, e.g. "
                            + "sequence-removed:asl=\"ASL moved to the sub-study\"", SourceLocation.file(a.where())));
            return Optional.empty();
        }
        String seq = sequence;
        String st = site;
        String sub = subject;
        return kind.map(k -> new AcceptedChange(k, seq, st, sub, a.justification()));
    }

    private static Optional<ChangeKind> kind(String text, String where, List<Diagnostic> problems) {
        Optional<ChangeKind> kind = ChangeKind.parse(text);
        if (kind.isEmpty()) {
            problems.add(Diagnostic.error("POLICY_UNKNOWN_CHANGE_KIND", where + " '" + text + "' is not a change kind",
                    "known kinds: " + String.join(", ", Arrays.stream(ChangeKind.values()).map(ChangeKind::id).toList()),
                    SourceLocation.file(where)));
        }
        return kind;
    }
}
