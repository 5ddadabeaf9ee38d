package io.github.diapason.conformity.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The finding codes a study's waivers.json may name (protocol-model's schema/waivers.schema.json, where
 * editors complete them) are exactly the checker's codes that a waiver can lower, in the checker's order.
 */
class WaivableCodesTest {

    @Test
    void the_waivers_schema_lists_every_code_the_checker_lets_a_waiver_lower() throws IOException {
        JsonNode schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schema/waivers.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        List<String> listed = new ArrayList<>();
        schema.at("/$defs/waiver/properties/finding/enum").forEach(c -> listed.add(c.asText()));
        List<String> waivable = ExamRules.all().stream().map(ExamRule::code)
                .filter(c -> !Waivers.NEVER_WAIVED.contains(c)).toList();
        assertThat(listed).isNotEmpty().containsExactlyElementsOf(waivable);
    }
}
