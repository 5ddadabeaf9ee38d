package io.github.diapason.model;

import java.util.Map;
import java.util.TreeMap;
import java.util.Collections;

/**
 * A justified harmonisation decision: for the scanners selected by {@code when}, replace
 * parameters of some sequences. {@code reason} is mandatory; manuals and diffs show it.
 */
public record ProtocolOverride(String id, LocalizedText reason, OverrideSelector when, Map<String, SequencePatch> sequences) {
    public ProtocolOverride {
        sequences = sequences == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(sequences));
    }
}
