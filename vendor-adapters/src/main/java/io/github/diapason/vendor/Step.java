package io.github.diapason.vendor;

import java.util.Comparator;
import java.util.List;

/**
 * The values a console accepts for one quantity, in the console's unit: an explicit list
 * ({@code values}, e.g. GE receiver bandwidths) or a grid ({@code increment}, e.g. Siemens
 * percentages, matrix multiples), optionally bounded. {@code source} cites where it comes from;
 * a source starting with "[U]" marks an unconfirmed hypothesis kept as data (vendors.md).
 */
record Step(List<Double> values, Double increment, Double min, Double max, String source) {
    public Step {
        values = values == null ? List.of() : values.stream().sorted().toList();
        source = source == null ? "" : source;
    }

    public static Step increment(double increment) {
        return new Step(List.of(), increment, null, null, "");
    }

    /** The achievable value nearest to {@code wanted} (ties go to the larger value). */
    public double nearest(double wanted) {
        double v;
        if (!values.isEmpty()) {
            v = values.stream()
                    .min(Comparator.comparingDouble((Double c) -> Math.abs(c - wanted)).thenComparing(c -> -c))
                    .orElseThrow();
        } else if (increment != null && increment > 0) {
            v = Math.round(wanted / increment) * increment;
            v = Math.round(v * 1e9) / 1e9;
        } else {
            v = wanted;
        }
        if (min != null && v < min) {
            v = values.isEmpty() ? min : nearestAtLeast(min);
        }
        if (max != null && v > max) {
            v = values.isEmpty() ? max : nearestAtMost(max);
        }
        return v;
    }

    private double nearestAtLeast(double bound) {
        return values.stream().filter(c -> c >= bound).findFirst().orElse(values.get(values.size() - 1));
    }

    private double nearestAtMost(double bound) {
        return values.stream().filter(c -> c <= bound).reduce((a, b) -> b).orElse(values.get(0));
    }
}
