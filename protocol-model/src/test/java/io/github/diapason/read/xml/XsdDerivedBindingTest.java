package io.github.diapason.read.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.LocalizedText;
import io.github.diapason.read.Located;
import io.github.diapason.read.json.JsonFormatReader;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * The other half: every component of every record reachable from Protocol and Site has its
     * element or attribute in the shipped XSD, in the shape its Java type needs, so the derived tree
     * can carry it (a record field forgotten in the XSD fails here, naming it).
     */
    @ParameterizedTest
    @CsvSource({"schema/protocol.xsd, protocol, io.github.diapason.model.Protocol",
                "schema/site.xsd, site, io.github.diapason.model.Site"})
    void everyRecordComponentHasItsPlaceInTheShippedXsd(String xsd, String root, Class<?> record) {
        XsdShapes shapes = XsdShapes.load(getClass().getClassLoader().getResource(xsd));
        List<String> misplaced = new ArrayList<>();

        follow(record, shapes.root(XsdShapes.NS, root), "/" + root, misplaced);

        assertThat(misplaced).isEmpty();
    }

    private static void follow(Type type, XsdShapes.Shape shape, String path, List<String> misplaced) {
        Class<?> raw = (Class<?>) (type instanceof ParameterizedType p ? p.getRawType() : type);
        XsdShapes.Kind expected = raw == LocalizedText.class ? XsdShapes.Kind.TEXT
                : List.class.isAssignableFrom(raw) ? XsdShapes.Kind.LIST
                : Map.class.isAssignableFrom(raw) ? XsdShapes.Kind.MAP
                : raw.isRecord() ? XsdShapes.Kind.OBJECT : XsdShapes.Kind.VALUE;
        if (shape.kind() != expected) {
            misplaced.add(path + " is " + shape.kind() + " in the XSD, " + expected + " in the model");
            return;
        }
        switch (expected) {
            case LIST, MAP -> {
                Type[] args = ((ParameterizedType) type).getActualTypeArguments();
                follow(args[args.length - 1], shape.children().values().iterator().next(), path + "/*", misplaced);
            }
            case OBJECT -> {
                for (RecordComponent c : raw.getRecordComponents()) {
                    XsdShapes.Shape child = shape.child(c.getName());
                    if (child != null) {
                        follow(c.getGenericType(), child, path + "/" + c.getName(), misplaced);
                    } else if (!shape.attributes().contains(c.getName())) {
                        misplaced.add(path + "/" + c.getName() + " has no element or attribute in the XSD");
                    }
                }
            }
            default -> { }
        }
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
