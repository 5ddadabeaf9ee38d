package io.github.diapason.model;

import java.util.Map;

/** What an override changes in one sequence: parameters replaced (whole specs, unit and tolerance included). */
public record SequencePatch(Map<ParameterName, ParameterSpec> parameters) {
    public SequencePatch {
        parameters = Immutables.sortedMap(parameters);
    }
}
