package io.github.diapason.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.DiagnosticFormatter;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.read.json.JsonFormatReader;
import io.github.diapason.read.xml.XmlFormatReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Whatever the bytes, the JSON and XML readers of protocol and site files return a value or
 * diagnostics that a person can act on; they never throw, hang or run out of memory, and the
 * printed form of every diagnostic is safe to build. The first byte chooses the reader (JSON or
 * XML) and the document (protocol or site); the rest is the file. In a normal build the seeds in
 * {@code ProtocolReaderFuzzTestInputs/} are replayed; with {@code JAZZER_FUZZ=1} Jazzer mutates them
 * for {@code maxDuration} (protocol-model/FUZZING.md).
 */
class ProtocolReaderFuzzTest {

    private static final FormatReader JSON = new JsonFormatReader();
    private static final FormatReader XML = new XmlFormatReader();
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("diapason-fuzz-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "20s")
    void any_bytes_as_a_protocol_or_site_file_give_a_value_or_diagnostics(byte[] data) throws IOException {
        if (data.length == 0) {
            return;
        }
        boolean xml = (data[0] & 1) == 1;
        boolean site = (data[0] & 2) == 2;
        Path file = DIR.resolve((site ? "site." : "protocol.") + (xml ? "xml" : "json"));
        Files.write(file, Arrays.copyOfRange(data, 1, data.length));
        FormatReader reader = xml ? XML : JSON;

        Validated<? extends Located<?>> read = site ? reader.readSite(file) : reader.readProtocol(file);

        assertThat(read.value().isPresent() || read.hasErrors()).as("a value or an error").isTrue();
        read.value().ifPresent(v -> {
            assertThat(v.value()).isNotNull();
            v.sources().locate("/");
        });
        DiagnosticFormatter formatter = new DiagnosticFormatter();
        for (Diagnostic d : read.diagnostics()) {
            assertThat(d.message()).as(d.code()).isNotBlank();
            assertThat(d.hint()).as(d.code()).isNotBlank();
            assertThat(d.location().file()).as(d.code()).isEqualTo(file.toString());
            assertThat(formatter.format(d)).doesNotContain("\u001b");
        }
    }
}
