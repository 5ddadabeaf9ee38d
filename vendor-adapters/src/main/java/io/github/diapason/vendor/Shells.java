package io.github.diapason.vendor;

import io.github.diapason.model.DiffusionScheme;
import io.github.diapason.model.GradientVector;
import java.util.List;
import java.util.TreeMap;

/** The b-values of a scheme with their direction counts, from shells or, failing that, from vectors. */
public final class Shells {
    private Shells() {
    }

    /** b-value (s/mm², rounded to 1) → directions (or b=0 images), ascending. */
    public static TreeMap<Double, Integer> directionsByB(DiffusionScheme scheme) {
        TreeMap<Double, Integer> m = new TreeMap<>();
        if (scheme == null) {
            return m;
        }
        if (!scheme.shells().isEmpty()) {
            scheme.shells().forEach(s -> m.merge((double) Math.round(s.bValue()), s.directions(), Integer::sum));
        } else {
            List<GradientVector> vs = scheme.vectors();
            vs.forEach(v -> m.merge((double) Math.round(v.bValue()), 1, Integer::sum));
        }
        return m;
    }

    /**
     * Whether a console's product scheme acquires this one: no explicit vectors and the same number of directions on
     * every non-zero shell (Siemens MDDW, as the spine-generic DWI: b 0 x 5 averages, b 800 x 30 directions). Else the
     * console needs the user-defined table (Siemens Free with a .dvs, Philips user defined).
     */
    public static boolean productScheme(DiffusionScheme scheme) {
        if (scheme == null || !scheme.vectors().isEmpty() || scheme.b0Interleave() != null) {
            return false;
        }
        return directionsByB(scheme).entrySet().stream().filter(e -> e.getKey() > 0).map(e -> e.getValue())
                .distinct().count() <= 1;
    }

    public static int maxDirections(DiffusionScheme scheme) {
        TreeMap<Double, Integer> m = directionsByB(scheme);
        return m.entrySet().stream().filter(e -> e.getKey() > 0).mapToInt(e -> e.getValue()).max().orElse(0);
    }
}
