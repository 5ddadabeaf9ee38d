package io.github.diapason.cli;

import io.github.diapason.compiler.ExitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code diapason check --dicomweb}: usage, credentials that never show, an unreachable server as a diagnostic. */
class CheckDicomWebCommandTest {

    private static final String SECRET = "s3cr3t-token-that-must-never-show";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new DiapasonCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    private Path rules() throws IOException {
        Path rules = dir.resolve("rules.json");
        Files.copy(Path.of("../conformity/src/test/resources/check-cases/corpus-ge-epi-group-delay/rules.json"), rules);
        return rules;
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void neither_folders_nor_a_server_is_a_usage_error() throws IOException {
        assertThat(run("check", "--rules", rules().toString())).isEqualTo(ExitStatus.USAGE.code());
        assertThat(err.toString()).contains("--dicomweb");
    }

    @Test
    void an_unreachable_server_exits_3_with_a_located_diagnostic_and_the_token_appears_nowhere() throws IOException {
        Path token = dir.resolve("token");
        Files.writeString(token, SECRET + "\n");
        Path reports = dir.resolve("out");
        int status = run("check", "--dicomweb", "http://127.0.0.1:" + freeLoopbackPort() + "/dicom-web", "--token-file", token.toString(),
                "--timeout", "2", "--retries", "1", "--rules", rules().toString(), "-o", reports.toString());
        assertThat(status).isEqualTo(ExitStatus.UNREADABLE_INPUT.code());
        assertThat(err.toString()).contains("DicomWebUnreachable").contains("dicomweb:/studies");
        assertThat(out.toString() + err).doesNotContain(SECRET);
        try (Stream<Path> written = Files.list(reports)) {
            for (Path f : written.toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain(SECRET);
            }
        }
    }

    @Test
    void a_missing_environment_variable_names_the_variable_and_exits_3() throws IOException {
        int status = run("check", "--dicomweb", "http://127.0.0.1:1/dicom-web", "--token-env", "DIAPASON_TEST_SURELY_UNSET",
                "--rules", rules().toString());
        assertThat(status).isEqualTo(ExitStatus.UNREADABLE_INPUT.code());
        assertThat(err.toString()).contains("DIAPASON_TEST_SURELY_UNSET");
    }

    @Test
    void credentials_in_the_url_are_refused() throws IOException {
        int status = run("check", "--dicomweb", "http://user:" + SECRET + "@127.0.0.1:1/dicom-web", "--rules", rules().toString(),
                "-o", dir.resolve("out").toString());
        assertThat(status).isEqualTo(ExitStatus.UNREADABLE_INPUT.code());
        assertThat(err.toString()).contains("DicomWebUrlInvalid").doesNotContain(SECRET);
    }
}
