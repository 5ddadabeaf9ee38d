package io.github.diapason.conformity.inspect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * What every way of deriving {@code SliceTiming} shares: the order dcm2niix lists the times in (its NIfTI slices:
 * locations ascending along the slice normal, row × column direction of (0020,0037)), and times of day made
 * relative to the earliest location.
 */
final class SliceTimes {

    private SliceTimes() {
    }

    /** Row direction × column direction of (0020,0037); null unless six numbers. */
    static double[] normal(Object orientation) {
        if (!(orientation instanceof List<?> o) || o.size() != 6) {
            return null;
        }
        double[] v = new double[6];
        for (int i = 0; i < 6; i++) {
            v[i] = ((Number) o.get(i)).doubleValue();
        }
        return new double[] {v[1] * v[5] - v[2] * v[4], v[2] * v[3] - v[0] * v[5], v[0] * v[4] - v[1] * v[3]};
    }

    static double along(List<Double> position, double[] normal) {
        return position.get(0) * normal[0] + position.get(1) * normal[1] + position.get(2) * normal[2];
    }

    /** The locations sorted along the normal of the representative's (0020,0037); null without two locations or an orientation. */
    static List<List<Double>> ordered(java.util.Map<String, Object> rep, Collection<List<Double>> locations) {
        double[] normal = normal(rep.get("_ImageOrientationPatient"));
        if (normal == null || locations == null || locations.size() < 2) {
            return null;
        }
        List<List<Double>> ordered = new ArrayList<>(locations);
        ordered.sort((a, b) -> Double.compare(along(a, normal), along(b, normal)));
        return ordered;
    }

    /**
     * Each location's time less the earliest, in the given order; null unless every location has a time, the times
     * differ, and they all lie within one TR (else they are not the slice times of one volume).
     */
    static List<Double> relative(List<List<Double>> ordered, Function<List<Double>, Double> timeOf, double tr) {
        List<Double> times = new ArrayList<>(ordered.size());
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (List<Double> location : ordered) {
            Double t = timeOf.apply(location);
            if (t == null) {
                return null;
            }
            times.add(t);
            min = Math.min(min, t);
            max = Math.max(max, t);
        }
        if (max - min <= 0 || max - min >= tr) {
            return null;
        }
        double first = min;
        times.replaceAll(t -> t - first);
        return times;
    }
}
