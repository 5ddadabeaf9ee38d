package io.github.diapason.compiler;

import io.github.diapason.conformity.check.CheckReport;
import io.github.diapason.conformity.check.ExamReport;
import io.github.diapason.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of {@code check}: the verdicts ({@code report}), the report files written, and the
 * problems with the inputs or the output folder, as diagnostics. The shells print {@link #verdicts()}
 * and return {@link #exitStatus()}; nothing here prints or exits.
 */
public record CheckOutcome(CheckReport report, List<Path> written, List<Diagnostic> diagnostics) implements DiagnosticReport {

    public CheckOutcome {
        written = List.copyOf(written);
        diagnostics = List.copyOf(diagnostics);
    }

    /** One exam's verdict as a line, and its failing findings as indented lines. */
    public record Verdict(boolean conformant, String line, List<String> details) {
        public Verdict {
            details = List.copyOf(details);
        }
    }

    public List<Verdict> verdicts() {
        List<Verdict> out = new ArrayList<>();
        for (ExamReport e : report.exams()) {
            String line = "Exam " + e.studyInstanceUid() + " (site " + (e.siteId().isEmpty() ? "?" : e.siteId()) + "): "
                    + (e.conformant() ? "conformant" : "NOT conformant" + (e.sequencesToRepeat().isEmpty() ? ""
                    : "; acquire again: " + String.join(", ", e.sequencesToRepeat())));
            List<String> details = new ArrayList<>();
            for (Diagnostic f : e.findings()) {
                if (f.isError()) {
                    details.add("  " + f.code() + " " + f.message()
                            + (f.expected().isEmpty() ? "" : " (expected " + f.expected() + ", received " + f.actual() + ")"));
                }
            }
            out.add(new Verdict(e.conformant(), line, details));
        }
        return out;
    }

    /** "No DICOM exam found." when there is nothing to judge; the reports' folder otherwise. */
    public String summary() {
        if (report.exams().isEmpty()) {
            return "No DICOM exam found.";
        }
        long failing = report.exams().stream().filter(e -> !e.conformant()).count();
        return report.exams().size() + " exam(s), " + failing + " not conformant";
    }

    /** UNREADABLE_INPUT when an input or the output folder failed; FINDINGS when an exam (or none) is not conformant. */
    public ExitStatus exitStatus() {
        if (failed()) {
            return ExitStatus.UNREADABLE_INPUT;
        }
        return report.conformant() ? ExitStatus.OK : ExitStatus.FINDINGS;
    }
}
