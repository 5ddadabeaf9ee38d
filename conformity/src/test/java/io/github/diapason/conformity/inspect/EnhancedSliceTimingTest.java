package io.github.diapason.conformity.inspect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Siemens XA enhanced slice timing from Frame Acquisition DateTime (0018,9074), the attribute dcm2niix reads for the
 * X series (its Siemens/README.md). Purpose-built values: the dicom-qa corpus has no XA enhanced series.
 */
class EnhancedSliceTimingTest {

    private static final List<Double> AXIAL = List.of(1.0, 0.0, 0.0, 0.0, 1.0, 0.0);

    @Test
    void a_dicom_date_time_gives_its_seconds_of_the_day_to_the_microsecond() {
        assertThat(FrameTimes.secondsOfDay("20190621095520.330000")).isCloseTo(9 * 3600 + 55 * 60 + 20.33, within(1e-9));
        assertThat(FrameTimes.secondsOfDay("20190621095520.330000+0200")).isCloseTo(35720.33, within(1e-9));
        assertThat(FrameTimes.secondsOfDay("20190621095520")).isEqualTo(35720.0);
        assertThat(FrameTimes.secondsOfDay("201906210955")).isNull();
        assertThat(FrameTimes.secondsOfDay("2019062109552x.1")).isNull();
    }

    /** Three axial locations (z 0, 3, 6) acquired 6, 3, 0 ... (descending), {@code volumes} volumes, TR 2 s. */
    private static Map<List<Double>, double[]> descending(int volumes, double secondVolumeShift) {
        Map<List<Double>, double[]> starts = new HashMap<>();
        double start = 36000;
        for (int v = 0; v < volumes; v++) {
            for (int s = 0; s < 3; s++) {
                double shift = v == 1 ? secondVolumeShift * s : 0;
                EnhancedSliceTiming.add(starts, List.of(0.0, 0.0, 6.0 - 3 * s), start + 2.0 * v + 0.6 * s + shift);
            }
        }
        return starts;
    }

    private static List<List<Double>> locations() {
        return new ArrayList<>(List.of(List.of(0.0, 0.0, 0.0), List.of(0.0, 0.0, 3.0), List.of(0.0, 0.0, 6.0)));
    }

    private static Map<String, Object> siemens() {
        return new HashMap<>(Map.of("Manufacturer", "Siemens Healthineers", "RepetitionTime", 2.0, "_ImageOrientationPatient", AXIAL));
    }

    @SuppressWarnings("unchecked")
    private static List<Double> timing(Map<String, Object> out) {
        return ((List<Object>) out.get("SliceTiming")).stream().map(o -> ((Number) o).doubleValue()).toList();
    }

    @Test
    void slice_times_are_the_first_frame_of_each_location_listed_up_the_slice_normal() {
        Map<String, Object> out = new HashMap<>();
        EnhancedSliceTiming.derive(siemens(), out, locations(), descending(3, 0));
        List<Double> t = timing(out);
        assertThat(t).hasSize(3);
        assertThat(t.get(0)).isCloseTo(1.2, within(1e-9));
        assertThat(t.get(1)).isCloseTo(0.6, within(1e-9));
        assertThat(t.get(2)).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void a_second_volume_that_disagrees_with_the_first_leaves_slice_timing_out() {
        // dcm2niix issues 303 / 875: single-band times in the first volume of some XA multiband series
        Map<String, Object> out = new HashMap<>();
        EnhancedSliceTiming.derive(siemens(), out, locations(), descending(2, 0.1));
        assertThat(out).doesNotContainKey("SliceTiming");
    }

    @Test
    void echoes_of_one_excitation_are_one_volume_not_two() {
        Map<List<Double>, double[]> starts = new HashMap<>();
        EnhancedSliceTiming.add(starts, List.of(0.0, 0.0, 0.0), 100.0);
        EnhancedSliceTiming.add(starts, List.of(0.0, 0.0, 0.0), 100.0004);
        EnhancedSliceTiming.add(starts, List.of(0.0, 0.0, 0.0), 102.0);
        EnhancedSliceTiming.add(starts, List.of(0.0, 0.0, 0.0), 99.0);
        assertThat(starts.get(List.of(0.0, 0.0, 0.0))).containsExactly(99.0, 100.0);
    }

    @Test
    void times_spanning_a_tr_or_a_missing_location_or_another_vendor_give_nothing() {
        Map<String, Object> out = new HashMap<>();
        Map<String, Object> shortTr = siemens();
        shortTr.put("RepetitionTime", 1.0);
        EnhancedSliceTiming.derive(shortTr, out, locations(), descending(1, 0));
        assertThat(out).doesNotContainKey("SliceTiming");

        Map<List<Double>, double[]> missing = descending(1, 0);
        missing.remove(List.of(0.0, 0.0, 3.0));
        EnhancedSliceTiming.derive(siemens(), out, locations(), missing);
        assertThat(out).doesNotContainKey("SliceTiming");

        Map<String, Object> philips = siemens();
        philips.put("Manufacturer", "Philips Medical Systems");
        EnhancedSliceTiming.derive(philips, out, locations(), descending(1, 0));
        assertThat(out).doesNotContainKey("SliceTiming");
    }
}
