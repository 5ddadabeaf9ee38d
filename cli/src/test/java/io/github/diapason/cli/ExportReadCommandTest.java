package io.github.diapason.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportReadCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void a_ge_protocol_tar_prints_its_series_as_json_and_exits_0() throws IOException {
        Path tar = dir.resolve("protocol.tar");
        try (TarWriter w = new TarWriter(tar)) {
            w.add("p/session.xml", "<session xmlns=\"http://wf.di.med.ge.com/2006/session\"><task name=\"T1w\">"
                    + "<data name=\"LxProtocol\"><property name=\"CONTENT_PROPERTY\" value=\"T1w_1\"/></data></task></session>");
            w.add("p/T1w_1/LxProtocol", "    set PSEQ \"SPGR\"\n    set FLIPANG \"9\"\n");
        }

        CliRun r = run("export-read", tar.toString());

        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("\"format\" : \"GE_PROTOCOL_TAR\"").contains("\"name\" : \"T1w\"")
                .contains("\"sequenceType\" : \"SPGR\"").contains("\"label\" : \"Flip Angle\"").contains("\"unit\" : \"deg\"");
    }

    @Test
    void an_unreadable_export_is_one_line_on_stderr_and_exit_3_never_a_stack_trace() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.exar1"), "not sqlite");

        CliRun r = run("export-read", file.toString());

        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).contains("broken.exar1").contains("error [ExportCorruptDatabase]").doesNotContain("\tat ");
        assertThat(r.out()).contains("\"programs\" : [ ]");
    }

    /** GE exports are plain tar files (commons-compress comes with the readers in conformity). */
    private static final class TarWriter implements AutoCloseable {
        private final TarArchiveOutputStream tar;

        TarWriter(Path file) throws IOException {
            tar = new TarArchiveOutputStream(Files.newOutputStream(file));
        }

        void add(String name, String text) throws IOException {
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry e = new TarArchiveEntry(name);
            e.setSize(body.length);
            tar.putArchiveEntry(e);
            tar.write(body);
            tar.closeArchiveEntry();
        }

        @Override
        public void close() throws IOException {
            tar.close();
        }
    }
}
