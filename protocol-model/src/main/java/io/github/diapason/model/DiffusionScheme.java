package io.github.diapason.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The neutral b-table: shells and, when the study prescribes them, the explicit gradient
 * directions ({@code vectors}: unit vectors x, y, z in the scanner's patient coordinate
 * frame, with their b-value), from which each vendor's direction file is written.
 * {@code b0Interleave}, when given, spreads the b=0 volumes: one first, then one after every
 * {@code b0Interleave} diffusion-weighted volumes (absent: all b=0 volumes first).
 * {@code series}, when above 1, acquires the scheme in that many series, one after the other (a
 * Philips user-defined gradient file split over two series; any console whose direction table is
 * spread across series): each part is a sequence of its own after override resolution (see {@link #parts()}).
 */
public record DiffusionScheme(List<Shell> shells, List<GradientVector> vectors, Integer b0Interleave, Integer series) {
    @JsonCreator
    public DiffusionScheme {
        shells = Immutables.list(shells);
        vectors = Immutables.list(vectors);
    }

    /** A scheme acquired in one series. */
    public DiffusionScheme(List<Shell> shells, List<GradientVector> vectors, Integer b0Interleave) {
        this(shells, vectors, b0Interleave, null);
    }

    /** The number of series the scheme is acquired in: {@code series}, absent meaning 1. */
    public int seriesCount() {
        return series == null || series < 1 ? 1 : series;
    }

    /**
     * Volumes of the series itself: every direction of every shell (b=0 volumes included), or every vector.
     * {@code reversedPhase} volumes are not counted: they are a series of their own (write it as its own sequence).
     * For a split scheme, the volumes of all its parts together.
     */
    public int volumeCount() {
        return shells.isEmpty() ? vectors.size() : shells.stream().mapToInt(Shell::directions).sum();
    }

    /** The b=0 volumes of the series. */
    public int b0Count() {
        return shells.isEmpty() ? (int) vectors.stream().filter(v -> v.bValue() <= 0).count()
                : shells.stream().filter(s -> s.bValue() <= 0).mapToInt(Shell::directions).sum();
    }

    /**
     * The schemes of the {@link #seriesCount()} series, each acquired in one series, whose volumes add up to
     * {@link #volumeCount()}; this scheme alone when it is not split. With vectors, each part takes the next run of
     * the table (the first parts one more when it does not divide), its shells counted from its vectors when the
     * scheme gives shells; with shells only, each part takes its share of every shell's directions (the first parts
     * one more), so each vendor spreads a part's directions over the sphere on its own.
     */
    public List<DiffusionScheme> parts() {
        int n = seriesCount();
        if (n == 1) {
            return List.of(this);
        }
        List<DiffusionScheme> parts = new ArrayList<>();
        if (!vectors.isEmpty()) {
            int from = 0;
            for (int k = 0; k < n; k++) {
                int size = share(vectors.size(), n, k);
                List<GradientVector> chunk = vectors.subList(from, from + size);
                from += size;
                parts.add(new DiffusionScheme(shells.isEmpty() ? List.of() : shellsOf(chunk), chunk, null, null));
            }
            return List.copyOf(parts);
        }
        for (int k = 0; k < n; k++) {
            int part = k;
            parts.add(new DiffusionScheme(shells.stream()
                    .map(s -> new Shell(s.bValue(), share(s.directions(), n, part), null)).filter(s -> s.directions() > 0)
                    .toList(), List.of(), b0Interleave, null));
        }
        return List.copyOf(parts);
    }

    /** Part k's share of {@code total} over {@code n} parts: total / n, plus one for the first total % n parts. */
    private static int share(int total, int n, int k) {
        return total / n + (k < total % n ? 1 : 0);
    }

    /** Shells counted from a run of vectors, in the order their b-values first appear. */
    private static List<Shell> shellsOf(List<GradientVector> chunk) {
        Map<Double, Integer> counts = new LinkedHashMap<>();
        chunk.forEach(v -> counts.merge(Math.max(0, v.bValue()), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> new Shell(e.getKey(), e.getValue(), null)).toList();
    }
}
