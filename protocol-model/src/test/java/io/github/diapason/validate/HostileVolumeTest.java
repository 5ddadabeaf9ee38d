package io.github.diapason.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.DiagnosticFormatter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: 300,000 unknown keys gave 300,004 errors and 122 MB of output. */
class HostileVolumeTest {

    @TempDir
    Path dir;

    @Test
    void threeHundredThousandUnknownKeysGiveAFewLinesInBoundedTime() throws IOException {
        StringBuilder json = new StringBuilder("{\"study\": {\"id\": \"s1\", \"title\": \"T\", \"version\": \"1.0.0\"},\n"
                + "\"exam\": {\"sequences\": [{\"id\": \"loc\", \"name\": \"L\", \"technique\": \"localiser\"}]}");
        for (int i = 0; i < 300_000; i++) {
            json.append(",\"k").append(i).append("\":1");
        }
        Files.writeString(dir.resolve("protocol.json"), json.append("}\n"));

        List<Diagnostic> diagnostics = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> StudyValidation.standard(TestVendors.IDS).validate(dir).diagnostics());

        assertThat(diagnostics.size()).isLessThanOrEqualTo(60);
        assertThat(diagnostics).anyMatch(d -> d.message().startsWith("and 299950 more"));
        assertThat(new DiagnosticFormatter().formatAll(diagnostics).length()).isLessThan(100_000);
    }
}
