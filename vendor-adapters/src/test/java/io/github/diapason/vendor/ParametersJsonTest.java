package io.github.diapason.vendor;

import static io.github.diapason.vendor.Fixtures.seq;
import static io.github.diapason.vendor.Fixtures.site;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.diapason.model.Exam;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.Technique;
import io.github.diapason.model.Tolerance;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParametersJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static SiteParameterSet geSite() {
        Exam exam = new Exam(null, null, null, null, null, null, List.of(
                Adni3SiemensGoldenTest.mprage(),
                seq("t2", Technique.TSE_2D).code(ParameterName.PhaseEncodingDirection, "j-")
                        .p(ParameterName.FieldOfViewRead, 230, "mm")
                        .p(ParameterName.AcquisitionMatrixRead, 256, "count")
                        .p(ParameterName.PixelBandwidth, 300, "Hz/px", new Tolerance(null, 15.0))
                        .build(),
                seq("rest-mb", Technique.BOLD_EPI).optional().p(ParameterName.MultibandAccelerationFactor, 6, "count").build()));
        return new SiteTranslator(Fixtures.ADAPTERS).translate(exam, site(List.of(), 32), Fixtures.scanner("ge", 3, "DV29"),
                "sites/ge.json").value().orElseThrow();
    }

    @Test
    void outputValidatesAgainstThePublishedSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = ParametersJson.class.getResourceAsStream(ParametersJson.SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        assertThat(schema.validate(MAPPER.readTree(ParametersJson.write(geSite())))).isEmpty();
    }

    @Test
    void schemaRejectsAParameterWithoutALabel() throws Exception {
        JsonSchema schema;
        try (InputStream in = ParametersJson.class.getResourceAsStream(ParametersJson.SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode broken = MAPPER.readTree(ParametersJson.write(geSite()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/sequences/0/cards/0/parameters/0")).remove("label");
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @Test
    void writingTwiceGivesTheSameBytes() {
        assertThat(ParametersJson.bytes(geSite())).isEqualTo(ParametersJson.bytes(geSite()));
    }

    @Test
    void topLevelKeysComeInTheDocumentedOrder() throws Exception {
        List<String> keys = iterable(MAPPER.readTree(ParametersJson.write(geSite())).fieldNames());
        assertThat(keys).containsExactly("site", "vendor", "model", "fieldStrength", "softwareVersion", "sequences",
                "dropped", "examTime");
    }

    @Test
    void numbersStayNumbersAndTextsStayTexts() throws Exception {
        JsonNode root = MAPPER.readTree(ParametersJson.write(geSite()));
        JsonNode t2 = root.at("/sequences/1");
        assertThat(t2.get("id").asText()).isEqualTo("t2");
        JsonNode params = t2.at("/cards");
        assertThat(params.findValues("parameters").stream().flatMap(p -> iterable(p.elements()).stream())
                .filter(p -> p.get("label").asText().equals("Freq DIR")).findFirst().orElseThrow().get("value").isTextual())
                .isTrue();
        assertThat(params.findValues("parameters").stream().flatMap(p -> iterable(p.elements()).stream())
                .filter(p -> p.get("label").asText().equals("Receiver Bandwidth")).findFirst().orElseThrow().get("value")
                .isNumber()).isTrue();
    }

    @Test
    void droppedOptionalSequenceAppearsWithItsReason() throws Exception {
        JsonNode dropped = MAPPER.readTree(ParametersJson.write(geSite())).get("dropped");
        assertThat(dropped).hasSize(1);
        assertThat(dropped.get(0).get("id").asText()).isEqualTo("rest-mb");
        JsonNode reason = dropped.get(0).get("reasons").get(0);
        assertThat(reason.get("code").asText()).isEqualTo("OPTION_NOT_LICENSED");
        assertThat(reason.get("args").get(0).asText()).isEqualTo("multiband");
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> l = new java.util.ArrayList<>();
        it.forEachRemaining(l::add);
        return l;
    }
}
