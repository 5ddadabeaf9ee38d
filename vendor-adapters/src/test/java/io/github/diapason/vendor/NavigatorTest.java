package io.github.diapason.vendor;

import static io.github.diapason.vendor.Fixtures.seq;
import static io.github.diapason.vendor.Fixtures.shown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.diapason.model.Navigator;
import io.github.diapason.model.Orientation;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Technique;
import org.junit.jupiter.api.Test;

/**
 * Navigators for prospective motion correction (issue 12): Siemens vNav, GE PROMO, none on Philips; the time of a
 * navigator that re-acquires is a range up to its bound. UK Biobank's MPRAGE (vendors.md section 7): 147 inversion
 * cycles of 2 s, TA 4:54.
 */
class NavigatorTest {

    private static Sequence mprage(Navigator navigator) {
        return seq("t1", Technique.T1_3D_IR_GRE).orientation(Orientation.SAGITTAL)
                .p(ParameterName.FieldOfViewRead, 256, "mm").p(ParameterName.AcquisitionMatrixRead, 256, "count")
                .p(ParameterName.AcquisitionMatrixPhase, 256, "count").p(ParameterName.NumberOfSlices, 208, "count")
                .p(ParameterName.SliceThickness, 1, "mm").p(ParameterName.ParallelReductionFactorInPlane, 2, "count")
                .p(ParameterName.ParallelReferenceLines, 38, "count").p(ParameterName.InversionTime, 880, "ms")
                .p(ParameterName.RepetitionTime, 2000, "ms").build().withNavigator(navigator);
    }

    @Test
    void reacquiredTrsLengthenTheTimeUpToTheirBound() {
        // 147 cycles of 2 s: 4:54 without motion, 24 TRs more at most: 5:42
        AcquisitionTime t = Fixtures.translate("siemens", 3, mprage(new Navigator("prospective-reacquire", 24, null)))
                .acquisitionTime();
        assertThat(t.shortestSeconds()).isCloseTo(294, within(1e-6));
        assertThat(t.seconds()).isCloseTo(294 + 48, within(1e-6));
        assertThat(t.display()).isEqualTo("4:54–5:42");
    }

    @Test
    void aPercentBoundIsAShareOfTheScan() {
        AcquisitionTime t = Fixtures.translate("siemens", 3, mprage(new Navigator("prospective-reacquire", null, 10.0)))
                .acquisitionTime();
        assertThat(t.reacquiredSeconds()).isCloseTo(29.4, within(1e-6));
    }

    @Test
    void trackingAloneKeepsOneTime() {
        AcquisitionTime t = Fixtures.translate("siemens", 3, mprage(new Navigator("prospective", null, null)))
                .acquisitionTime();
        assertThat(t.isRange()).isFalse();
        assertThat(t.display()).isEqualTo("4:54");
    }

    @Test
    void siemensAndGeShowTheirNavigatorOnTheCard() {
        VendorSequence siemens = Fixtures.translate("siemens", 3, mprage(new Navigator("prospective-reacquire", 24, null)));
        assertThat(shown(siemens, "Motion Correction")).isEqualTo("vNav: prospective + reacquire [U]");
        assertThat(shown(siemens, "Reacquisition TRs [U]")).isEqualTo("24");
        VendorSequence ge = Fixtures.translate("ge", 3, mprage(new Navigator("prospective-reacquire", 24, null)));
        assertThat(shown(ge, "PROMO [U]")).isEqualTo("On");
        assertThat(ge.acquisitionTime().isRange()).isTrue();
    }

    @Test
    void philipsHasNoNavigatorSoNoteAndNoReacquisition() {
        VendorSequence s = Fixtures.translate("philips", 3, mprage(new Navigator("prospective-reacquire", 24, null)));
        assertThat(s.acquisitionTime().isRange()).isFalse();
        assertThat(s.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("Philips has no product navigator"));
    }
}
