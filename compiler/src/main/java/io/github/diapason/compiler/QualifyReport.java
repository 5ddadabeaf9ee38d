package io.github.diapason.compiler;

import io.github.diapason.compiler.qualify.Qualification;
import io.github.diapason.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@code qualify}: the qualification (absent when the study, the site or every piece of
 * evidence could not be read), the report files written, and the problems with the inputs as diagnostics
 * (the findings about the site live in the qualification). The shells print {@link #lines()} and return
 * {@link #exitStatus()}.
 */
public record QualifyReport(Optional<Qualification> qualification, List<Path> written, List<Diagnostic> diagnostics,
                            boolean usageError) implements DiagnosticReport {

    public QualifyReport {
        qualification = qualification == null ? Optional.empty() : qualification;
        written = List.copyOf(written);
        diagnostics = List.copyOf(diagnostics);
    }

    /** USAGE for an unknown site; UNREADABLE_INPUT when the study or a piece of evidence could not be read; then the verdict. */
    public ExitStatus exitStatus() {
        if (usageError) {
            return ExitStatus.USAGE;
        }
        if (failed() || qualification.isEmpty()) {
            return ExitStatus.UNREADABLE_INPUT;
        }
        return qualification.get().qualified() ? ExitStatus.OK : ExitStatus.FINDINGS;
    }

    /** The verdict, then one line per failing finding and per warning, for the terminal and the build log. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        qualification.ifPresent(q -> {
            out.add("Site " + q.siteId() + ", protocol " + q.studyId() + " " + q.protocolVersion() + ": "
                    + (q.qualified() ? "QUALIFIED" : "NOT QUALIFIED") + " (" + q.compared() + " of " + q.shown()
                    + " exported values compared)");
            q.findings().stream().filter(f -> !f.severity().equals("note"))
                    .forEach(f -> out.add("  " + f.severity() + " [" + f.code() + "] " + f.evidence() + ": " + f.message()));
        });
        return out;
    }
}
