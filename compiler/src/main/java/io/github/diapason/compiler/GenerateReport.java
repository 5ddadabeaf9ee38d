package io.github.diapason.compiler;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.DiagnosticFormatter;
import java.nio.file.Path;
import java.util.List;

/** The outcome of a generation: every diagnostic, and what was written (nothing when errors were found). */
public record GenerateReport(Path outputDirectory, List<Diagnostic> diagnostics, int written, int unchanged) {
    public GenerateReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.stream().filter(d -> d.severity() == io.github.diapason.diagnostic.Severity.WARNING).count();
    }

    public boolean failed() {
        return errorCount() > 0;
    }

    public String render() {
        return new DiagnosticFormatter().formatAll(diagnostics);
    }
}
