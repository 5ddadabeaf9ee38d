package io.github.diapason.cli;

import io.github.diapason.compiler.ExitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Exit statuses of {@code diapason check}; the verdicts themselves are tested by conformity's check cases. */
class CheckCommandTest {

    @TempDir
    Path dir;

    private int run(String... args) {
        return new CommandLine(new Diapason()).setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(new StringWriter())).execute(args);
    }

    @Test
    void unreadable_rules_exit_3_and_the_reports_are_still_written() throws IOException {
        Files.writeString(dir.resolve("rules.json"), "{ not json");
        Files.createDirectories(dir.resolve("dicom"));
        int status = run("check", dir.resolve("dicom").toString(), "--rules", dir.resolve("rules.json").toString(),
                "-o", dir.resolve("out").toString());
        assertThat(status).isEqualTo(ExitStatus.UNREADABLE_INPUT.code());
        assertThat(dir.resolve("out/check-report.json")).exists();
        assertThat(dir.resolve("out/check-report.html")).exists();
        assertThat(dir.resolve("out/check-report.xml")).exists();
    }

    @Test
    void a_missing_rules_option_is_a_usage_error() {
        assertThat(run("check", dir.toString())).isEqualTo(Diapason.USAGE);
    }
}
