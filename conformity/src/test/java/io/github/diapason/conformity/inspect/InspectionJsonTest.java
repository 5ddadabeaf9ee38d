package io.github.diapason.conformity.inspect;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InspectionJsonTest {

    @Test
    void the_json_parses_back_to_the_same_values_with_a_json_library() throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("SeriesDescription", "t1 \"sag\" \\ tab\t\u0001");
        values.put("RepetitionTime", 2.3);
        values.put("NumberOfFiles", 176L);
        values.put("EchoTime", List.of(0.015, 0.03));
        values.put("IdentifyingAttributesPresent", List.of());
        Inspection i = new Inspection(List.of(new SeriesValues("1.2", "1.2.3", values)), 1, 1,
                List.of(Diagnostic.error("DicomTruncated", "cut", "", SourceLocation.file("a/b"))));
        Object parsed = new ObjectMapper().readValue(InspectionJson.write(i), Object.class);
        Object expected = new ObjectMapper().readValue(new ObjectMapper().writeValueAsString(i.toOrderedMap()), Object.class);
        assertThat(parsed).isEqualTo(expected);
    }
}
