package io.github.diapason.resolve;

import io.github.diapason.model.LocalizedText;
import io.github.diapason.model.OverrideLevel;
import java.util.List;

/** An override that applies to a site's scanner, with the sequences it touched. */
public record AppliedOverride(String id, OverrideLevel level, LocalizedText reason, List<String> sequences) {
    public AppliedOverride {
        sequences = List.copyOf(sequences);
    }
}
