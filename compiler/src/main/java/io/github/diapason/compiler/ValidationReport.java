package io.github.diapason.compiler;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.read.LoadedStudy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The outcome of validating one study: the study when it could be read, and every diagnostic. */
public record ValidationReport(Path studyDirectory, Optional<LoadedStudy> study, List<Diagnostic> diagnostics) implements DiagnosticReport {

    public ValidationReport {
        diagnostics = List.copyOf(diagnostics);
    }

}
