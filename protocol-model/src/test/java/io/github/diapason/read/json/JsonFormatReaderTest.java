package io.github.diapason.read.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.Technique;
import io.github.diapason.read.Located;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFormatReaderTest {

    private final JsonFormatReader reader = new JsonFormatReader();
    private static final Path MINIMAL = Path.of("src/test/resources/studies/minimal");

    @Test
    void readsAValidProtocolIntoTheModel() {
        Validated<Located<Protocol>> read = reader.readProtocol(MINIMAL.resolve("protocol.json"));

        assertThat(read.diagnostics()).isEmpty();
        Protocol p = read.valid().orElseThrow().value();
        assertThat(p.exam().sequences()).extracting(s -> s.id()).containsExactly("loc", "t1");
        assertThat(p.sequence("t1").orElseThrow().technique()).isEqualTo(Technique.T1_3D_IR_GRE);
        assertThat(p.sequence("t1").orElseThrow().parameter(ParameterName.RepetitionTime).orElseThrow().value())
                .isEqualTo(2300.0);
    }

    @Test
    void locatesModelPointersAtTheirKeyInTheFile() {
        Located<Protocol> read = reader.readProtocol(MINIMAL.resolve("protocol.json")).valid().orElseThrow();

        var at = read.sources().locate("/exam/sequences/1/parameters/EchoTime");
        assertThat(at.line()).isEqualTo(11);
        assertThat(at.column()).isEqualTo(10);
    }

    @Test
    void unknownFieldIsReportedAtItsKeyWithASuggestion(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("protocol.json");
        Files.writeString(file, """
                {"study": {"id": "s", "title": "T", "version": "1.0.0", "sponsr": "x"},
                 "exam": {"sequences": [{"id": "a", "name": "A", "technique": "localiser"}]}}
                """);

        Validated<Located<Protocol>> read = reader.readProtocol(file);

        assertThat(read.valid()).isEmpty();
        Diagnostic d = read.diagnostics().get(0);
        assertThat(d.code()).isEqualTo("SchemaUnknownField");
        assertThat(d.hint()).startsWith("did you mean 'sponsor'?");
        assertThat(d.location().line()).isEqualTo(1);
        assertThat(d.location().column()).isEqualTo(57);
        assertThat(d.location().path()).isEqualTo("/study/sponsr");
    }

    /** Issue 10: an invalid e-mail address got the hint about dates. */
    @Test
    void eachFormatGetsItsOwnHint(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("protocol.json");
        Files.writeString(file, """
                {"study": {"id": "s", "title": "T", "version": "1.0.0", "date": "2026-13-45",
                           "contacts": [{"name": "A", "email": "not an address"}]},
                 "exam": {"sequences": [{"id": "a", "name": "A", "technique": "localiser"}]}}
                """);

        Validated<Located<Protocol>> read = reader.readProtocol(file);

        assertThat(read.diagnostics()).filteredOn(d -> d.location().path().equals("/study/contacts/0/email"))
                .singleElement().satisfies(d -> assertThat(d.hint()).contains("e-mail address").doesNotContain("YYYY"));
        assertThat(read.diagnostics()).filteredOn(d -> d.location().path().equals("/study/date"))
                .singleElement().satisfies(d -> assertThat(d.hint()).contains("YYYY-MM-DD"));
    }
}
