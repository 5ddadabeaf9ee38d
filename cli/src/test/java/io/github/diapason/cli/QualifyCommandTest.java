package io.github.diapason.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diapason qualify} on the real GE export of spine-generic (conformity's test resources, PROVENANCE.md there). */
class QualifyCommandTest {

    private static final String STUDY = Path.of("..", "examples", "spine-generic").toString();
    private static final Path GE_TAR = Path.of("..", "conformity", "src", "test", "resources", "console-exports", "spine-generic",
            "GE", "GE_750_no-FOCUS", "protocol.tar");
    private static final String ACCEPTED = Path.of("..", "compiler", "src", "test", "resources", "qualify",
            "accepted-mr750-dv2x.tsv").toString();

    @TempDir
    Path dir;

    @Test
    void a_site_whose_export_matches_is_qualified_exit_0_and_the_three_reports_are_written() {
        CliRun r = CliRun.of("qualify", STUDY, "--site", "mr750-dv2x", "--accept-file", ACCEPTED, "-o", dir.toString(), GE_TAR.toString());

        assertThat(r.status()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).startsWith("Site mr750-dv2x, protocol spine-generic 1.0.0: QUALIFIED");
        assertThat(dir.resolve("qualification-report.html")).exists();
        assertThat(dir.resolve("qualification-report.json")).exists();
        assertThat(dir.resolve("qualification-report.xml")).exists();
    }

    @Test
    void a_difference_not_accepted_is_exit_1_with_the_finding_printed() {
        CliRun r = CliRun.of("qualify", STUDY, "--site", "mr750-dv2x", "-o", dir.toString(), GE_TAR.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("NOT QUALIFIED").contains("error [ValueOutOfTolerance] protocol.tar: T1w: Receiver Bandwidth");
    }

    @Test
    void malformed_evidence_is_exit_3_with_diagnostics_never_a_stack_trace() throws IOException {
        Path broken = Files.writeString(dir.resolve("site.exar1"), "not sqlite");
        Path cut = Files.writeString(dir.resolve("site.ExamCard"), "<SOAP-ENV:Envelope><SOAP-ENV:Body><a1:ExamCard");

        CliRun r = CliRun.of("qualify", STUDY, "--site", "mr750-dv2x", "-o", dir.resolve("out").toString(),
                broken.toString(), cut.toString(), dir.resolve("missing.pdf").toString());

        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).contains("site.exar1").contains("[ExportCorruptDatabase]").contains("site.ExamCard")
                .contains("missing.pdf").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void an_unknown_site_is_a_usage_error_naming_the_sites() {
        CliRun r = CliRun.of("qualify", STUDY, "--site", "nowhere", "-o", dir.toString(), GE_TAR.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("[UnknownSite]").contains("mr750-dv2x");
    }

    @Test
    void an_acceptance_without_justification_is_a_usage_error() throws IOException {
        Path accept = Files.writeString(dir.resolve("accept.tsv"), "T1w\tReceiver Bandwidth\t\n");

        CliRun r = CliRun.of("qualify", STUDY, "--site", "mr750-dv2x", "--accept-file", accept.toString(), GE_TAR.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("accept.tsv:1:1").contains("[AcceptanceUnjustified]");
    }
}
