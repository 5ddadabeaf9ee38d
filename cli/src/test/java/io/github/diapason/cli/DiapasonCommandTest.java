package io.github.diapason.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.compiler.ExitStatus;
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
        CommandLine cli = DiapasonCommand.commandLine(args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aSubcommandsCommandLineRegistersOnlyThatSubcommand() {
        assertThat(DiapasonCommand.commandLine("inspect", "x").getSubcommands()).containsOnlyKeys("inspect");
    }

    @Test
    void helpListsEverySubcommand() {
        assertThat(run("--help")).isEqualTo(ExitStatus.OK.code());
        for (String name : java.util.List.of("validate", "generate", "diff", "inspect", "check", "qualify", "watch",
                "recheck", "export-read", "vendors", "help")) {
            assertThat(out.toString()).containsPattern("(?m)^\\s+" + name + "\\s");
        }
    }

    @Test
    void aMistypedSubcommandIsAUsageErrorThatSuggestsTheRightOne() {
        assertThat(run("inspec", "x")).isEqualTo(ExitStatus.USAGE.code());
        assertThat(err.toString()).contains("inspect");
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

    // Issue 10: behaviour rows, through the command line.

    @Test
    void aDateThatIsNoDateIsAUsageErrorInWords(@TempDir Path dir) {
        assertThat(run("generate", "../examples/memory-clinic-xml", "-o", dir.resolve("out").toString(), "--no-pdf",
                "--date=2026-13-45")).isEqualTo(ExitStatus.USAGE.code());
        assertThat(err.toString()).contains("--date '2026-13-45' is not a calendar date").contains("write yyyy-mm-dd")
                .doesNotContain("Exception");
    }

    @Test
    void outputsOfARemovedSiteGoAndTheRunSaysWhich(@TempDir Path dir) throws Exception {
        Path study = copyExample(dir);
        Path out = dir.resolve("out");
        assertThat(run("generate", study.toString(), "-o", out.toString(), "--no-pdf")).isEqualTo(ExitStatus.OK.code());
        Files.delete(study.resolve("sites/nantes.xml"));

        assertThat(run("generate", study.toString(), "-o", out.toString(), "--no-pdf")).isEqualTo(ExitStatus.OK.code());

        assertThat(out.resolve("sites/nantes")).doesNotExist();
        assertThat(out.resolve("sites/lyon/rules.json")).isRegularFile();
        assertThat(this.out.toString()).contains("[OutputsRemoved] 17 output(s) of the previous run are gone").contains("sites/nantes/manual.en.html");
    }

    @Test
    void generatedFilesFollowTheUmask(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault()
                .supportedFileAttributeViews().contains("posix"));
        Path out = dir.resolve("out");
        assertThat(run("generate", "../examples/memory-clinic-xml", "-o", out.toString(), "--no-pdf")).isEqualTo(ExitStatus.OK.code());

        Path probe = Files.writeString(dir.resolve("probe.txt"), "");
        for (String file : new String[] {"index.html", "protocol.resolved.json", "sites/lyon/manual.fr.html"}) {
            assertThat(Files.getPosixFilePermissions(out.resolve(file))).as(file)
                    .isEqualTo(Files.getPosixFilePermissions(probe));
        }
    }

    @Test
    void aSecondRunOnTheSameOutputIsRefusedWithAClearMessage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(dir.resolve(".out.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock held = channel.lock()) {
            assertThat(run("generate", "../examples/memory-clinic-xml", "-o", out.toString(), "--no-pdf"))
                    .isEqualTo(ExitStatus.FINDINGS.code());
        }
        assertThat(this.out.toString()).contains("[OutputLocked] another Diapason run is writing this output folder now");
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutputFolderInsideSitesIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path study = copyExample(dir);

        assertThat(run("generate", study.toString(), "-o", study.resolve("sites/out").toString(), "--no-pdf"))
                .isEqualTo(ExitStatus.FINDINGS.code());

        assertThat(this.out.toString()).contains("[OutputInsideSites]");
        assertThat(study.resolve("sites/out")).doesNotExist();
        assertThat(run("validate", study.toString())).isEqualTo(ExitStatus.OK.code());
    }

    @Test
    void aSiteIdTooLongForAFileNameFailsValidateAndGenerateWritesNothing(@TempDir Path dir) throws Exception {
        Path study = copyExample(dir);
        Path lyon = study.resolve("sites/lyon.xml");
        Files.writeString(lyon, Files.readString(lyon).replace("id=\"lyon\"", "id=\"" + "l".repeat(300) + "\""));

        assertThat(run("validate", study.toString())).isEqualTo(ExitStatus.FINDINGS.code());
        assertThat(this.out.toString()).contains("[IdTooLong]");
        assertThat(run("generate", study.toString(), "-o", dir.resolve("out").toString(), "--no-pdf"))
                .isEqualTo(ExitStatus.FINDINGS.code());
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void validateRunsFeasibilitySoAStudyThatValidatesAlsoGenerates(@TempDir Path dir) throws Exception {
        Path study = copyOf(Path.of("../examples/ms-cohort"), dir);
        Path london = study.resolve("sites/london.json");
        Files.writeString(london, Files.readString(london).replace("\"licensedOptions\": [\"multiband\", \"swi\", \"dti-import\"]",
                "\"licensedOptions\": [\"multiband\", \"dti-import\"]"));

        assertThat(run("validate", study.toString())).isEqualTo(ExitStatus.FINDINGS.code());
        assertThat(out.toString()).contains("[SequenceInfeasible] mandatory sequence 'swi' cannot run at site 'london':"
                + " option 'swi'").contains("is not licensed at the site");
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

    /** A copy of the XML example study at {@code dir/study}, for tests that change it. */
    static Path copyExample(Path dir) throws java.io.IOException {
        return copyOf(Path.of("../examples/memory-clinic-xml"), dir);
    }

    private static Path copyOf(Path from, Path dir) throws java.io.IOException {
        Path study = dir.resolve("study");
        try (java.util.stream.Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = study.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return study;
    }
}
