package io.github.diapason.conformity.check;

import io.github.diapason.diagnostic.Diagnostic;

import java.util.List;

/** The result of {@code check}: one report per exam, and the problems with files and rules, as diagnostics. */
public record CheckReport(List<ExamReport> exams, long files, long dicomFiles, List<Diagnostic> diagnostics) {

    public CheckReport {
        exams = List.copyOf(exams);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Some input could not be read (a file, a folder or the rules): the verdicts may be incomplete. */
    public boolean unreadable() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public boolean conformant() {
        return !exams.isEmpty() && exams.stream().allMatch(ExamReport::conformant);
    }
}
