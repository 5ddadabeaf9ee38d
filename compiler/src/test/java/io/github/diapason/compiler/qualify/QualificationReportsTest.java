package io.github.diapason.compiler.qualify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.ExitStatus;
import io.github.diapason.compiler.QualifyReport;
import io.github.diapason.compiler.QualifyRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signable report's language, escaping and evidence kinds; bad evidence as diagnostics. */
class QualificationReportsTest {

    private static final Path GE_TAR = SpineGenericQualificationTest.EXPORTS.resolve(SpineGenericQualificationTest.GE_TAR);
    /** Real GE DICOM (dcm_qa_ge, BSD; PROVENANCE in that folder): an EPI exam, not the spine-generic T1w/T2w. */
    private static final Path GE_DICOM = Path.of("..", "conformity", "src", "test", "resources", "check-cases",
            "corpus-ge-epi-group-delay", "dicom");

    @TempDir
    Path dir;

    private QualifyReport qualify(Path study, Path... evidence) {
        return new Diapason().qualify(new QualifyRequest(study, "mr750-dv2x", Optional.empty(), List.of(evidence),
                SpineGenericQualificationTest.accepted("mr750-dv2x"), dir.resolve("out"), false));
    }

    @Test
    void the_html_report_speaks_the_site_language_with_french_typography_and_escapes_every_value() throws IOException {
        Path study = copy(SpineGenericQualificationTest.STUDY, dir.resolve("study"));
        Path site = study.resolve("sites/mr750-dv2x.json");
        Files.writeString(site, Files.readString(site).replace("\"language\": \"en\"", "\"language\": \"fr\"")
                .replace("\"name\": \"Spine-generic ge", "\"name\": \"<script>alert(1)</script> & Spine-generic ge"));
        assertThat(qualify(study, GE_TAR).exitStatus()).isEqualTo(ExitStatus.OK);
        String html = Files.readString(dir.resolve("out/qualification-report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"fr\">").contains("<h1>Qualification du site</h1>")
                .contains("Centre coordonnateur").contains("différence acceptée")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Spine-generic").doesNotContain("<script>");
        assertThat(html).contains("Pièce\u202F: protocol.tar"); // a narrow no-break space before the colon
    }

    @Test
    void a_dicom_test_acquisition_is_judged_by_the_checker_and_merged_into_the_same_report() throws IOException {
        QualifyReport report = qualify(SpineGenericQualificationTest.STUDY, GE_TAR, GE_DICOM);
        assertThat(report.diagnostics()).isEmpty();
        Qualification q = report.qualification().orElseThrow();
        assertThat(q.evidence()).extracting(Qualification.Evidence::kind).containsExactly("export", "dicom");
        assertThat(q.evidence().get(0).qualified()).isTrue();
        Qualification.Evidence dicom = q.evidence().get(1);
        assertThat(dicom.qualified()).isFalse();
        assertThat(dicom.sequences()).extracting(Qualification.SequenceVerdict::verdict).containsOnly("missing").hasSize(7);
        assertThat(q.findings()).filteredOn(f -> f.evidence().equals("dicom") && f.severity().equals("error")).isNotEmpty();
        assertThat(report.exitStatus()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(SpineGenericQualificationTest.schemaProblems(dir.resolve("out/qualification-report.json"))).isEmpty();
    }

    @Test
    void malformed_evidence_gives_diagnostics_naming_each_file_exit_3_and_no_report() throws IOException {
        Path cut = dir.resolve("cut.ExamCard");
        byte[] xml = Files.readAllBytes(SpineGenericQualificationTest.EXPORTS.resolve(SpineGenericQualificationTest.EXAMCARD));
        Files.write(cut, java.util.Arrays.copyOf(xml, xml.length / 2));
        Path noise = Files.write(dir.resolve("noise.exar1"), new byte[] {1, 2, 3, 4});
        Path empty = Files.createDirectories(dir.resolve("empty-dicom"));
        QualifyReport report = qualify(SpineGenericQualificationTest.STUDY, cut, noise, empty, dir.resolve("missing.tar"));
        assertThat(report.exitStatus()).isEqualTo(ExitStatus.UNREADABLE_INPUT);
        assertThat(report.qualification()).isEmpty();
        assertThat(report.diagnostics()).allMatch(d -> d.isError() && !d.location().file().isEmpty());
        assertThat(report.diagnostics()).extracting(d -> Path.of(d.location().file()).getFileName().toString())
                .contains("cut.ExamCard", "noise.exar1", "empty-dicom", "missing.tar");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void an_unknown_site_is_a_usage_error() {
        QualifyReport report = new Diapason().qualify(QualifyRequest.of(SpineGenericQualificationTest.STUDY, "nowhere",
                List.of(GE_TAR), dir.resolve("out")));
        assertThat(report.exitStatus()).isEqualTo(ExitStatus.USAGE);
        assertThat(report.diagnostics()).extracting(d -> d.code()).containsExactly("UnknownSite");
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }
}
