package io.github.diapason.conformity.inspect;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code SliceTiming} of Siemens XA enhanced MR (multi-frame) series from each frame's Frame Acquisition DateTime
 * (0018,9074), which dcm2niix uses for the X series ({@code Siemens/README.md} of dcm2niix, "Slice Timing"): the time
 * of a location is when its first frame started, less the earliest of all, listed along the slice normal
 * ({@link SliceTimes}).
 * <p>
 * dcm2niix documents two ways these times go wrong: console de-identification scrambles them, and some XA
 * multiband sequences write single-band times in the first volume (dcm2niix issues 303, 875). So when the series has
 * a second volume its times must give the same slice times (within 2.5 ms) as the first, and all must lie within
 * one TR; otherwise nothing is written. Not checked against dcm2niix on real files: the dicom-qa corpus has no XA
 * enhanced series. Philips enhanced files are not read this way: dcm2niix writes no Philips SliceTiming (Philips DICOM
 * does not record slice times), and neither do we.
 */
final class EnhancedSliceTiming {

    /** Two frames of one location less than this apart (seconds) are of the same volume (echoes of one excitation). */
    static final double SAME_VOLUME = 1e-3;
    private static final double AGREEMENT = 2.5e-3;

    private EnhancedSliceTiming() {
    }

    /**
     * Adds {@code SliceTiming} to {@code out} for a Siemens series whose frames gave their times.
     *
     * @param earliest per location (same keys as {@code locations}), the start of its first frame and of its first frame
     *                 of the next volume ({@code NaN} when there is none), in seconds of the day
     */
    static void derive(Map<String, Object> rep, Map<String, Object> out, java.util.Collection<List<Double>> locations,
                       Map<List<Double>, double[]> earliest) {
        if (earliest.isEmpty() || out.containsKey("SliceTiming")
                || !(rep.get("Manufacturer") instanceof String m) || !m.toUpperCase(Locale.ROOT).startsWith("SIEMENS")
                || !(rep.get("RepetitionTime") instanceof Double tr) || tr <= 0) {
            return;
        }
        List<List<Double>> ordered = SliceTimes.ordered(rep, locations);
        List<Double> first = ordered == null ? null
                : SliceTimes.relative(ordered, l -> earliest.containsKey(l) ? earliest.get(l)[0] : null, tr);
        if (first == null) {
            return;
        }
        boolean secondVolume = ordered.stream().allMatch(l -> !Double.isNaN(earliest.get(l)[1]));
        if (secondVolume) {
            List<Double> second = SliceTimes.relative(ordered, l -> earliest.get(l)[1], tr);
            if (second == null) {
                return;
            }
            for (int i = 0; i < first.size(); i++) {
                if (Math.abs(first.get(i) - second.get(i)) > AGREEMENT) {
                    return;
                }
            }
        }
        out.put("SliceTiming", Json.numbers(first));
    }

    /** Folds one frame's time into its location's two earliest volume starts ({@code [first, next]}). */
    static void add(Map<List<Double>, double[]> earliest, List<Double> location, double time) {
        double[] t = earliest.computeIfAbsent(location, k -> new double[] {Double.NaN, Double.NaN});
        if (Double.isNaN(t[0]) || time < t[0] - SAME_VOLUME) {
            t[1] = t[0]; // NaN for the first frame seen
            t[0] = time;
        } else if (time > t[0] + SAME_VOLUME && (Double.isNaN(t[1]) || time < t[1] - SAME_VOLUME)) {
            t[1] = time;
        }
    }
}
