package io.github.diapason.conformity.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML and JUnit forms of check-cases' reports: console words and units, escaping, one failed test per series. */
class ReportsTest {

    @TempDir
    Path temp;

    @Test
    void the_html_report_speaks_in_the_console_words_and_units_of_the_rules_and_escapes_text() throws IOException {
        String html = Reports.html(CheckCases.run("console-words-and-escaping", temp));
        assertThat(html).contains("TR (RepetitionTime)").contains("2500 ms").contains("2300 ± 10 ms")
                .contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void the_junit_report_has_a_failed_test_per_non_conformant_series_and_missing_sequence() throws IOException {
        String xml = Reports.junit(CheckCases.run("changed-tr-missing-series-repeat-patient-name", temp));
        assertThat(xml).contains("failures=\"2\"").contains("name=\"t1w (series 2 t1_mprage_sag)\"")
                .contains("type=\"ParameterOutOfTolerance\"").contains("name=\"exam: flair\"")
                .contains("type=\"MissingSequence\"");
    }

    @Test
    void the_reports_are_written_whole_and_the_same_twice() throws IOException {
        CheckReport report = CheckCases.run("conformant-exam", temp);
        Reports.writeAll(report, temp.resolve("out"));
        String first = Files.readString(temp.resolve("out/check-report.json"));
        Reports.writeAll(report, temp.resolve("out"));
        assertThat(Files.readString(temp.resolve("out/check-report.json"))).isEqualTo(first);
        try (var files = Files.list(temp.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactlyElementsOf(Reports.FILES);
        }
    }

    @Test
    void the_reports_are_readable_by_others_as_the_umask_allows_not_private_temp_files() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews()
                .contains("posix"));
        Reports.writeAll(CheckCases.run("conformant-exam", temp), temp.resolve("out"));
        // a plain new file shows what the process umask gives (0644 under 022); the reports must match it
        var expected = Files.getPosixFilePermissions(Files.writeString(temp.resolve("probe.txt"), ""));
        for (String name : Reports.FILES) {
            assertThat(Files.getPosixFilePermissions(temp.resolve("out").resolve(name))).as(name).isEqualTo(expected);
        }
    }
}
