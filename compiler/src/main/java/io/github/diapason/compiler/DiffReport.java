package io.github.diapason.compiler;

import io.github.diapason.compiler.diff.GateVerdict;
import io.github.diapason.compiler.diff.ProtocolDiff;
import io.github.diapason.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a comparison: the facts (when both versions could be read), the gate's verdict,
 * every diagnostic (errors fail the build), and the reports written under {@code reports}.
 */
public record DiffReport(String baseline, Optional<ProtocolDiff> diff, Optional<GateVerdict> verdict,
                         List<Diagnostic> diagnostics, List<Path> reports) implements DiagnosticReport {
    public DiffReport {
        diagnostics = List.copyOf(diagnostics);
        reports = List.copyOf(reports);
    }


    /** One line for logs: versions, required and actual bump, sites to re-qualify. */
    public String summary() {
        if (diff.isEmpty() || verdict.isEmpty()) {
            return "no comparison with " + baseline;
        }
        ProtocolDiff d = diff.get();
        GateVerdict v = verdict.get();
        List<String> requalify = d.sitesToRequalify();
        return d.changes().size() + " change(s) against " + baseline + " (" + d.baselineVersion() + " -> "
                + d.currentVersion() + "); required bump: " + v.required().label()
                + (v.actual() == null ? "" : ", actual: " + v.actual().label())
                + "; sites to re-qualify: " + (requalify.isEmpty() ? "none" : String.join(", ", requalify));
    }
}
