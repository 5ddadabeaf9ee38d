package io.github.diapason.model;

import java.util.List;

/**
 * The neutral b-table: shells and, when the study prescribes them, the explicit gradient
 * directions ({@code vectors}: unit vectors x, y, z in the scanner's patient coordinate
 * frame, with their b-value), from which each vendor's direction file is written.
 * {@code b0Interleave}, when given, spreads the b=0 volumes: one first, then one after every
 * {@code b0Interleave} diffusion-weighted volumes (absent: all b=0 volumes first).
 */
public record DiffusionScheme(List<Shell> shells, List<GradientVector> vectors, Integer b0Interleave) {
    public DiffusionScheme {
        shells = Immutables.list(shells);
        vectors = Immutables.list(vectors);
    }

    /**
     * Volumes of the series itself: every direction of every shell (b=0 volumes included), or every vector.
     * {@code reversedPhase} volumes are not counted: they are a series of their own (write it as its own sequence).
     */
    public int volumeCount() {
        return shells.isEmpty() ? vectors.size() : shells.stream().mapToInt(Shell::directions).sum();
    }

    /** The b=0 volumes of the series. */
    public int b0Count() {
        return shells.isEmpty() ? (int) vectors.stream().filter(v -> v.bValue() <= 0).count()
                : shells.stream().filter(s -> s.bValue() <= 0).mapToInt(Shell::directions).sum();
    }
}
