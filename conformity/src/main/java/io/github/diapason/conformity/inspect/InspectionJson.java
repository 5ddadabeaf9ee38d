package io.github.diapason.conformity.inspect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The JSON form of an {@link Inspection}: two-space indented, fields in a fixed order, identical for identical input. */
public final class InspectionJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InspectionJson() {
    }

    public static String write(Inspection inspection) {
        try {
            return JSON.writeValueAsString(inspection.toOrderedMap()) + "\n";
        } catch (JsonProcessingException e) {
            // maps of strings, numbers, booleans and lists always serialise
            throw new IllegalStateException("cannot write the inspection as JSON", e);
        }
    }
}
