package io.github.diapason.compiler;

import io.github.diapason.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/** The outcome of a generation: every diagnostic, and what was written (nothing when errors were found). */
public record GenerateReport(Path outputDirectory, List<Diagnostic> diagnostics, int written, int unchanged) implements DiagnosticReport {
    public GenerateReport {
        diagnostics = List.copyOf(diagnostics);
    }

}
