package io.github.diapason.cli;

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
        CommandLine cli = new CommandLine(new Diapason());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return Diapason.configure(cli).execute(args);
    }

    @Test
    void validExampleValidatesWithExitZero() {
        assertThat(run("validate", "../examples/memory-clinic-xml")).isEqualTo(Diapason.OK);
        assertThat(out.toString()).contains("0 errors");
    }

    @Test
    void brokenStudyExitsOneAndShowsTheLocatedProblem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("protocol.json"), "{\"study\": {}}\n");

        assertThat(run("validate", dir.toString())).isEqualTo(Diapason.INVALID_INPUT);
        assertThat(out.toString()).contains("protocol.json:1:").contains("missing required field 'id'");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("validate", "--no-such-option", "x")).isEqualTo(Diapason.USAGE);
        assertThat(err.toString()).contains("Unknown option");
    }

    @Test
    void generateWritesTheOutputsUnderTheGivenFolder(@TempDir Path dir) {
        assertThat(run("generate", "../examples/memory-clinic-xml", "-o", dir.toString(), "--no-pdf")).isEqualTo(Diapason.OK);
        assertThat(dir.resolve("sites/lyon/manual.fr.html")).isRegularFile();
        assertThat(dir.resolve("index.html")).isRegularFile();
    }
}
