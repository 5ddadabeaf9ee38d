package io.github.diapason.compiler.check;

import io.github.diapason.compiler.CheckOutcome;
import io.github.diapason.compiler.CheckRequest;
import io.github.diapason.conformity.check.CheckReport;
import io.github.diapason.conformity.check.DicomCheck;
import io.github.diapason.conformity.check.Reports;
import io.github.diapason.conformity.dashboard.Dashboard;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check} behind the core API: reads the rules, inspects and judges the exams, then writes
 * the JSON, HTML and JUnit reports (also when an input was unreadable, so CI can publish them), and
 * the dashboard of the exams judged ({@link StudyDashboard}).
 * A report folder that cannot be written is a diagnostic, not an exception.
 */
public final class ConformityCheck {

    public CheckOutcome check(CheckRequest request) {
        DicomCheck check = new DicomCheck(request.threads());
        CheckReport report = request.dicomweb().isPresent()
                ? check.check(request.dicomweb().get(), request.rules(), request.progress())
                : check.check(request.dicom(), request.rules(), request.progress());
        List<Diagnostic> diagnostics = new ArrayList<>(report.diagnostics());
        List<Path> written = List.of();
        try {
            written = new ArrayList<>(Reports.writeAll(report, request.outputDirectory()));
            Validated<Path> dashboard = StudyDashboard.write(request.outputDirectory(), Dashboard.of(report),
                    StudyDashboard.DEFAULT_LANGUAGE);
            dashboard.value().ifPresent(written::add);
            diagnostics.addAll(dashboard.diagnostics());
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("ReportsNotWritten", "cannot write the check reports: "
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()),
                    "choose an output folder you can write to", SourceLocation.file(request.outputDirectory().toString())));
        }
        return new CheckOutcome(report, written, diagnostics);
    }
}
