package io.github.diapason.cli;

import io.github.diapason.compiler.ExitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class InspectCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void an_unreadable_file_is_one_line_on_stderr_and_exit_3_never_a_stack_trace() throws IOException {
        byte[] truncated = new byte[200];
        System.arraycopy("DICM".getBytes(), 0, truncated, 128, 4);
        truncated[132] = 2; // a group 0002 element that runs past the end
        truncated[136] = 'U';
        truncated[137] = 'L';
        truncated[138] = 4;
        Files.write(dir.resolve("broken.dcm"), java.util.Arrays.copyOf(truncated, 140));
        CliRun r = run("inspect", dir.toString());
        assertThat(r.status()).isEqualTo(ExitStatus.UNREADABLE_INPUT.code());
        assertThat(r.err()).contains("broken.dcm").contains("error [Dicom").doesNotContain("\tat ");
        assertThat(r.out()).contains("\"diagnostics\"");
    }

    @Test
    void a_folder_without_dicom_prints_an_empty_inspection_and_exits_0() throws IOException {
        Files.writeString(dir.resolve("readme.txt"), "nothing to see");
        CliRun r = run("inspect", dir.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("\"studies\": [ ]").contains("DicomSkippedNotDicom");
    }
}
