package io.github.diapason.cli;

import io.github.diapason.compiler.ExitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
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

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void neither_folders_nor_a_server_is_a_usage_error() throws IOException {
        CliRun r = CliRun.of("check", "--rules", CliRun.geRules(dir).toString());
        assertThat(r.status()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(r.err()).contains("--dicomweb");
    }

    @Test
    void an_unreachable_server_exits_3_with_a_located_diagnostic_and_the_token_appears_nowhere() throws IOException {
        Path token = dir.resolve("token");
        Files.writeString(token, SECRET + "\n");
        Path reports = dir.resolve("out");
        CliRun r = CliRun.of("check", "--dicomweb", "http://127.0.0.1:" + freeLoopbackPort() + "/dicom-web", "--token-file", token.toString(),
                "--timeout", "2", "--retries", "1", "--rules", CliRun.geRules(dir).toString(), "-o", reports.toString());
        assertThat(r.status()).isEqualTo(ExitStatus.UNREADABLE_INPUT.code());
        assertThat(r.err()).contains("DicomWebUnreachable").contains("dicomweb:/studies");
        assertThat(r.out() + r.err()).doesNotContain(SECRET);
        try (Stream<Path> written = Files.list(reports)) {
            for (Path f : written.toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain(SECRET);
            }
        }
    }

    @Test
    void a_missing_environment_variable_names_the_variable_and_exits_3() throws IOException {
        CliRun r = CliRun.of("check", "--dicomweb", "http://127.0.0.1:1/dicom-web", "--token-env", "DIAPASON_TEST_SURELY_UNSET",
                "--rules", CliRun.geRules(dir).toString());
        assertThat(r.status()).isEqualTo(ExitStatus.UNREADABLE_INPUT.code());
        assertThat(r.err()).contains("DIAPASON_TEST_SURELY_UNSET");
    }

    @Test
    void credentials_in_the_url_are_refused() throws IOException {
        CliRun r = CliRun.of("check", "--dicomweb", "http://user:" + SECRET + "@127.0.0.1:1/dicom-web", "--rules", CliRun.geRules(dir).toString(),
                "-o", dir.resolve("out").toString());
        assertThat(r.status()).isEqualTo(ExitStatus.UNREADABLE_INPUT.code());
        assertThat(r.err()).contains("DicomWebUrlInvalid").doesNotContain(SECRET);
    }
}
