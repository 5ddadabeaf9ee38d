package io.github.diapason.conformity.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.conformity.dicom.DicomQaCorpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * GE slice timing as dcm2niix v1.0.20220720 writes it (dcm_qa_ge's {@code slicetime.cpp}, dcm2niix {@code sliceTimeGE});
 * expected values are those of its sidecars in the dicom-qa corpus unless said otherwise.
 */
class GeSliceTimingTest {

    private static void assertTimes(List<Double> actual, double... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual.get(i)).as("slice " + i).isCloseTo(expected[i], within(5e-6));
        }
    }

    @Test
    void interleaved_multiband_with_an_odd_number_of_excitations_takes_even_ones_first() {
        // SliceTiming/2_Ax_fMRI_HB8_72sl_int_asc: 72 locations, HyperBand 8, TR 1 s, DV28: 9 excitations
        List<Double> t = GeSliceTiming.model(72, 8, true, true, 1.0);
        assertTimes(t.subList(0, 10), 0, 0.555556, 0.111111, 0.666667, 0.222222, 0.777778, 0.333333, 0.888889, 0.444444, 0);
        assertThat(t).hasSize(72);
    }

    @Test
    void from_release_27_r03_interleaved_multiband_with_an_even_count_swaps_the_last_excitation_with_the_one_two_before() {
        // SliceTiming/4_Ax_fMRI_HB8_80sl_int_asc: 10 excitations, ... 0.3, 0.9, 0.4, 0.8
        assertTimes(GeSliceTiming.model(80, 8, true, true, 1.0).subList(0, 10), 0, 0.5, 0.1, 0.6, 0.2, 0.7, 0.3, 0.9, 0.4, 0.8);
        // SliceTiming/14_Ax_fMRI_HB3_48sl_int_asc: 16 excitations over 2 s
        assertTimes(GeSliceTiming.model(48, 3, true, true, 2.0).subList(12, 16), 0.75, 1.875, 0.875, 1.75);
    }

    @Test
    void before_release_27_r03_multiband_with_an_even_count_adds_an_excitation() {
        // not in the corpus: dcm2niix sliceTimeGE (osf.io/q4d53): 80 / 8 = 10 excitations become 11
        List<Double> t = GeSliceTiming.model(80, 8, true, false, 1.1);
        assertTimes(t.subList(0, 12), 0, 0.6, 0.1, 0.7, 0.2, 0.8, 0.3, 0.9, 0.4, 1.0, 0.5, 0);
    }

    @Test
    void sequential_single_band_spreads_the_locations_over_the_tr() {
        // dcm_qa_nih 20180918GE mr_0005 (DV26): 15 locations, TR 5 s
        assertTimes(GeSliceTiming.model(15, 1, false, false, 5.0).subList(0, 4), 0, 0.333333, 0.666667, 1);
    }

    @Test
    void the_release_is_read_from_both_forms_of_ge_software_versions() {
        assertThat(GeSliceTiming.release("27\\LX\\MR Software release:DV26.0_R01_1725.a")).containsExactly(26, 0, 1);
        assertThat(GeSliceTiming.release("28\\LX\\MR29.1_EA_2039.g")).containsExactly(29, 1, 0);
        assertThat(GeSliceTiming.release("27\\LX\\MR Software release:RX27.0_R03_1831.a")).containsExactly(27, 0, 3);
        assertThat(GeSliceTiming.release("unknown")).isNull();
    }

    /** A GE 2D EPI series' representative values: axial, TR 5 s, interleaved, 15 locations 5 mm apart, 10 volumes. */
    private static Map<String, Object> epi(Map<String, Object> out) {
        Map<String, Object> rep = new HashMap<>();
        rep.put("Manufacturer", "GE MEDICAL SYSTEMS");
        rep.put("ScanningSequence", List.of("EP", "GR"));
        rep.put("RepetitionTime", 5.0);
        rep.put("_ImageOrientationPatient", List.of(1.0, 0.0, 0.0, 0.0, 1.0, 0.0));
        rep.put("_GeSliceOrder", 1.0);
        rep.put("SoftwareVersions", "27\\LX\\MR Software release:DV26.0_R01_1725.a");
        out.put("NumberOfVolumes", 10L);
        return rep;
    }

    private static List<List<Double>> locations() {
        List<List<Double>> l = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            l.add(List.of(-118.125, -143.344, 52.3125 - 5 * i));
        }
        return l;
    }

    @SuppressWarnings("unchecked")
    private static List<Double> timing(Map<String, Object> out) {
        return ((List<Object>) out.get("SliceTiming")).stream().map(o -> ((Number) o).doubleValue()).toList();
    }

    @Test
    void a_series_starting_at_the_top_lists_its_times_from_the_bottom_up() {
        // dcm_qa_nih 20180918GE mr_0006: interleaved, first instance at the top (z 52.3)
        Map<String, Object> out = new HashMap<>();
        GeSliceTiming.derive(epi(out), out, locations(), Map.of(), locations().get(0));
        assertTimes(timing(out), 2.33333, 4.66667, 2, 4.33333, 1.66667, 4, 1.33333, 3.66667, 1, 3.33333, 0.666667, 3, 0.333333, 2.66667, 0);
    }

    @Test
    void a_series_starting_at_the_bottom_keeps_the_acquisition_order() {
        Map<String, Object> out = new HashMap<>();
        List<List<Double>> l = locations();
        GeSliceTiming.derive(epi(out), out, l, Map.of(), l.get(l.size() - 1));
        assertTimes(timing(out).subList(0, 3), 0, 2.66667, 0.333333);
    }

    @Test
    void nothing_is_written_when_the_first_instance_is_not_at_either_end() {
        Map<String, Object> out = new HashMap<>();
        GeSliceTiming.derive(epi(out), out, locations(), Map.of(), locations().get(7));
        assertThat(out).doesNotContainKey("SliceTiming");
    }

    @Test
    void diffusion_single_volumes_other_vendors_and_an_unknown_slice_order_get_no_model() {
        Map<String, Object> out = new HashMap<>();
        Map<String, Object> diffusion = epi(out);
        diffusion.put("_GeImagingOptions", "EDR, EPI, DIFF, Asset");
        GeSliceTiming.derive(diffusion, out, locations(), Map.of(), locations().get(0));
        assertThat(out).doesNotContainKey("SliceTiming");

        Map<String, Object> single = epi(out);
        out.put("NumberOfVolumes", 1L);
        GeSliceTiming.derive(single, out, locations(), Map.of(), locations().get(0));
        assertThat(out).doesNotContainKey("SliceTiming");

        out = new HashMap<>();
        Map<String, Object> siemens = epi(out);
        siemens.put("Manufacturer", "SIEMENS");
        GeSliceTiming.derive(siemens, out, locations(), Map.of(), locations().get(0));
        assertThat(out).doesNotContainKey("SliceTiming");

        Map<String, Object> noOrder = epi(out);
        noOrder.remove("_GeSliceOrder");
        GeSliceTiming.derive(noOrder, out, locations(), Map.of(), locations().get(0));
        assertThat(out).doesNotContainKey("SliceTiming");
    }

    @Test
    void multiband_before_release_26_gets_no_model() {
        Map<String, Object> out = new HashMap<>();
        Map<String, Object> rep = epi(out);
        rep.put("MultibandAccelerationFactor", 3.0);
        rep.put("SoftwareVersions", "24\\MX\\MR Software release:DV24.0_R01_1344.a");
        GeSliceTiming.derive(rep, out, locations(), Map.of(), locations().get(0));
        assertThat(out).doesNotContainKey("SliceTiming");
    }

    @Test
    void per_slice_trigger_times_are_used_before_the_model() {
        // SliceTimingMPh/2_fMRI_Multiphase_Des: trigger times 100, 600, 200, 700 ... ms from the top location down
        Map<String, Object> out = new HashMap<>();
        Map<String, Object> rep = epi(out);
        rep.put("RepetitionTime", 1.0);
        rep.remove("_GeSliceOrder");
        List<List<Double>> l = locations().subList(0, 10);
        double[] ms = {100, 600, 200, 700, 300, 800, 400, 900, 500, 1000};
        Map<List<Double>, Double> trigger = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            trigger.put(l.get(i), ms[i] / 1000);
        }
        GeSliceTiming.derive(rep, out, l, trigger, l.get(0));
        assertTimes(timing(out), 0.9, 0.4, 0.8, 0.3, 0.7, 0.2, 0.6, 0.1, 0.5, 0);
    }

    @Test
    void equal_trigger_times_are_not_slice_times() {
        // SliceTimingMPh/5 (variable delays): every trigger time 0, no slice order: dcm2niix writes no SliceTiming
        Map<String, Object> out = new HashMap<>();
        Map<String, Object> rep = epi(out);
        rep.remove("_GeSliceOrder");
        Map<List<Double>, Double> trigger = new HashMap<>();
        locations().forEach(p -> trigger.put(p, 0.0));
        GeSliceTiming.derive(rep, out, locations(), trigger, locations().get(0));
        assertThat(out).doesNotContainKey("SliceTiming");
    }

    /**
     * On the real GE series of the corpus, SliceTiming and a signed PhaseEncodingDirection are written exactly where
     * dcm2niix writes them (their values are compared by CorpusAgreesWithDcm2niixTest).
     */
    @Test
    void on_the_corpus_ge_series_we_write_slice_timing_and_polarity_where_dcm2niix_does() throws IOException {
        Path dicom = DicomQaCorpus.dicom();
        Inspection inspection = new Inspector().inspect(List.of(dicom.resolve("dcm_qa_ge"), dicom.resolve("dcm_qa_nih/20180918GE")));
        Map<String, SeriesValues> byUid = new TreeMap<>();
        inspection.series().forEach(s -> byUid.put(s.seriesInstanceUid(), s));
        Path sidecars = DicomQaCorpus.sidecars();
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(sidecars.resolve("dcm_qa_ge")), Files.walk(sidecars.resolve("dcm_qa_nih/20180918GE")))) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSize(33);
        ObjectMapper json = new ObjectMapper();
        int withTiming = 0;
        for (Path f : files) {
            JsonNode theirs = json.readTree(f.toFile());
            SeriesValues ours = byUid.get(theirs.path("SeriesInstanceUID").asText());
            assertThat(ours).as(f.toString()).isNotNull();
            for (String field : List.of("SliceTiming", "PhaseEncodingDirection")) {
                assertThat(ours.get(field) != null).as(field + " in " + f.getFileName()).isEqualTo(theirs.has(field));
            }
            withTiming += theirs.has("SliceTiming") ? 1 : 0;
        }
        assertThat(withTiming).isEqualTo(27);
    }
}
