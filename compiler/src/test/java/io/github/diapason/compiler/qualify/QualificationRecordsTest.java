package io.github.diapason.compiler.qualify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.ExitStatus;
import io.github.diapason.compiler.GenerateReport;
import io.github.diapason.compiler.GenerateRequest;
import io.github.diapason.compiler.QualifyReport;
import io.github.diapason.compiler.QualifyRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The qualification status the overview shows (README, "Qualify a site"): qualify --record stores the report under
 * the study, generate compares it with today's compilation. Run on a copy of examples/spine-generic with the real GE
 * export.
 */
class QualificationRecordsTest {

    private static final Path GE_TAR = SpineGenericQualificationTest.EXPORTS.resolve(SpineGenericQualificationTest.GE_TAR);

    @TempDir
    Path dir;
    Path study;

    @BeforeEach
    void copyTheStudy() throws IOException {
        study = QualificationReportsTest.copy(SpineGenericQualificationTest.STUDY, dir.resolve("spine-generic"));
    }

    private QualifyReport qualify(boolean record) {
        return new Diapason().qualify(new QualifyRequest(study, "mr750-dv2x", Optional.empty(), List.of(GE_TAR),
                SpineGenericQualificationTest.accepted("mr750-dv2x"), dir.resolve("reports"), record));
    }

    private String overview() throws IOException {
        GenerateReport report = new Diapason().generate(new GenerateRequest(study, dir.resolve("out"), Optional.empty(),
                Optional.empty(), false, false));
        assertThat(report.failed()).as(report.render()).isFalse();
        return Files.readString(dir.resolve("out/index.html"), StandardCharsets.UTF_8);
    }

    @Test
    void a_site_without_a_record_is_not_qualified_and_qualify_records_only_when_asked() throws IOException {
        assertThat(qualify(false).exitStatus()).isEqualTo(ExitStatus.OK);
        assertThat(study.resolve("qualification")).doesNotExist();
        assertThat(overview()).contains("<td class=\"q-not-qualified\">not qualified</td>");
    }

    @Test
    void a_recorded_qualification_shows_its_date_and_protocol_version() throws IOException {
        QualifyReport report = qualify(true);
        assertThat(report.written()).contains(study.resolve("qualification/mr750-dv2x.json"));
        String index = overview();
        assertThat(index).contains("<td class=\"q-qualified\">qualified on 2025-11-22 for protocol version 1.0.0</td>");
        assertThat(index.split("q-not-qualified", -1)).hasSize(4); // the three other sites
    }

    @Test
    void a_new_protocol_version_that_leaves_the_site_acquisition_unchanged_keeps_the_qualification() throws IOException {
        qualify(true);
        edit(study.resolve("protocol.json"), "\"version\": \"1.0.0\"", "\"version\": \"1.0.1\"");
        assertThat(overview()).contains("qualified on 2025-11-22 for protocol version 1.0.0");
    }

    @Test
    void an_acquisition_change_since_the_qualified_version_asks_for_requalification_naming_the_series() throws IOException {
        qualify(true);
        edit(study.resolve("protocol.json"), "\"value\": 9,", "\"value\": 12,"); // the T1w flip angle (the first 9 of the file)
        edit(study.resolve("protocol.json"), "\"version\": \"1.0.0\"", "\"version\": \"2.0.0\"");
        assertThat(overview()).contains("<td class=\"q-requalify\">requalification needed (qualified on 2025-11-22 for version"
                + " 1.0.0; changed since: T1w)</td>");
    }

    @Test
    void a_changed_scanner_period_asks_for_requalification() throws IOException {
        qualify(true);
        edit(study.resolve("sites/mr750-dv2x.json"), "\"DV26.0_R03\"", "\"DV28.0_R01\"");
        assertThat(overview()).contains("requalification needed (qualified on 2025-11-22 for version 1.0.0; changed since: scanner)");
    }

    @Test
    void a_site_that_is_not_qualified_is_never_recorded() throws IOException {
        QualifyReport report = new Diapason().qualify(new QualifyRequest(study, "mr750-dv2x", Optional.empty(), List.of(GE_TAR),
                List.of(), dir.resolve("reports"), true));
        assertThat(report.exitStatus()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(study.resolve("qualification")).doesNotExist();
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as(file + " holds " + from).contains(from);
        int at = text.indexOf(from);
        Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()), StandardCharsets.UTF_8); // the first only
    }
}
