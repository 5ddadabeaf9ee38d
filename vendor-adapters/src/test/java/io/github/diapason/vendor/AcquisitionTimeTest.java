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
