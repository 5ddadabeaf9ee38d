package io.github.diapason.vendor;

import static io.github.diapason.vendor.Fixtures.seq;
import static io.github.diapason.vendor.Fixtures.shown;
import static io.github.diapason.vendor.Fixtures.translate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.model.Orientation;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.Technique;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels, units and conventions of vendors.md sections 1 and 2 that the golden examples do not cover. */
class ConsoleVocabularyTest {

    private static Fixtures.Seq axialEpi(String pe) {
        return seq("bold", Technique.BOLD_EPI).code(ParameterName.PhaseEncodingDirection, pe)
                .p(ParameterName.ParallelReductionFactorInPlane, 2, "count")
                .p(ParameterName.MultibandAccelerationFactor, 4, "count")
                .p(ParameterName.PartialFourier, 0.75, "1");
    }

    @Test
    void siemensShowsJMinusOnAnAxialImageAsAnteriorToPosterior() {
        assertThat(shown(translate("siemens", 3, axialEpi("j-").build()), "Phase enc. dir.")).isEqualTo("A >> P");
    }

    @Test
    void siemensShowsJOnAnAxialImageAsPosteriorToAnterior() {
        assertThat(shown(translate("siemens", 3, axialEpi("j").build()), "Phase enc. dir.")).isEqualTo("P >> A");
    }

    @Test
    void geNamesTheFrequencyAxisNotThePhaseAxis() {
        assertThat(shown(translate("ge", 3, axialEpi("j-").build()), "Freq DIR")).isEqualTo("R/L");
    }

    @Test
    void geShowsAssetAndHyperBandForAnAcceleratedEpi() {
        VendorSequence s = translate("ge", 3, axialEpi("j-").build());
        assertThat(shown(s, "Imaging Options")).isEqualTo("ASSET, HyperBand");
        assertThat(shown(s, "HyperBand Factor")).isEqualTo("4");
    }

    @Test
    void geShowsPartialFourierAsFractionalNexOutsideEpi() {
        VendorSequence gre = translate("ge", 3, seq("gre", Technique.GRE_2D).p(ParameterName.PartialFourier, 0.75, "1").build());
        assertThat(shown(gre, "NEX")).isEqualTo("0.75");
    }

    @Test
    void geEpiKeepsNexForAveragesAndTakesPartialFourierFromTeMinimum() {
        // spine-generic MR750 DWI: TE Minimum and no fractional NEX (issue 12)
        VendorSequence epi = translate("ge", 3, axialEpi("j-").build());
        assertThat(shown(epi, "NEX")).isEqualTo("1.00");
        assertThat(epi.diagnostics()).anyMatch(d -> d.message().contains("partial Fourier with TE Minimum"));
    }

    @Test
    void philipsShowsFoldOverAxisAndSenseReductionLabelledWithIt() {
        VendorSequence s = translate("philips", 3, axialEpi("j-").build());
        assertThat(shown(s, "fold-over direction")).isEqualTo("AP");
        assertThat(shown(s, "P reduction (AP)")).isEqualTo("2.0");
        assertThat(shown(s, "MultiBand SENSE")).isEqualTo("yes");
        assertThat(shown(s, "Halfscan")).isEqualTo("yes");
    }

    @Test
    void philipsSagittalSliceReductionIsLabelledRightLeft() {
        VendorSequence s = translate("philips", 3, seq("t1", Technique.T1_3D_IR_GRE).orientation(Orientation.SAGITTAL)
                .p(ParameterName.ParallelReductionFactorOutOfPlane, 2, "count").build());
        assertThat(shown(s, "S reduction (RL)")).isEqualTo("2.0");
    }

    @Test
    void philipsInversionPreparedTfeUsesPrepulseDelayAndShotInterval() {
        VendorSequence s = translate("philips", 3, seq("t1", Technique.T1_3D_IR_GRE)
                .p(ParameterName.InversionTime, 900, "ms").p(ParameterName.RepetitionTime, 2300, "ms").build());
        assertThat(shown(s, "TFE prepulse")).isEqualTo("invert"); // spine-generic R5.3 printout, T1w
        // typed under "delay: user defined" and "shot interval: user defined" in their "(ms)" fields
        assertThat(shown(s, "delay")).isEqualTo("user defined");
        assertThat(s.concept("ti").orElseThrow().value().display()).isEqualTo("900");
        assertThat(shown(s, "shot interval")).isEqualTo("user defined");
        assertThat(s.concept("tr").orElseThrow().value().display()).isEqualTo("2300.0");
    }

    @Test
    void philipsEpiShowsReadoutBandwidthInTheEpiFrequencyDirection() {
        VendorSequence s = translate("philips", 3, axialEpi("j-").p(ParameterName.PixelBandwidth, 2000, "Hz/px").build());
        assertThat(shown(s, "BW in EPI freq. dir.")).isEqualTo("2000.0");
        assertThat(s.parameter("Water-fat shift")).isEmpty();
    }

    @Test
    void siemensXaUsesItsOwnLabels() {
        VendorSequence s = Fixtures.adapter("siemens").translate(seq("fm", Technique.GRE_FIELDMAP)
                        .p(ParameterName.SliceThickness, 3, "mm").p(ParameterName.SliceGap, 0.75, "mm")
                        .p(ParameterName.MultibandAccelerationFactor, 2, "count").build(),
                Fixtures.scanner("siemens", 3, "syngo MR XA30"), SourceLocation.NONE).value().orElseThrow();
        assertThat(shown(s, "Distance Factor")).isEqualTo("25");
        assertThat(shown(s, "SMS Factor")).isEqualTo("2");
        assertThat(s.card("Resolution - Acceleration")).isPresent();
    }

    @Test
    void gePhaseMatrixCountsTheLinesAcrossThePhaseFov() {
        // spine-generic MR750 printout, T1w: FOV 32.0, Phase FOV 0.80, Freq 320, Phase 256 (1 mm voxels over 256 mm)
        VendorSequence s = translate("ge", 3, seq("t1w", Technique.T1_3D_IR_GRE).orientation(Orientation.SAGITTAL)
                .p(ParameterName.FieldOfViewRead, 320, "mm").p(ParameterName.FieldOfViewPhase, 256, "mm")
                .p(ParameterName.AcquisitionMatrixRead, 320, "count").p(ParameterName.AcquisitionMatrixPhase, 256, "count").build());
        assertThat(List.of(shown(s, "FOV"), shown(s, "Phase FOV"), shown(s, "Freq"), shown(s, "Phase")))
                .containsExactly("32.0", "0.80", "320", "256");
        var back = Fixtures.adapter("ge").neutralValues(s, Fixtures.scanner("ge", 3));
        assertThat(back.get(ParameterName.AcquisitionMatrixPhase)).isEqualTo(256.0);
        assertThat(back.get(ParameterName.VoxelSizePhase)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void siemensXa61PrintsTitleCaseLabelsAsItsPrintoutShows() {
        // spine-generic Cima.X XA61 printout, T1w: "FOV Read 320 mm", "Slices per Slab 192", "Acceleration Mode GRAPPA"...
        VendorSequence s = Fixtures.adapter("siemens").translate(seq("t1w", Technique.T1_3D_IR_GRE)
                        .p(ParameterName.FieldOfViewRead, 320, "mm").p(ParameterName.FieldOfViewPhase, 260, "mm")
                        .p(ParameterName.AcquisitionMatrixRead, 320, "count").p(ParameterName.AcquisitionMatrixPhase, 260, "count")
                        .p(ParameterName.SliceThickness, 1, "mm").p(ParameterName.NumberOfSlices, 192, "count")
                        .p(ParameterName.FlipAngle, 9, "deg").p(ParameterName.ParallelReductionFactorInPlane, 2, "count")
                        .p(ParameterName.ParallelReductionFactorOutOfPlane, 1, "count")
                        .p(ParameterName.ParallelReferenceLines, 24, "count").build(),
                Fixtures.scanner("siemens", 3, "syngo MR XA61"), SourceLocation.NONE).value().orElseThrow();
        assertThat(List.of(shown(s, "FOV Read"), shown(s, "FOV Phase"), shown(s, "Slices per Slab"), shown(s, "Slice Thickness"),
                shown(s, "Flip Angle"), shown(s, "Base Resolution"), shown(s, "Phase Resolution"), shown(s, "Acceleration Mode"),
                shown(s, "Acceleration Factor PE"), shown(s, "Reference Lines PE"), shown(s, "Acceleration Factor 3D")))
                .containsExactly("320", "81.3", "192", "1.00", "9", "320", "100", "GRAPPA", "2", "24", "1");
        assertThat(s.parameter("FoV read")).isEmpty();
        assertThat(s.card("Resolution - Acceleration").orElseThrow().parameter("Reference Lines PE")).isPresent();
    }

    @Test
    void geBandwidthOf31Point25KilohertzAt256Is244HzPerPixel() {
        // vendors.md section 2: ±31.25 kHz at 256 → 244.14 Hz/px
        VendorSequence s = translate("ge", 1.5, seq("t2", Technique.TSE_2D).p(ParameterName.FieldOfViewRead, 240, "mm")
                .p(ParameterName.AcquisitionMatrixRead, 256, "count").p(ParameterName.PixelBandwidth, 244, "Hz/px").build());
        assertThat(shown(s, "Receiver Bandwidth")).isEqualTo("31.25");
        assertThat(Fixtures.adapter("ge").neutralValues(s, Fixtures.scanner("ge", 1.5)).get(ParameterName.PixelBandwidth))
                .isCloseTo(244.14, within(0.005));
    }

    @Test
    void geGapIsTheSpacingItself() {
        VendorSequence s = translate("ge", 3, seq("t2", Technique.TSE_2D).p(ParameterName.SliceThickness, 3, "mm")
                .p(ParameterName.SliceGap, 0.3, "mm").build());
        assertThat(shown(s, "Spacing")).isEqualTo("0.3");
    }

    @Test
    void philipsFieldOfViewIsGivenPerPatientDirection() {
        VendorSequence s = translate("philips", 3, seq("t2", Technique.TSE_2D).code(ParameterName.PhaseEncodingDirection, "j")
                .p(ParameterName.FieldOfViewRead, 230, "mm").p(ParameterName.FieldOfViewPhase, 184, "mm")
                .p(ParameterName.NumberOfSlices, 30, "count").p(ParameterName.SliceThickness, 4, "mm")
                .p(ParameterName.SliceGap, 1, "mm").build());
        assertThat(shown(s, "FOV RL")).isEqualTo("230.0");
        assertThat(shown(s, "FOV AP")).isEqualTo("184.0");
        assertThat(shown(s, "FOV FH")).isEqualTo("149.0");
    }
}
