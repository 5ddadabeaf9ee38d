package io.github.diapason.vendor;

import static io.github.diapason.vendor.Fixtures.seq;
import static io.github.diapason.vendor.Fixtures.translate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.diapason.diagnostic.Severity;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.Technique;
import io.github.diapason.model.Tolerance;
import org.junit.jupiter.api.Test;

/** GE offers discrete receiver bandwidths (vendors.md section 2): 300 Hz/px at 256 asks ±38.4 kHz. */
class ApproximationTest {

    private static Fixtures.Seq geBandwidth(Tolerance tolerance) {
        return seq("t1", Technique.GRE_3D)
                .p(ParameterName.FieldOfViewRead, 256, "mm")
                .p(ParameterName.AcquisitionMatrixRead, 256, "count")
                .p(ParameterName.PixelBandwidth, 300, "Hz/px", tolerance);
    }

    @Test
    void choosesTheNearestGeBandwidthAndReportsTheDeviation() {
        VendorSequence s = translate("ge", 3, geBandwidth(new Tolerance(null, 10.0)).build());
        assertThat(Fixtures.shown(s, "Receiver Bandwidth")).isEqualTo("35.71");
        Approximation a = s.approximations().stream().filter(x -> x.parameter() == ParameterName.PixelBandwidth)
                .findFirst().orElseThrow();
        assertThat(a.achieved()).isCloseTo(2000 * 35.71 / 256, within(1e-9));
        assertThat(a.deviation()).isCloseTo(a.achieved() - 300, within(1e-9));
        assertThat(a.allowedDeviation()).isCloseTo(30, within(1e-9));
        assertThat(a.withinTolerance()).isTrue();
        assertThat(s.diagnostics()).isEmpty();
    }

    @Test
    void beyondToleranceIsAnErrorForAMandatorySequence() {
        VendorSequence s = translate("ge", 3, geBandwidth(new Tolerance(null, 1.0)).build());
        assertThat(s.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.code()).isEqualTo("VendorApproximationBeyondTolerance");
            assertThat(d.location().path()).endsWith("/parameters/PixelBandwidth");
        });
    }

    @Test
    void beyondToleranceIsAWarningForAnOptionalSequence() {
        VendorSequence s = translate("ge", 3, geBandwidth(new Tolerance(null, 1.0)).optional().build());
        assertThat(s.diagnostics()).singleElement().extracting(d -> d.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void absoluteToleranceIsReadInTheParametersUnit() {
        VendorSequence s = translate("siemens", 3, seq("t", Technique.TSE_2D)
                .p(ParameterName.RepetitionTime, 3.00004, "s", new Tolerance(0.001, null)).build());
        Approximation a = s.approximations().get(0);
        assertThat(a.allowedDeviation()).isCloseTo(1.0, within(1e-9));
        assertThat(a.unit()).isEqualTo("ms");
        assertThat(a.withinTolerance()).isTrue();
    }

    @Test
    void parameterTheConsoleCannotSetIsANote() {
        VendorSequence s = translate("ge", 3, seq("t1", Technique.T1_3D_IR_GRE)
                .p(ParameterName.ParallelReductionFactorInPlane, 2, "count")
                .p(ParameterName.ParallelReferenceLines, 32, "count").build());
        assertThat(s.diagnostics()).extracting(d -> d.severity()).containsOnly(Severity.NOTE);
        assertThat(s.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("ParallelReferenceLines"));
    }
}
