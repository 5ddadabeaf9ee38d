package io.github.diapason.compiler.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.diapason.conformity.rules.DicomVendors;
import io.github.diapason.conformity.rules.RuleFile;
import io.github.diapason.conformity.rules.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated sidecar schemas, validated with the JSON Schema validator of the build against dcm2niix-like sidecars. */
class BidsSidecarSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final RuleFile BARCELONA = new SiteRules(Studies.COMPILER, new RuleDerivation(Studies.ADAPTERS))
            .derive(Studies.MS_COHORT, Studies.compiled("barcelona", 0)).value().orElseThrow();

    private static JsonSchema schemaOf(String sequenceId) {
        RuleSet set = BARCELONA.ruleSets().get(0);
        ObjectNode schema = BidsSidecarSchema.schema(BARCELONA, set, set.sequence(sequenceId).orElseThrow(), DicomVendors.load());
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    }

    private static ObjectNode sample() throws IOException {
        try (InputStream in = BidsSidecarSchemaTest.class.getResourceAsStream("/sidecars/barcelona-t1w-mprage.json")) {
            return (ObjectNode) MAPPER.readTree(in);
        }
    }

    private static Set<ValidationMessage> validate(JsonNode sidecar) {
        return schemaOf("t1w-mprage").validate(sidecar);
    }

    @Test
    void theSchemaAcceptsAConformantSidecar() throws IOException {
        assertThat(validate(sample())).isEmpty();
    }

    @Test
    void theSchemaRejectsAChangedRepetitionTime() throws IOException {
        ObjectNode sidecar = sample();
        sidecar.put("RepetitionTime", 2.5);
        assertThat(validate(sidecar)).extracting(m -> m.getInstanceLocation().toString()).containsExactly("$.RepetitionTime");
    }

    @Test
    void theSchemaRejectsASidecarWithoutItsRequiredTimes() throws IOException {
        ObjectNode sidecar = sample();
        sidecar.remove("InversionTime");
        assertThat(validate(sidecar)).extracting(ValidationMessage::getType).containsExactly("required");
    }

    @Test
    void theSchemaRejectsAnotherVendorsSidecar() throws IOException {
        ObjectNode sidecar = sample();
        sidecar.put("Manufacturer", "GE");
        assertThat(validate(sidecar)).extracting(ValidationMessage::getType).containsExactly("const");
    }

    @Test
    void aMultiEchoTimeAcceptsEachEchoOfItsSidecars() throws IOException {
        // the XA30 period: multi-echo SWI (the E11 period acquires one echo, by a justified override)
        RuleSet set = BARCELONA.ruleSets().get(1);
        double secondEcho = set.sequence("swi").orElseThrow().attribute("EchoTime").orElseThrow().expected().get(1);
        JsonNode schema = BidsSidecarSchema.schema(BARCELONA, set, set.sequence("swi").orElseThrow(), DicomVendors.load());
        assertThat(schema.at("/properties/EchoTime/anyOf").size()).isGreaterThan(1);
        ObjectNode sidecar = MAPPER.createObjectNode().put("EchoTime", secondEcho);
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(sidecar))
                .noneMatch(m -> m.getInstanceLocation().toString().equals("$.EchoTime"));
    }
}
