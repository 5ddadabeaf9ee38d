package io.github.diapason.read.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.LocalizedText;
import io.github.diapason.read.Located;
import io.github.diapason.read.json.JsonFormatReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The point of the XSD-driven reader: a record, its JSON form and an XSD that the reader has never
 * seen (test resources {@code xsd-derived/}) read from XML into the same value as from JSON, with no
 * line of reader code for them. A field added to Protocol or Site is the same case: the record, the
 * JSON Schema and the XSD change, the reader does not.
 */
class XsdDerivedBindingTest {

    private static final Path DIR = Path.of("src/test/resources/xsd-derived");

    /** Test-only records; the reader knows nothing of them. */
    record Clinic(String code, LocalDate openedOn, Boolean referral, List<Double> weights, LocalizedText label,
                  String note, Integer visits, List<Room> rooms, Map<String, Dose> doses) {
    }

    record Room(String name, Double area) {
    }

    record Dose(double value, LocalizedText remark) {
    }

    private final XmlFormatReader reader = new XmlFormatReader();

    @Test
    void aSchemaTheReaderHasNeverSeenReadsLikeItsJsonTwin() throws IOException {
        Validated<Located<Clinic>> fromXml = reader.read(DIR.resolve("clinic.xml"),
                XmlFormatReader.load("xsd-derived/clinic.xsd"), Clinic.class);
        Clinic fromJson = new JsonFormatReader().mapper().readValue(DIR.resolve("clinic.json").toFile(), Clinic.class);

        assertThat(fromXml.diagnostics()).isEmpty();
        Clinic clinic = fromXml.valid().orElseThrow().value();
        assertThat(clinic).isEqualTo(fromJson);
        assertThat(clinic.rooms()).extracting(Room::name).containsExactly("MRI 1", "MRI 2");
        assertThat(clinic.doses()).containsOnlyKeys("low", "high");
        assertThat(clinic.label().texts()).containsOnlyKeys("en", "fr");
        assertThat(clinic.weights()).containsExactly(1.0, 2.5, 3.0);
    }

    @Test
    void everyPointerOfTheNewShapesIsLocatedAtItsElement() throws IOException {
        Located<Clinic> read = reader.read(DIR.resolve("clinic.xml"), XmlFormatReader.load("xsd-derived/clinic.xsd"),
                Clinic.class).valid().orElseThrow();
        List<String> lines = Files.readAllLines(DIR.resolve("clinic.xml"));

        SourceLocation dose = read.sources().locate("/doses/high/remark");
        SourceLocation room = read.sources().locate("/rooms/1/area");
        SourceLocation french = read.sources().locate("/label/fr");

        assertThat(dose.line()).isEqualTo(lineOf(lines, "<remark>"));
        assertThat(dose.path()).isEqualTo("/clinic/doses/dose[@name='high']/remark");
        assertThat(room.path()).isEqualTo("/clinic/rooms/room[2]");
        assertThat(room.line()).isEqualTo(lineOf(lines, "MRI 2"));
        assertThat(french.path()).isEqualTo("/clinic/label/text[@xml:lang='fr']");
    }

    private static int lineOf(List<String> lines, String needle) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not found");
    }
}
