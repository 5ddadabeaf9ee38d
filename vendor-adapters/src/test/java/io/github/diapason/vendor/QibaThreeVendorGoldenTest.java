package io.github.diapason.vendor;

import static io.github.diapason.vendor.Fixtures.seq;
import static io.github.diapason.vendor.Fixtures.shown;
import static io.github.diapason.vendor.Fixtures.translate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.diapason.model.ParameterName;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Technique;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * QIBA T1 variable flip angle on three vendors, vendors.md section 7: 256 x 192, FOV 250 mm,
 * flips 2/5/10/20/25/30, 4 averages; per-vendor TR, TE and bandwidth (the per-vendor overrides a
 * protocol would carry are applied here by hand, as the resolver would).
 */
class QibaThreeVendorGoldenTest {

    static Sequence vfa(double flip, double tr, double te, double bandwidth) {
        return seq("t1-vfa-" + (int) flip, Technique.GRE_3D)
                .p(ParameterName.FieldOfViewRead, 250, "mm")
                .p(ParameterName.AcquisitionMatrixRead, 256, "count")
                .p(ParameterName.AcquisitionMatrixPhase, 192, "count")
                .p(ParameterName.NumberOfAverages, 4, "count")
                .p(ParameterName.FlipAngle, flip, "deg")
                .p(ParameterName.RepetitionTime, tr, "ms")
                .p(ParameterName.EchoTime, te, "ms")
                .p(ParameterName.PixelBandwidth, bandwidth, "Hz/px")
                .build();
    }

    @ParameterizedTest
    @ValueSource(doubles = {2, 5, 10, 20, 25, 30})
    void everyVendorSetsEachFlipAngleExactly(double flip) {
        assertThat(shown(translate("ge", 3, vfa(flip, 6.0, 1.4, 488)), "Flip Angle")).isEqualTo(String.valueOf((int) flip));
        assertThat(shown(translate("philips", 3, vfa(flip, 6.6, 1.8, 904)), "Flip angle")).isEqualTo(String.valueOf((int) flip));
        assertThat(shown(translate("siemens", 3, vfa(flip, 6.6, 2.44, 280)), "Flip angle")).isEqualTo(String.valueOf((int) flip));
    }

    @Test
    void geShowsPlusMinus62Point5KilohertzFor488HzPerPixel() {
        VendorSequence s = translate("ge", 3, vfa(10, 6.0, 1.4, 488));
        assertThat(shown(s, "Receiver Bandwidth")).isEqualTo("62.50");
        assertThat(s.parameter("Receiver Bandwidth").orElseThrow().unit()).isEqualTo("kHz");
        assertThat(List.of(shown(s, "TR"), shown(s, "TE"), shown(s, "FOV"), shown(s, "Freq"), shown(s, "Phase"),
                shown(s, "NEX"))).containsExactly("6.0", "1.4", "25.0", "256", "192", "4.00");
        assertThat(s.parameter("FOV").orElseThrow().unit()).isEqualTo("cm");
    }

    @Test
    void geDicomCarries488Point3HzPerPixel() {
        VendorSequence s = translate("ge", 3, vfa(10, 6.0, 1.4, 488));
        double bw = Fixtures.adapter("ge").neutralValues(s, Fixtures.scanner("ge", 3)).get(ParameterName.PixelBandwidth);
        assertThat(bw).isCloseTo(488.3, within(0.05));
    }

    @Test
    void philipsShowsTrTeAndTheBandwidthWithinTheWaterFatShiftStep() {
        VendorSequence s = translate("philips", 3, vfa(10, 6.6, 1.8, 904));
        // TR and TE are typed in "(ms)" fields after choosing "user defined" (spine-generic R5.3 printout, T2w)
        assertThat(List.of(shown(s, "TR"), concept(s, "tr"), shown(s, "TE"), concept(s, "te"), shown(s, "NSA"),
                shown(s, "ACQ matrix M x P"))).containsExactly("user defined", "6.6", "user defined", "1.80", "4", "256 x 192");
        // one WFS step (0.001 px) at ~0.48 px is 0.2 % of the bandwidth: 904 is reproduced to 1 Hz
        double bw = Fixtures.adapter("philips").neutralValues(s, Fixtures.scanner("philips", 3)).get(ParameterName.PixelBandwidth);
        assertThat(bw).isCloseTo(904, within(1.0));
    }

    @Test
    void siemensShowsSeventyFivePercentPhaseResolutionAnd280HzPerPixel() {
        VendorSequence s = translate("siemens", 3, vfa(10, 6.6, 2.44, 280));
        assertThat(List.of(shown(s, "TR"), shown(s, "TE"), shown(s, "Bandwidth"), shown(s, "Base resolution"),
                shown(s, "Phase resolution"), shown(s, "FoV read"), shown(s, "Averages")))
                .containsExactly("6.6", "2.44", "280", "256", "75", "250", "4");
    }

    private static String concept(VendorSequence s, String concept) {
        return s.concept(concept).orElseThrow().value().display();
    }
}
