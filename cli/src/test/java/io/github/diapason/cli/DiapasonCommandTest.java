package io.github.diapason.cli;

import io.github.diapason.compiler.ExitStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DiapasonCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new DiapasonCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return DiapasonCommand.configure(cli).execute(args);
    }

    @Test
    void validExampleValidatesWithExitZero() {
        assertThat(run("validate", "../examples/memory-clinic-xml")).isEqualTo(ExitStatus.OK.code());
        assertThat(out.toString()).contains("0 errors");
    }

    @Test
    void brokenStudyExitsOneAndShowsTheLocatedProblem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("protocol.json"), "{\"study\": {}}\n");

        assertThat(run("validate", dir.toString())).isEqualTo(ExitStatus.FINDINGS.code());
        assertThat(out.toString()).contains("protocol.json:1:").contains("missing required field 'id'");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("validate", "--no-such-option", "x")).isEqualTo(ExitStatus.USAGE.code());
        assertThat(err.toString()).contains("Unknown option");
    }

    @Test
    void generateWritesTheOutputsUnderTheGivenFolder(@TempDir Path dir) {
        assertThat(run("generate", "../examples/memory-clinic-xml", "-o", dir.toString(), "--no-pdf")).isEqualTo(ExitStatus.OK.code());
        assertThat(dir.resolve("sites/lyon/manual.fr.html")).isRegularFile();
        assertThat(dir.resolve("index.html")).isRegularFile();
    }

    @Test
    void validateRunsFeasibilitySoAStudyThatValidatesAlsoGenerates(@TempDir Path dir) throws Exception {
        Path study = copyOf(Path.of("../examples/ms-cohort"), dir.resolve("ms-cohort"));
        Path london = study.resolve("sites/london.json");
        Files.writeString(london, Files.readString(london).replace("\"licensedOptions\": [\"multiband\", \"swi\", \"dti-import\"]",
                "\"licensedOptions\": [\"multiband\", \"dti-import\"]"));

        assertThat(run("validate", study.toString())).isEqualTo(ExitStatus.FINDINGS.code());
        assertThat(out.toString()).contains("[SEQUENCE_INFEASIBLE] mandatory sequence 'swi' cannot run at site 'london':"
                + " option 'swi'").contains("is not licensed at the site");
    }

    @Test
    void anImpossibleDateIsAUsageErrorThatSaysHowToWriteOne() {
        assertThat(run("generate", "../examples/memory-clinic-xml", "--date=2026-13-45")).isEqualTo(ExitStatus.USAGE.code());
        assertThat(err.toString()).contains("--date '2026-13-45' is not a calendar date").contains("yyyy-mm-dd")
                .doesNotContain("Exception");
    }

    @Test
    void anAcceptanceWithAnUnknownKindIsAUsageErrorListingTheKnownOnes() {
        assertThat(run("diff", "../examples/memory-clinic-xml", "--baseline", "../examples/memory-clinic-xml",
                "--accept", "sequence-vanished:t1=moved")).isEqualTo(ExitStatus.USAGE.code());
        assertThat(err.toString()).contains("--accept 'sequence-vanished' is not a change kind").contains("sequence-removed");
    }

    @Test
    void vendorsPrintsTheSupportMatrixOfTheAdapters() {
        assertThat(run("vendors")).isEqualTo(ExitStatus.OK.code());
        assertThat(out.toString()).contains("| technique |").contains("Siemens Healthineers").contains("GE HealthCare")
                .contains("| 3d-ir-gre |");
    }

    private static Path copyOf(Path from, Path to) throws java.io.IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
