package io.github.diapason.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Slice or slab orientation. */
public enum Orientation {
    AXIAL, SAGITTAL, CORONAL, OBLIQUE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Orientation> byId(String id) {
        return Arrays.stream(values()).filter(o -> o.id().equals(id)).findFirst();
    }

    @JsonCreator
    static Orientation fromJson(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown orientation " + id));
    }
}
