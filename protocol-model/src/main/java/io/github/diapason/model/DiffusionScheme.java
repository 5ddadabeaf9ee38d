package io.github.diapason.model;

import java.util.List;

/**
 * The neutral b-table: shells and, when the study prescribes them, the explicit gradient
 * directions ({@code vectors}: unit vectors x, y, z in the scanner's patient coordinate
 * frame, with their b-value), from which each vendor's direction file is written.
 */
public record DiffusionScheme(List<Shell> shells, List<GradientVector> vectors) {
    public DiffusionScheme {
        shells = Immutables.list(shells);
        vectors = Immutables.list(vectors);
    }

    public int volumeCount() {
        return shells.stream().mapToInt(s -> s.directions() + (s.reversedPhase() == null ? 0 : s.reversedPhase())).sum();
    }
}
