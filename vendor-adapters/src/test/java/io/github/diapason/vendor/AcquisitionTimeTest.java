package io.github.diapason.vendor;

import static io.github.diapason.vendor.Fixtures.seq;
import static io.github.diapason.vendor.Fixtures.site;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.model.Exam;
import io.github.diapason.model.FunctionalRun;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.Quantity;
import io.github.diapason.model.Technique;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcquisitionTimeTest {

    @Test
    void siemensTruncatesToTheSecond() {
        assertThat(TimeFormat.MINUTES_SECONDS_TRUNCATED.format(312.8)).isEqualTo("5:12");
    }

    @Test
    void philipsShowsTenthsOfASecond() {
        assertThat(TimeFormat.MINUTES_SECONDS_TENTHS.format(312.8)).isEqualTo("05:12.8");
    }

    @Test
    void epiTimeIsTrTimesVolumesIncludingDummies() {
        VendorSequence s = Fixtures.translate("siemens", 3, seq("rest", Technique.BOLD_EPI)
                .p(ParameterName.RepetitionTime, 2000, "ms").functional(new FunctionalRun("rest", 300, 4)).build());
        assertThat(s.acquisitionTime().seconds()).isEqualTo(608.0);
    }

    @Test
    void turboSpinEchoTimeDividesPhaseLinesByTheTurboFactor() {
        VendorSequence s = Fixtures.translate("siemens", 3, seq("t2", Technique.TSE_2D)
                .p(ParameterName.RepetitionTime, 6000, "ms").p(ParameterName.FieldOfViewRead, 220, "mm")
                .p(ParameterName.AcquisitionMatrixRead, 320, "count").p(ParameterName.AcquisitionMatrixPhase, 256, "count")
                .p(ParameterName.EchoTrainLength, 16, "count").p(ParameterName.NumberOfAverages, 2, "count").build());
        assertThat(s.acquisitionTime().seconds()).isEqualTo(6.0 * 16 * 2);
    }

    @Test
    void sliceOversamplingAddsWholePartitions() {
        // spine-generic VE11C printout, GRE-MT1: 22 partitions at Slice oversampling 18.2 % (4/22) are 26; 256 phase
        // lines at GRAPPA 2 with 32 reference lines are 144; TR 35 ms: TA 2:12 on the console, 131 s here
        VendorSequence s = Fixtures.translate("siemens", 3, seq("mt", Technique.GRE_3D)
                .p(ParameterName.RepetitionTime, 35, "ms").p(ParameterName.FieldOfViewRead, 230, "mm")
                .p(ParameterName.AcquisitionMatrixRead, 256, "count").p(ParameterName.AcquisitionMatrixPhase, 256, "count")
                .p(ParameterName.ParallelReductionFactorInPlane, 2, "count").p(ParameterName.ParallelReferenceLines, 32, "count")
                .p(ParameterName.NumberOfSlices, 22, "count").p(ParameterName.SliceOversampling, 18.2, "%").build());
        assertThat(s.acquisitionTime().seconds()).isCloseTo(0.035 * 144 * 26, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void ellipticalScanningAcquiresTheEllipseInscribedInThePhaseByPartitionGrid() {
        // 122 SENSE lines (255 / 2.1) x 22 partitions at TR 15 ms: 40.3 s on the full grid; the ellipse keeps
        // ceil(pi/4 x 2684) = 2108 (spine-generic R5.3 printout, GRE-T1, shutter 'default': 34.3 s, 2287 profiles)
        Fixtures.Seq gre = seq("gre-t1", Technique.GRE_3D)
                .p(ParameterName.RepetitionTime, 15, "ms").p(ParameterName.FieldOfViewRead, 230, "mm")
                .p(ParameterName.AcquisitionMatrixRead, 256, "count").p(ParameterName.AcquisitionMatrixPhase, 255, "count")
                .p(ParameterName.ParallelReductionFactorInPlane, 2.1, "count").p(ParameterName.NumberOfSlices, 22, "count");
        double full = Fixtures.translate("philips", 3, gre.code(ParameterName.EllipticalScanning, "off").build())
                .acquisitionTime().seconds();
        double elliptical = Fixtures.translate("philips", 3, gre.code(ParameterName.EllipticalScanning, "on").build())
                .acquisitionTime().seconds();
        assertThat(full).isCloseTo(0.015 * 122 * 22, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(elliptical).isCloseTo(0.015 * Math.ceil(Math.PI / 4 * 122 * 22), org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void philipsSliceOversamplingAddsTheSameWholeNumberOfPartitionsOnEachSide() {
        // spine_generic_philips_R53.pdf, GRE-T1: 22 slices at 'oversample factor 1.15' (3.3 partitions, one whole a
        // side: 24), 122 SENSE lines (255 / 2.1), elliptical shutter, TR 15 ms: ceil(pi/4 x 122 x 24) = 2300 profiles,
        // 34.5 s, where the console prints 00:34.3 (2287 profiles); 25 partitions would be 35.9 s, 26 37.4 s
        VendorSequence s = Fixtures.translate("philips", 3, seq("gre-t1", Technique.GRE_3D)
                .p(ParameterName.RepetitionTime, 15, "ms").p(ParameterName.FieldOfViewRead, 230, "mm")
                .p(ParameterName.AcquisitionMatrixRead, 256, "count").p(ParameterName.AcquisitionMatrixPhase, 255, "count")
                .p(ParameterName.ParallelReductionFactorInPlane, 2.1, "count").p(ParameterName.NumberOfSlices, 22, "count")
                .p(ParameterName.SliceOversampling, 15, "%").code(ParameterName.EllipticalScanning, "on").build());
        assertThat(s.acquisitionTime().seconds()).isCloseTo(0.015 * Math.ceil(Math.PI / 4 * 122 * 24),
                org.assertj.core.api.Assertions.within(1e-6));
        assertThat(s.acquisitionTime().display()).isEqualTo("00:34.5");
    }

    @Test
    void philipsSliceOversamplingBelowOneWholePartitionASideAddsNone() {
        // 22 slices at 1.05: 1.1 partitions, less than one a side, so the slab stays 22 partitions (full grid, no shutter)
        VendorSequence s = Fixtures.translate("philips", 3, seq("gre", Technique.GRE_3D)
                .p(ParameterName.RepetitionTime, 10, "ms").p(ParameterName.FieldOfViewRead, 230, "mm")
                .p(ParameterName.AcquisitionMatrixRead, 256, "count").p(ParameterName.AcquisitionMatrixPhase, 100, "count")
                .p(ParameterName.NumberOfSlices, 22, "count").p(ParameterName.SliceOversampling, 5, "%").build());
        assertThat(s.acquisitionTime().seconds()).isCloseTo(0.010 * 100 * 22, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void ellipticalScanningLeavesAnEchoTrainThreeDScanAsLongAsTheFullGrid() {
        // spine-generic R5.3 printout, T2w VISTA with shutter 'default': 89 shots of TSE factor 92, the full grid's count
        Fixtures.Seq tse = seq("t2", Technique.TSE_3D).p(ParameterName.RepetitionTime, 3500, "ms")
                .p(ParameterName.FieldOfViewRead, 240, "mm").p(ParameterName.AcquisitionMatrixRead, 320, "count")
                .p(ParameterName.AcquisitionMatrixPhase, 294, "count").p(ParameterName.EchoTrainLength, 92, "count")
                .p(ParameterName.NumberOfSlices, 63, "count");
        assertThat(Fixtures.translate("philips", 3, tse.code(ParameterName.EllipticalScanning, "on").build()).acquisitionTime())
                .isEqualTo(Fixtures.translate("philips", 3, tse.code(ParameterName.EllipticalScanning, "off").build())
                        .acquisitionTime());
    }

    @Test
    void aslTimeCountsALabelAndAControlVolumePerAverageAndTheM0() {
        VendorSequence s = Fixtures.translate("siemens", 3, seq("asl", Technique.ASL)
                .p(ParameterName.RepetitionTime, 4500, "ms").p(ParameterName.NumberOfAverages, 8, "count").build());
        assertThat(s.acquisitionTime().seconds()).isEqualTo(4.5 * (2 * 8 + 1));
    }

    @Test
    void localiserAcquiresItsSlicesOneAfterTheOther() {
        VendorSequence s = Fixtures.translate("siemens", 3, seq("loc", Technique.LOCALISER)
                .p(ParameterName.RepetitionTime, 8.6, "ms").p(ParameterName.FieldOfViewRead, 250, "mm")
                .p(ParameterName.AcquisitionMatrixRead, 160, "count").p(ParameterName.AcquisitionMatrixPhase, 160, "count")
                .p(ParameterName.NumberOfSlices, 9, "count").build());
        assertThat(s.acquisitionTime().seconds()).isCloseTo(0.0086 * 160 * 9, org.assertj.core.api.Assertions.within(0.05));
    }

    @Test
    void examLongerThanItsMaximumIsAWarning() {
        Exam exam = new Exam(new Quantity(5, "min"), null, null, null, null, null, List.of(
                seq("rest", Technique.BOLD_EPI).p(ParameterName.RepetitionTime, 2000, "ms")
                        .functional(new FunctionalRun("rest", 300, 0)).build()));
        SiteParameterSet set = new SiteTranslator(Fixtures.ADAPTERS)
                .translate(exam, site(List.of(), 32), Fixtures.scanner("siemens", 3), "sites/a.json").value().orElseThrow();
        assertThat(set.examTime().display()).isEqualTo("10:00");
        assertThat(set.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("ExamTooLong");
            assertThat(d.message()).contains("10:00").contains("5 min");
        });
    }
}
