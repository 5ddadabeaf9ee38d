package io.github.diapason.compiler;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.DiagnosticFormatter;
import io.github.diapason.diagnostic.Severity;
import java.util.List;

/** What every core operation's report offers the Mojos and commands: its diagnostics, counted and printed. */
public interface DiagnosticReport {

    List<Diagnostic> diagnostics();

    default long errorCount() {
        return diagnostics().stream().filter(Diagnostic::isError).count();
    }

    default long warningCount() {
        return diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
    }

    default boolean failed() {
        return errorCount() > 0;
    }

    /** Diagnostics for people, with source excerpts and carets, then the totals. */
    default String render() {
        return new DiagnosticFormatter().formatAll(diagnostics());
    }
}
