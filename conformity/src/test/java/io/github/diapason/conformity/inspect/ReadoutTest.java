package io.github.diapason.conformity.inspect;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** BIDS readout values computed as dcm2niix documents them (nii_dicom_batch.cpp, nii_SaveBIDSX). */
class ReadoutTest {

    private static Map<String, Object> derive(Map<String, Object> rep, Map<String, Object> out) {
        Readout.derive(rep, out);
        return out;
    }

    private static Map<String, Object> image(String axis, double rows, double columns) {
        Map<String, Object> rep = new HashMap<>();
        rep.put("_InPlanePhaseEncodingDirection", axis);
        rep.put("_Rows", rows);
        rep.put("_Columns", columns);
        return rep;
    }

    @Test
    void siemens_effective_echo_spacing_is_one_over_bandwidth_per_pixel_phase_encode_times_recon_matrix() {
        Map<String, Object> rep = image("COL", 90, 96);
        rep.put("BandwidthPerPixelPhaseEncode", 18.832);
        Map<String, Object> out = derive(rep, new HashMap<>());

        assertThat(out).containsEntry("ReconMatrixPE", 90L);
        double ees = 1.0 / (18.832 * 90);
        assertThat(((Number) out.get("EffectiveEchoSpacing")).doubleValue()).isCloseTo(ees, within(1e-12));
        assertThat(((Number) out.get("TotalReadoutTime")).doubleValue()).isCloseTo(ees * 89, within(1e-12));
    }

    @Test
    void the_phase_axis_picks_rows_or_columns_and_a_mosaic_counts_one_tile() {
        assertThat(derive(image("ROW", 90, 96), new HashMap<>())).containsEntry("ReconMatrixPE", 96L);
        Map<String, Object> mosaic = image("COL", 384, 384);
        mosaic.put("_NumberOfImagesInMosaic", 36.0);
        assertThat(derive(mosaic, new HashMap<>())).containsEntry("ReconMatrixPE", 64L);
    }

    /** dcm_qa_ge SliceTiming/14: echo spacing 548 us, 64 lines, ASSET 2: (ceil(64/2/2)*2 - 1) x 548 us = 16.988 ms. */
    @Test
    void ge_total_readout_time_counts_the_lines_acquired_rounded_as_dcm2niix_does() {
        assertThat(Readout.ge(548e-6, 64, 2, false)).isCloseTo(0.016988, within(1e-9));
        // dcm_qa_ge 03 (ASSET 1.5, partial Fourier): 128 / 1.5 lines rounded up to a multiple of 4: 88 - 1 = 87 spacings
        assertThat(Readout.ge(960e-6, 128, 1.5, true)).isCloseTo(87 * 960e-6, within(1e-12));
        assertThat(Readout.ge(960e-6, 128, 1.5, false)).isCloseTo(85 * 960e-6, within(1e-12));

        Map<String, Object> rep = image("COL", 256, 256);
        rep.put("_EffectiveEchoSpacingGE", 964e-6);
        rep.put("ParallelReductionFactorInPlane", 2.0);
        rep.put("ScanOptions", List.of("EPI_GEMS", "PFF"));
        Map<String, Object> out = new HashMap<>(Map.of("AcquisitionMatrixPE", 128L));
        derive(rep, out);
        assertThat(((Number) out.get("TotalReadoutTime")).doubleValue()).isCloseTo(0.060732, within(1e-9));
        assertThat(((Number) out.get("EffectiveEchoSpacing")).doubleValue()).isCloseTo(0.060732 / 255, within(1e-12));
    }

    @Test
    void acquisition_voxel_size_is_the_field_of_view_over_the_acquisition_matrix_not_the_pixel_spacing() {
        Map<String, Object> rep = image("COL", 256, 256);
        rep.put("PixelSpacing", List.of(0.9375, 0.9375));
        Map<String, Object> out = new HashMap<>(Map.of("AcquisitionMatrixPE", 192L, "AcquisitionMatrixFrequency", 128L));
        derive(rep, out);

        assertThat(out).containsEntry("AcquisitionVoxelSizePE", 1.25).containsEntry("AcquisitionVoxelSizeFrequency", 1.875);
    }

    @Test
    void without_the_values_it_needs_nothing_is_computed() {
        Map<String, Object> out = derive(image("COL", 64, 64), new HashMap<>());
        assertThat(out).containsOnlyKeys("ReconMatrixPE");
        assertThat(derive(new HashMap<>(Map.of("_Rows", 64.0, "_Columns", 64.0)), new HashMap<>())).isEmpty();
    }

    @Test
    void slice_times_outside_one_tr_are_not_reported_and_a_group_delay_gives_the_effective_tr() {
        Map<String, Object> rep = image("COL", 64, 64);
        rep.put("RepetitionTime", 2.0);
        rep.put("_MosaicRefAcqTimes", List.of(0.0, 1.0, 0.5));
        assertThat(derive(rep, new HashMap<>())).containsEntry("SliceTiming", List.of(0L, 1L, 0.5));
        rep.put("_MosaicRefAcqTimes", List.of(0.0, 2.5, 1.0)); // past the TR: not guessed
        rep.put("_GroupDelay", 0.033);
        Map<String, Object> out = derive(rep, new HashMap<>());
        assertThat(out).doesNotContainKey("SliceTiming").containsEntry("RepetitionTimeEffective", 2.033);
    }
}
