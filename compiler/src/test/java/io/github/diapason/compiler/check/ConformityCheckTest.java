package io.github.diapason.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.compiler.CheckOutcome;
import io.github.diapason.compiler.CheckRequest;
import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.ExitStatus;
import io.github.diapason.conformity.check.CheckReport;
import io.github.diapason.conformity.check.ExamReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} through the core API: exit statuses from the one table, verdict lines, reports written even on bad input. */
class ConformityCheckTest {

    @TempDir
    Path dir;

    @Test
    void unreadable_rules_are_unreadable_input_and_the_reports_are_still_written() throws IOException {
        Files.writeString(dir.resolve("rules.json"), "{ not json");
        Files.createDirectories(dir.resolve("dicom"));
        CheckOutcome outcome = new Diapason().check(CheckRequest.of(List.of(dir.resolve("dicom")), dir.resolve("rules.json"),
                dir.resolve("out")));
        assertThat(outcome.exitStatus()).isEqualTo(ExitStatus.UNREADABLE_INPUT);
        assertThat(outcome.diagnostics()).extracting(d -> d.code()).contains("RulesNotJson");
        assertThat(outcome.written()).extracting(p -> p.getFileName().toString())
                .containsExactly("check-report.html", "check-report.json", "check-report.xml", "dashboard.html");
        assertThat(outcome.summary()).isEqualTo("No DICOM exam found.");
    }

    @Test
    void a_report_folder_that_cannot_be_written_is_a_diagnostic() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        CheckOutcome outcome = new Diapason().check(CheckRequest.of(List.of(dir), dir.resolve("missing"), file));
        assertThat(outcome.diagnostics()).extracting(d -> d.code()).contains("RulesNotFound", "ReportsNotWritten");
        assertThat(outcome.written()).isEmpty();
    }

    @Test
    void verdicts_and_exit_status_follow_the_exams() {
        ExamReport ok = new ExamReport("1.2.3", "lyon", "siemens", "", true, List.of(), List.of(), List.of(), Map.of());
        ExamReport bad = new ExamReport("1.2.4", "lyon", "siemens", "", false, List.of(), List.of(), List.of("t1w"), Map.of());
        CheckOutcome conformant = new CheckOutcome(new CheckReport(List.of(ok), 3, 3, List.of()), List.of(), List.of());
        CheckOutcome not = new CheckOutcome(new CheckReport(List.of(ok, bad), 6, 6, List.of()), List.of(), List.of());
        assertThat(conformant.exitStatus()).isEqualTo(ExitStatus.OK);
        assertThat(not.exitStatus()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(not.verdicts()).extracting(CheckOutcome.Verdict::line).containsExactly(
                "Exam 1.2.3 (site lyon): conformant", "Exam 1.2.4 (site lyon): NOT conformant; acquire again: t1w");
        assertThat(not.summary()).isEqualTo("2 exam(s), 1 not conformant");
    }
}
