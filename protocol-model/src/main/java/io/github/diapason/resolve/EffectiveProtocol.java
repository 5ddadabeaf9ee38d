package io.github.diapason.resolve;

import io.github.diapason.model.ParameterName;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Site;
import java.util.List;
import java.util.Map;

/**
 * The protocol as one site runs it on one scanner: overrides applied in cascade order, with the
 * history of every parameter they changed ({@code provenance}: sequence id → parameter → steps).
 */
public record EffectiveProtocol(Protocol protocol, Site site, ScannerPeriod scanner,
                                List<AppliedOverride> applied,
                                Map<String, Map<ParameterName, List<Provenance>>> provenance) {
    public EffectiveProtocol {
        applied = List.copyOf(applied);
        provenance = Map.copyOf(provenance);
    }

    public List<Provenance> history(String sequenceId, ParameterName parameter) {
        return provenance.getOrDefault(sequenceId, Map.of()).getOrDefault(parameter, List.of());
    }
}
