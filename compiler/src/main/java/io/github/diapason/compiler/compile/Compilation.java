package io.github.diapason.compiler.compile;

import io.github.diapason.diagnostic.Diagnostic;
import java.util.List;

/** Every site of a study compiled for one date: the outcomes of those that compiled, and every problem found. */
public record Compilation(List<SiteOutcome> outcomes, List<Diagnostic> diagnostics) {
    public Compilation {
        outcomes = List.copyOf(outcomes);
        diagnostics = List.copyOf(diagnostics);
    }
}
