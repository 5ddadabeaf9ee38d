package io.github.diapason.conformity.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.conformity.check.CheckCases;
import io.github.diapason.conformity.check.CheckReport;
import io.github.diapason.conformity.check.Reports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard from a folder of exam reports (the watcher's {@code exams/<exam>/check-report.json}),
 * on the check cases' real reports and on purpose-built exams for the trends. Words are the bundle
 * keys here (the compiler's test renders the real words).
 */
class DashboardTest {

    private static final Dashboard.Words KEYS = (key, args) -> key + (args.length == 0 ? "" : Arrays.toString(args));

    @TempDir
    Path temp;

    private void file(Path out, String exam, String caseName) throws IOException {
        CheckReport report = CheckCases.run(CheckCases.ROOT.resolve(caseName), temp.resolve("dicom-" + exam));
        Path folder = Files.createDirectories(out.resolve("exams").resolve(exam));
        Files.writeString(folder.resolve("check-report.json"), Reports.json(report));
    }

    private static DashboardExam exam(String uid, String site, String date, String software, double tr, boolean ok) {
        return new DashboardExam(uid, site, date, software, ok, 0,
                ok ? List.of() : List.of(new DashboardExam.Repeat("t1w", List.of("ParameterOutOfTolerance: TR"))),
                Map.of("t1w", Map.of("RepetitionTime", tr, "FlipAngle", 8.0)));
    }

    @Test
    void counts_per_site_split_conformant_waived_and_not_conformant_from_the_exam_reports() throws IOException {
        Path out = temp.resolve("out");
        file(out, "a", "waived-until-the-expiry-date");
        file(out, "b", "waiver-expired-before-the-exam");
        file(out, "c", "conformant-exam");
        List<DashboardExam> exams = Dashboard.read(out).value().orElseThrow();
        assertThat(exams).hasSize(3);
        String html = Dashboard.render(exams, KEYS, "en");
        assertThat(html).contains("dashboard.received[3]");
        // lyon: 3 exams, 1 conformant, 1 conformant with waivers, 1 not conformant
        assertThat(html).contains("<tr><td>lyon</td><td class=\"n\">3</td><td class=\"n ok\">1</td>"
                + "<td class=\"n waived\">1</td><td class=\"n bad\">1</td><td>2026-04-01</td></tr>");
    }

    @Test
    void series_to_repeat_name_the_exam_the_sequence_and_why() throws IOException {
        Path out = temp.resolve("out");
        file(out, "b", "waiver-expired-before-the-exam");
        String html = Dashboard.render(Dashboard.read(out).value().orElseThrow(), KEYS, "en");
        assertThat(html).contains("<td>2026-04-01</td><td>lyon</td><td>1.2.826.0.1.3680043.10.5.2</td><td>t1w</td>"
                + "<td>ParameterOutOfTolerance: series 2 t1_mprage_sag: RepetitionTime out of tolerance (2.3 ± 0.01 s → 2.5 s)</td>")
                .contains("<td>flair</td><td>MissingSequence:");
    }

    @Test
    void a_value_that_drifts_is_plotted_with_the_software_change_marked_and_a_stable_one_is_not() {
        List<DashboardExam> exams = List.of(
                exam("1.1", "lyon", "2026-01-05", "syngo MR E11", 2.3, true),
                exam("1.2", "lyon", "2026-02-05", "syngo MR E11", 2.3, true),
                exam("1.3", "lyon", "2026-03-05", "syngo MR XA30", 2.4, true),
                exam("1.4", "lyon", "2026-04-05", "syngo MR XA30", 2.5, false));
        String html = Dashboard.render(exams, KEYS, "en");
        assertThat(html).contains("<figcaption>t1w · RepetitionTime</figcaption>").doesNotContain("t1w · FlipAngle")
                .contains("dashboard.softwareChange[2026-03-05, syngo MR XA30]")
                .contains("stroke-dasharray=\"4 3\"><title>2026-03-05 syngo MR XA30</title>");
        Matcher polyline = Pattern.compile("<polyline points=\"([^\"]+)\"").matcher(html);
        assertThat(polyline.find()).isTrue();
        String[] points = polyline.group(1).split(" ");
        assertThat(points).hasSize(4);
        // the first exam at the left edge, the last at the right; the highest TR at the top
        assertThat(points[0]).startsWith("48.0,");
        // TR 2.3..2.5 padded by 10 %: 2.5 lies 0.02/0.24 of the 106-pixel plot height below its top (y=10)
        assertThat(points[3]).isEqualTo("310.0,18.8");
        assertThat(points[0]).isEqualTo("48.0,107.2");
    }

    @Test
    void the_page_is_escaped_self_contained_and_phone_sized() {
        String html = Dashboard.render(List.of(exam("<script>alert(1)</script>", "ly\"on&", "2026-01-05", "E11 <b>", 2.3, false)),
                KEYS, "en");
        assertThat(html).doesNotContain("<script").doesNotContain("<b>").contains("&lt;script&gt;").contains("ly&quot;on&amp;")
                .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .doesNotContain(" src=").doesNotContain(" href=").doesNotContain("@import").doesNotContain("url(");
    }

    @Test
    void the_same_exams_in_any_order_give_the_same_bytes() {
        List<DashboardExam> exams = new ArrayList<>(List.of(
                exam("1.1", "lyon", "2026-01-05", "E11", 2.3, true), exam("2.1", "oslo", "2026-01-06", "DV26", 2.0, false),
                exam("1.2", "lyon", "2026-02-05", "E11", 2.4, true), exam("2.2", "oslo", "", "DV26", 2.1, true)));
        String first = Dashboard.render(exams, KEYS, "en");
        Collections.reverse(exams);
        assertThat(Dashboard.render(exams, KEYS, "en")).isEqualTo(first);
    }

    @Test
    void a_report_that_is_not_json_is_left_out_with_a_warning() throws IOException {
        Path out = temp.resolve("out");
        file(out, "a", "conformant-exam");
        Files.createDirectories(out.resolve("exams/broken"));
        Files.writeString(out.resolve("exams/broken/check-report.json"), "{ cut sho");
        var read = Dashboard.read(out);
        assertThat(read.value().orElseThrow()).hasSize(1);
        assertThat(read.diagnostics()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("DashboardUnreadable"));
    }

    @Test
    void the_cache_reads_the_same_exams_as_a_fresh_read_and_drops_a_removed_report() throws IOException {
        Path out = temp.resolve("out");
        file(out, "a", "waived-until-the-expiry-date");
        file(out, "b", "waiver-expired-before-the-exam");
        Dashboard.ReportCache cache = new Dashboard.ReportCache();
        cache.read(out);
        file(out, "c", "conformant-exam");
        assertThat(cache.read(out).value().orElseThrow()).isEqualTo(Dashboard.read(out).value().orElseThrow()).hasSize(3);
        Files.delete(out.resolve("exams/a/check-report.json"));
        assertThat(cache.read(out).value().orElseThrow()).isEqualTo(Dashboard.read(out).value().orElseThrow()).hasSize(2);
    }

    @Test
    void the_cache_parses_a_report_again_only_when_its_size_time_or_file_changed() throws IOException {
        Path out = temp.resolve("out");
        file(out, "a", "conformant-exam");
        Path report = out.resolve("exams/a/check-report.json");
        Dashboard.ReportCache cache = new Dashboard.ReportCache();
        List<DashboardExam> first = cache.read(out).value().orElseThrow();

        // the same length, time and file, other content: not parsed again (a fresh read finds no exam in it)
        var time = Files.getLastModifiedTime(report);
        byte[] same = Files.readAllBytes(report);
        Files.write(report, " ".repeat(same.length).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Files.setLastModifiedTime(report, time);
        assertThat(cache.read(out).value().orElseThrow()).isEqualTo(first);
        assertThat(Dashboard.read(out).value().orElseThrow()).isEmpty();

        // replaced by another report (as a watcher replaces it, by a move): parsed again
        file(temp.resolve("other"), "a", "waiver-expired-before-the-exam");
        Files.move(temp.resolve("other/exams/a/check-report.json"), report, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(cache.read(out).value().orElseThrow()).isEqualTo(Dashboard.read(out).value().orElseThrow())
                .isNotEqualTo(first).isNotEmpty();
    }
}
