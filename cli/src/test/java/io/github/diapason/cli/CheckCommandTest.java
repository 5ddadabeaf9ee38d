package io.github.diapason.cli;

import io.github.diapason.compiler.ExitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Exit statuses of {@code diapason check}; the verdicts themselves are tested by conformity's check cases. */
class CheckCommandTest {

    @TempDir
    Path dir;

    private int run(String... args) {
        return DiapasonCommand.commandLine(args).setOut(new PrintWriter(new StringWriter()))
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

    /**
     * Issue 10: a named pipe (given, or named rules.json in a rules folder) hung, /dev/zero and a
     * 3 GB file ended in OutOfMemoryError with exit 1. Now each is unreadable input, exit 3, at once.
     */
    @Test
    void pipes_devices_and_huge_files_as_rules_exit_3_in_bounded_time() throws Exception {
        Files.createDirectories(dir.resolve("dicom"));
        Path pipe = dir.resolve("r.json");
        Path folder = dir.resolve("rules-folder/sites/lyon");
        Files.createDirectories(folder);
        assumeTrue(mkfifo(pipe) && mkfifo(folder.resolve("rules.json")), "no mkfifo on this system");
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(3L * 1024 * 1024 * 1024);
        }
        List<String> rules = new ArrayList<>(List.of(pipe.toString(), dir.resolve("rules-folder").toString(),
                huge.toString()));
        if (Files.exists(Path.of("/dev/zero"))) {
            rules.add("/dev/zero");
        }
        for (String r : rules) {
            int status = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> run("check", dir.resolve("dicom").toString(), "--rules", r, "-o", dir.resolve("out").toString()),
                    "check --rules " + r + " must not hang");
            assertThat(status).as("check --rules " + r).isEqualTo(3);
        }
    }

    private static boolean mkfifo(Path file) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", file.toString()).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void a_missing_rules_option_is_a_usage_error() {
        assertThat(run("check", dir.toString())).isEqualTo(ExitStatus.USAGE.code());
    }
}
