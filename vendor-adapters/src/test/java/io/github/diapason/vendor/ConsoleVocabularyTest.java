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
        assertThat(shown(s, "Imaging Options")).isEqualTo("Asset, HyperBand"); // spine-generic MR750 printout writes "Asset"
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
        // spine-generic R5.3 printout: "P reduction (AP) 2", the direction inside the label
        assertThat(shown(s, "P reduction (AP)")).isEqualTo("2");
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
    void philipsEpiShowsTheWaterFatShiftTheRadiographerSetsNotTheInfoPageBandwidth() {
        // spine-generic R5.3 printout, DWI: EPI factor 47, info page WFS 23.594 pix / BW 18.4 Hz (echo spacing 1.156 ms)
        VendorSequence s = translate("philips", 3, axialEpi("j-").p(ParameterName.PixelBandwidth, 2000, "Hz/px")
                .p(ParameterName.EchoTrainLength, 47, "count").p(ParameterName.EchoSpacing, 1.156, "ms").build());
        assertThat(shown(s, "EPI factor")).isEqualTo("47");
        assertThat(Double.parseDouble(shown(s, "Water-fat shift"))).isCloseTo(23.594, within(0.02));
        assertThat(s.parameter("BW in EPI freq. dir.")).isEmpty();
        assertThat(s.parameter("BW")).isEmpty();
    }

    @Test
    void philipsThreeDimensionalScanShowsTheAcquiredVoxelAlongTheSliceAxisNotASliceThickness() {
        // spine-generic R5.3 printout, T1w (sagittal 3D): ACQ voxel size RL 1 mm, no 'slice thickness' line
        VendorSequence s = translate("philips", 3, seq("t1", Technique.T1_3D_IR_GRE).orientation(Orientation.SAGITTAL)
                .p(ParameterName.SliceThickness, 1, "mm").build());
        assertThat(shown(s, "ACQ voxel size RL")).isEqualTo("1.00");
        assertThat(s.parameter("slice thickness")).isEmpty();
    }

    private static VendorSequence siemens(String software, Fixtures.Seq sequence) {
        return Fixtures.adapter("siemens").translate(sequence.build(), Fixtures.scanner("siemens", 3, software),
                SourceLocation.NONE).value().orElseThrow();
    }

    @Test
    void siemensXaSaysStandardWhereVeSaysNoneForNoFatSuppression() {
        // spine-generic printouts, T1w: VE11C "Fat suppr. None", Cima.X XA61 "Fat-Water Contrast Standard"
        Fixtures.Seq t1 = seq("t1", Technique.T1_3D_IR_GRE).code(ParameterName.FatSuppression, "none");
        assertThat(shown(siemens("syngo MR E11", t1), "Fat suppr.")).isEqualTo("None");
        assertThat(shown(siemens("syngo MR XA61", t1), "Fat-Water Contrast")).isEqualTo("Standard");
    }

    @Test
    void siemensShowsTheMagnetizationTransferPulseAsMtc() {
        // spine-generic VE11C printout, GRE-MT1 / GRE-MT0: Contrast - Common, MTC On / Off
        assertThat(shown(siemens("syngo MR E11", seq("mt1", Technique.GRE_3D)
                .code(ParameterName.MagnetizationTransfer, "on")), "MTC")).isEqualTo("On");
        assertThat(shown(siemens("syngo MR XA61", seq("mt0", Technique.GRE_3D)
                .code(ParameterName.MagnetizationTransfer, "off")), "MTC")).isEqualTo("Off");
    }

    @Test
    void ellipticalScanningIsSiemensEllipticalScanningAndPhilipsKSpaceShutterOnThreeDScans() {
        // spine-generic printouts, 3D GRE: VE11C "Sequence - Part 1, Elliptical scanning Off", XA61 "Resolution -
        // Acceleration, Elliptical Scanning Off", R5.3 "Postproc, Elliptical k-space shutter default" (ExamCard
        // EX_ACQ_kspace_shutter: NO or DEFAULT)
        assertThat(shown(siemens("syngo MR E11", seq("mt", Technique.GRE_3D)
                .code(ParameterName.EllipticalScanning, "off")), "Elliptical scanning")).isEqualTo("Off");
        VendorSequence xa = siemens("syngo MR XA61", seq("mt", Technique.GRE_3D).code(ParameterName.EllipticalScanning, "on"));
        assertThat(shown(xa, "Elliptical Scanning")).isEqualTo("On");
        assertThat(xa.cards()).anySatisfy(card -> {
            assertThat(card.name()).isEqualTo("Resolution - Acceleration");
            assertThat(card.parameters()).anySatisfy(p -> assertThat(p.label()).isEqualTo("Elliptical Scanning"));
        });
        VendorSequence philips = translate("philips", 3, seq("t1", Technique.GRE_3D)
                .code(ParameterName.EllipticalScanning, "on").build());
        assertThat(shown(philips, "Elliptical k-space shutter")).isEqualTo("default");
        assertThat(Fixtures.adapter("philips").backTranslate(philips, Fixtures.scanner("philips", 3))
                .code(ParameterName.EllipticalScanning)).contains("on");
        assertThat(shown(translate("philips", 3, seq("t2", Technique.TSE_3D)
                .code(ParameterName.EllipticalScanning, "off").build()), "Elliptical k-space shutter")).isEqualTo("no");
    }

    @Test
    void philipsShowsSliceOversamplingAsUserDefinedWithItsOversampleFactor() {
        // spine_generic_philips_R53.pdf, GRE-MT and GRE-T1, Geometry: "Slice oversampling user defined", then
        // "oversample factor 1.15" (ExamCard EX_GEO_slice_oversampling USER_DEF, EX_GEO_slice_oversample_factor 1.15)
        VendorSequence philips = translate("philips", 3, seq("gre-t1", Technique.GRE_3D)
                .p(ParameterName.NumberOfSlices, 22, "count").p(ParameterName.SliceOversampling, 15, "%").build());
        assertThat(shown(philips, "Slice oversampling")).isEqualTo("user defined");
        assertThat(shown(philips, "oversample factor")).isEqualTo("1.15");
        assertThat(Fixtures.adapter("philips").backTranslate(philips, Fixtures.scanner("philips", 3))
                .get(ParameterName.SliceOversampling).orElseThrow()).isCloseTo(0.15, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void philipsCountsDynamicsAsDynScans() {
        // spine_generic_philips_R53.pdf, GRE-MT, Dyn/Ang: "Dynamic study individual", then "dyn scans 2"
        VendorSequence philips = translate("philips", 3, seq("rest", Technique.BOLD_EPI)
                .p(ParameterName.NumberOfVolumes, 2, "count").build());
        assertThat(shown(philips, "dyn scans")).isEqualTo("2");
    }

    @Test
    void philipsShowsTheMagnetizationTransferPulseAsMtcOffResonance() {
        // spine_generic_philips_R53.pdf, Contrast: GRE-MT "MTC off resonance", GRE-T1 "MTC no"
        VendorSequence on = translate("philips", 3, seq("mt1", Technique.GRE_3D).code(ParameterName.MagnetizationTransfer, "on").build());
        assertThat(shown(on, "MTC")).isEqualTo("off resonance");
        assertThat(Fixtures.adapter("philips").backTranslate(on, Fixtures.scanner("philips", 3))
                .code(ParameterName.MagnetizationTransfer)).contains("on");
        assertThat(shown(translate("philips", 3, seq("t1", Technique.GRE_3D).code(ParameterName.MagnetizationTransfer, "off")
                .build()), "MTC")).isEqualTo("no");
    }

    @Test
    void philipsSaysMtcOnDynAngWhenTheDynamicsOfASeriesDifferInTheMtPulse() {
        // spine_generic_philips_R53.pdf, GRE-MT: Contrast "MTC off resonance", Dyn/Ang "dyn scans 2", then "MTC yes"
        io.github.diapason.model.Sequence host = seq("mt1", Technique.GRE_3D).code(ParameterName.MagnetizationTransfer, "on")
                .p(ParameterName.NumberOfVolumes, 2, "count").build();
        io.github.diapason.model.Sequence mtOff = seq("mt0", Technique.GRE_3D).code(ParameterName.MagnetizationTransfer, "off").build()
                .withDynamicOf(new io.github.diapason.model.DynamicOf("mt1", 2));
        VendorSequence philips = Fixtures.adapter("philips").translate(host, List.of(mtOff), Fixtures.scanner("philips", 3),
                SourceLocation.NONE).value().orElseThrow();
        io.github.diapason.vendor.Card dyn = philips.cards().stream().filter(c -> c.name().equals("Dyn/Ang")).findFirst().orElseThrow();
        assertThat(dyn.parameters()).extracting(p -> p.label() + " " + p.value().display())
                .containsExactly("Dynamic study individual", "dyn scans 2", "MTC yes");
        io.github.diapason.model.Sequence sameMt = seq("mt0", Technique.GRE_3D).code(ParameterName.MagnetizationTransfer, "on").build();
        assertThat(Fixtures.adapter("philips").translate(host, List.of(sameMt), Fixtures.scanner("philips", 3), SourceLocation.NONE)
                .value().orElseThrow().cards().stream().filter(c -> c.name().equals("Dyn/Ang")).findFirst().orElseThrow().parameters())
                .extracting(p -> p.label()).doesNotContain("MTC");
    }

    @Test
    void philipsShowsNoSliceOversamplingOnATwoDScan() {
        assertThat(translate("philips", 3, seq("me", Technique.GRE_2D).p(ParameterName.NumberOfSlices, 15, "count")
                .p(ParameterName.SliceOversampling, 15, "%").build()).parameter("oversample factor")).isEmpty();
    }

    @Test
    void ellipticalScanningIsNoControlOnATwoDProgram() {
        // the printouts show the control on the 3D programs only (VE11C GRE-ME, a 2D scan, has none)
        assertThat(siemens("syngo MR E11", seq("me", Technique.GRE_2D).code(ParameterName.EllipticalScanning, "off"))
                .parameter("Elliptical scanning")).isEmpty();
    }

    @Test
    void geSaysItHasNoEllipticalScanningControlInsteadOfInventingOne() {
        VendorSequence ge = translate("ge", 3, seq("mt", Technique.GRE_3D).code(ParameterName.EllipticalScanning, "on").build());
        assertThat(ge.cards()).allSatisfy(card -> assertThat(card.parameters())
                .noneSatisfy(p -> assertThat(p.label().toLowerCase(java.util.Locale.ROOT)).contains("ellip")));
        assertThat(ge.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("VendorNotExpressed");
            assertThat(d.message()).contains("EllipticalScanning").contains("no elliptical-scanning control");
        });
    }

    @Test
    void fatSuppressionStrengthIsSiemensFatSatModeAndPhilipsSpirStrength() {
        // spine-generic printouts, DWI: VE11C "Fat sat. mode Strong", XA61 "Fat Saturation Weak", R5.3 "SPIR, strength strong"
        Fixtures.Seq dwi = seq("dwi", Technique.DIFFUSION_EPI).code(ParameterName.FatSuppression, "SPAIR")
                .code(ParameterName.FatSuppressionStrength, "strong");
        assertThat(shown(siemens("syngo MR E11", dwi), "Fat sat. mode")).isEqualTo("Strong");
        assertThat(shown(siemens("syngo MR XA61", seq("dwi", Technique.DIFFUSION_EPI)
                .code(ParameterName.FatSuppressionStrength, "weak")), "Fat Saturation")).isEqualTo("Weak");
        VendorSequence philips = translate("philips", 3, seq("dwi", Technique.DIFFUSION_EPI)
                .code(ParameterName.FatSuppression, "fat-saturation").code(ParameterName.FatSuppressionStrength, "strong").build());
        assertThat(shown(philips, "Fat suppression")).isEqualTo("SPIR");
        assertThat(shown(philips, "strength")).isEqualTo("strong");
        assertThat(Fixtures.adapter("philips").backTranslate(philips, Fixtures.scanner("philips", 3))
                .code(ParameterName.FatSuppressionStrength)).contains("strong");
    }

    @Test
    void siemensVeEpiSaysAccelModeAndSliceAccelWithSms() {
        // spine-generic VE11C printout, DWI_no-ZOOMit: Resolution - iPAT, "Accel. mode None" (issue 12: SMS EPIs)
        VendorSequence dwi = siemens("syngo MR E11", seq("dwi", Technique.DIFFUSION_EPI)
                .p(ParameterName.ParallelReductionFactorInPlane, 1, "count"));
        assertThat(shown(dwi, "Accel. mode")).isEqualTo("None");
        assertThat(dwi.parameter("PAT mode")).isEmpty();
        assertThat(shown(siemens("syngo MR E11", axialEpi("j-")), "Accel. mode")).isEqualTo("Slice accel.");
        assertThat(shown(siemens("syngo MR XA61", axialEpi("j-")), "Acceleration Mode")).isEqualTo("Slice accel.");
    }

    @Test
    void siemensTurboFactorSitsOnSequencePartTwoOnVeAndPartOneOnXa() {
        // spine-generic printouts, T2w: VE11C "Sequence - Part 2 / Turbo factor 100", XA61 "Sequence - Part 1 / Turbo Factor 100"
        Fixtures.Seq t2 = seq("t2", Technique.TSE_3D).p(ParameterName.EchoTrainLength, 100, "count");
        assertThat(siemens("syngo MR E11", t2).card("Sequence - Part 2").orElseThrow().parameters())
                .anyMatch(p -> p.label().equals("Turbo factor") && p.value().display().equals("100"));
        assertThat(siemens("syngo MR XA61", t2).card("Sequence - Part 1").orElseThrow().parameters())
                .anyMatch(p -> p.label().equals("Turbo Factor"));
    }

    @Test
    void siemensEpiShowsItsEchoSpacing() {
        // spine-generic printouts, DWI: VE11C "Echo spacing 0.94 ms", XA61 "Echo Spacing 1.85 ms"
        assertThat(shown(siemens("syngo MR E11", seq("dwi", Technique.DIFFUSION_EPI)
                .p(ParameterName.EchoSpacing, 0.94, "ms")), "Echo spacing")).isEqualTo("0.94");
        assertThat(shown(siemens("syngo MR XA61", seq("dwi", Technique.DIFFUSION_EPI)
                .p(ParameterName.EchoSpacing, 1.85, "ms")), "Echo Spacing")).isEqualTo("1.85");
    }

    @Test
    void geShowsNoFatSaturationLineWhenNoneIsProgrammedAndFatForChemicalSaturation() {
        // spine-generic MR750 printout: no line on T1w/T2w/GRE-MT; DWI "Fat/Water Saturation Fat"
        assertThat(translate("ge", 3, seq("t1", Technique.T1_3D_IR_GRE).code(ParameterName.FatSuppression, "none").build())
                .parameter("Fat/Water Saturation")).isEmpty();
        assertThat(shown(translate("ge", 3, seq("dwi", Technique.DIFFUSION_EPI)
                .code(ParameterName.FatSuppression, "fat-saturation").build()), "Fat/Water Saturation")).isEqualTo("Fat");
    }

    @Test
    void geEpiHasNoEchoTrainLengthOrReceiverBandwidth() {
        // spine-generic MR750 printout and protocol.tar, DWI: Number of Shots 1, no ETL, no Receiver Bandwidth
        VendorSequence s = translate("ge", 3, seq("dwi", Technique.DIFFUSION_EPI).p(ParameterName.EchoTrainLength, 36, "count")
                .p(ParameterName.AcquisitionMatrixRead, 96, "count").p(ParameterName.PixelBandwidth, 1270, "Hz/px").build());
        assertThat(s.parameter("Echo Train Length")).isEmpty();
        assertThat(s.parameter("Receiver Bandwidth")).isEmpty();
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
        assertThat(shown(s, "Slice Spacing")).isEqualTo("0.3"); // spine-generic MR750 printout, DWI and GRE-ME
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
