package io.github.diapason.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The study's {@code waivers.json}: the accepted deviations, in file order. */
public record WaiverFile(@JsonProperty("$schema") String schema, List<Waiver> waivers) {

    public static final WaiverFile NONE = new WaiverFile(null, List.of());

    public WaiverFile {
        waivers = Immutables.list(waivers);
    }
}
