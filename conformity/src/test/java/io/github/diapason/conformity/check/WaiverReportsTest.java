package io.github.diapason.conformity.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A waived finding stays visible in every report form, with its reason and expiry date: a JSON
 * {@code waiver} object, an HTML badge, JUnit output that is not a failure; an expired waiver is named
 * beside the failure it no longer covers. Cases: check-cases/waived-until-the-expiry-date and
 * waiver-expired-before-the-exam (the exam the day after the expiry date).
 */
class WaiverReportsTest {

    @TempDir
    Path temp;

    @Test
    void the_json_report_carries_the_waiver_its_reason_expiry_and_the_severity_without_it() throws IOException {
        JsonNode exam = new ObjectMapper().readTree(Reports.json(CheckCases.run("waived-until-the-expiry-date", temp))).path("exams").get(0);
        assertThat(exam.path("conformant").asBoolean()).isTrue();
        assertThat(exam.path("examDate").asText()).isEqualTo("2026-03-31");
        assertThat(exam.path("waivedFindings").asInt()).isEqualTo(2);
        JsonNode tr = null;
        for (JsonNode f : exam.path("findings")) {
            if (f.path("code").asText().equals("ParameterOutOfTolerance")) {
                tr = f;
            }
        }
        assertThat(tr).isNotNull();
        assertThat(tr.path("severity").asText()).isEqualTo("warning");
        assertThat(tr.path("waiver").path("id").asText()).isEqualTo("W-TR");
        assertThat(tr.path("waiver").path("status").asText()).isEqualTo("waived");
        assertThat(tr.path("waiver").path("severityWithoutWaiver").asText()).isEqualTo("error");
        assertThat(tr.path("waiver").path("expires").asText()).isEqualTo("2026-03-31");
        assertThat(tr.path("waiver").path("reason").path("fr").asText()).startsWith("La console du site");
        assertThat(tr.path("waiver").path("acceptedBy").asText()).isEqualTo("coordinating centre");
    }

    @Test
    void the_html_report_shows_a_waived_badge_with_the_escaped_reason_and_expiry() throws IOException {
        String html = Reports.html(CheckCases.run("waived-until-the-expiry-date", temp));
        assertThat(html).contains("<span class=\"waived\">waived</span>")
                .contains("waived (W-TR, until 2026-03-31: The site&#39;s console cannot reach 2300 ms")
                .contains("waived (W-FLAIR, until 2026-03-31: FLAIR acquired at the next visit &lt;b&gt;&amp;amp&lt;/b&gt;")
                .doesNotContain("<b>").doesNotContain("NOT conformant");
    }

    @Test
    void the_junit_report_shows_waived_findings_as_output_not_as_failures() throws IOException {
        String xml = Reports.junit(CheckCases.run("waived-until-the-expiry-date", temp));
        assertThat(xml).contains("failures=\"0\"").doesNotContain("<failure")
                .contains("<system-out>ParameterOutOfTolerance RepetitionTime: waived (W-TR, until 2026-03-31:");
    }

    @Test
    void after_the_expiry_date_the_failure_names_the_expired_waiver() throws IOException {
        CheckReport report = CheckCases.run("waiver-expired-before-the-exam", temp);
        assertThat(report.exams().get(0).conformant()).isFalse();
        assertThat(Reports.junit(report)).contains("failures=\"2\"")
                .contains("(waiver W-TR expired on 2026-03-31, before this exam: not applied)");
        assertThat(Reports.html(report)).contains("waiver W-FLAIR expired on 2026-03-31, before this exam: not applied")
                .doesNotContain("<span class=\"waived\">");
    }

    @Test
    void judging_the_same_exam_twice_gives_the_same_bytes() throws IOException {
        CheckReport first = CheckCases.run("waived-until-the-expiry-date", temp);
        CheckReport again = CheckCases.check(CheckCases.ROOT.resolve("waived-until-the-expiry-date"),
                temp.resolve("waived-until-the-expiry-date"));
        assertThat(Reports.json(again)).isEqualTo(Reports.json(first));
        assertThat(Reports.html(again)).isEqualTo(Reports.html(first));
        assertThat(Reports.junit(again)).isEqualTo(Reports.junit(first));
    }
}
