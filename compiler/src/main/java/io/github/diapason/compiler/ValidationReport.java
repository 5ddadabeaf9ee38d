package io.github.diapason.compiler;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.DiagnosticFormatter;
import io.github.diapason.diagnostic.Severity;
import io.github.diapason.read.LoadedStudy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The outcome of validating one study: the study when it could be read, and every diagnostic. */
public record ValidationReport(Path studyDirectory, Optional<LoadedStudy> study, List<Diagnostic> diagnostics) {

    public ValidationReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    }

    public boolean failed() {
        return errorCount() > 0;
    }

    /** Diagnostics for people, with source excerpts and carets, then the totals. */
    public String render() {
        return new DiagnosticFormatter().formatAll(diagnostics);
    }
}
