package io.github.diapason.compiler.diff;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Applies a {@link DiffPolicy} and the semantic-version rule to the facts: the version must grow
 * by at least the largest bump any unaccepted change implies; it may never go down; kinds in
 * {@code failOn} fail unless accepted; an acceptance needs a justification. Pure.
 */
final class VersionGate {

    private VersionGate() {
    }

    /**
     * @param versionAt where the current study version is written
     * @param locate    where a change's pointer is in the current study
     */
    public static GateVerdict evaluate(ProtocolDiff diff, DiffPolicy policy, SourceLocation versionAt,
                                       Function<Change, SourceLocation> locate) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (AcceptedChange a : policy.accepted()) {
            if (!a.justified()) {
                diagnostics.add(Diagnostic.error("AcceptedChangeUnjustified", "accepted change " + a.label()
                                + " has no justification",
                        "write why the change is acceptable in <justification> (or --accept KIND[:sequence]=reason); "
                                + "the reports print it", SourceLocation.NONE));
            } else if (diff.changes().stream().noneMatch(a::matches)) {
                diagnostics.add(Diagnostic.warning("AcceptedChangeUnused", "accepted change " + a.label()
                        + " matches no change in this diff", "remove the stale acceptance", SourceLocation.NONE));
            }
        }
        List<GateVerdict.Accepted> accepted = new ArrayList<>();
        List<Change> counted = new ArrayList<>();
        for (Change c : diff.changes()) {
            Optional<AcceptedChange> acceptance = policy.acceptance(c);
            if (acceptance.isPresent()) {
                accepted.add(new GateVerdict.Accepted(c, acceptance.get()));
            } else {
                counted.add(c);
            }
        }
        for (ChangeGroup g : ChangeGroup.of(counted.stream().filter(c -> policy.failOn().contains(c.kind())).toList())) {
            diagnostics.add(Diagnostic.error("ChangeForbidden", "the policy forbids " + g.first().kind().name()
                            + " changes: " + g.describe(),
                    "revert the change, or accept it with a written justification", locate.apply(g.first())));
        }
        VersionBump required = counted.stream().map(c -> c.kind().bump()).reduce(VersionBump.NONE, VersionBump::max);
        Optional<SemanticVersion> base = SemanticVersion.parse(diff.baselineVersion());
        Optional<SemanticVersion> current = SemanticVersion.parse(diff.currentVersion());
        if (base.isEmpty() || current.isEmpty()) {
            String which = base.isEmpty() ? "baseline" : "current";
            String value = base.isEmpty() ? diff.baselineVersion() : diff.currentVersion();
            diagnostics.add(Diagnostic.error("NotSemanticVersion", "the " + which + " study version '" + value
                    + "' is not MAJOR.MINOR.PATCH, so the version gate cannot compare", "write e.g. 1.4.0", versionAt));
            return new GateVerdict(required, null, "", accepted, diagnostics);
        }
        String suggested = base.get().bumped(required).toString();
        Optional<VersionBump> actual = base.get().bumpTo(current.get());
        if (actual.isEmpty()) {
            diagnostics.add(Diagnostic.error("VersionDecreased", "study version went down from " + base.get() + " to "
                            + current.get(), "a new version must be higher than the baseline's; at least " + suggested,
                    versionAt));
            return new GateVerdict(required, null, suggested, accepted, diagnostics);
        }
        if (actual.get().compareTo(required) < 0) {
            List<Change> driving = counted.stream().filter(c -> c.kind().bump() == required).toList();
            StringBuilder why = new StringBuilder();
            for (ChangeGroup g : ChangeGroup.of(driving)) {
                why.append(why.length() == 0 ? "" : "; ").append(g.describe());
            }
            String made = actual.get() == VersionBump.NONE ? "unchanged" : "a " + actual.get().label() + " bump";
            diagnostics.add(Diagnostic.error("VersionBumpTooSmall", "study version " + base.get() + " -> "
                            + current.get() + " is " + made + ", but the changes need a " + required.label()
                            + " bump (at least " + suggested + "): " + why,
                    "set study.version to " + suggested + " or higher, or accept the change with a written justification",
                    versionAt));
        }
        return new GateVerdict(required, actual.get(), suggested, accepted, diagnostics);
    }
}
