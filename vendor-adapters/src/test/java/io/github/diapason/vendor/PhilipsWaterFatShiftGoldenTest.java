package io.github.diapason.vendor;

import static io.github.diapason.vendor.Fixtures.seq;
import static io.github.diapason.vendor.Fixtures.shown;
import static io.github.diapason.vendor.Fixtures.translate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.diapason.model.ParameterName;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Technique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real 3 T ExamCard pairs of vendors.md section 2 (WFS px x BW Hz). The published BW is
 * itself rounded to 0.1 Hz, which moves the WFS by up to WFS x 0.05 / BW; the adapter's WFS
 * must match within that plus half the last published digit.
 */
class PhilipsWaterFatShiftGoldenTest {

    static Sequence tse(double bandwidth) {
        return seq("t2", Technique.TSE_2D).p(ParameterName.PixelBandwidth, bandwidth, "Hz/px").build();
    }

    @ParameterizedTest(name = "{0} px x {1} Hz")
    @CsvSource({"2.307, 188.3, 0.001", "1.806, 240.5, 0.001", "3.325, 130.6, 0.001", "0.559, 776.8, 0.001",
            "6.306, 68.9, 0.001", "11.0, 39.5, 0.1", "11.988, 36.2, 0.001"})
    void reproducesThePublishedWaterFatShiftAt3T(double wfs, double bw, double lastDigit) {
        VendorSequence s = translate("philips", 3, tse(bw));
        double shown = Double.parseDouble(shown(s, "(pixels)"));
        assertThat(shown).isCloseTo(wfs, within(wfs * 0.05 / bw + lastDigit / 2 + 1e-9));
        // typed under "Water-fat shift: user defined", in the "(pixels)" field (spine-generic R5.3 GRE-ME)
        assertThat(shown(s, "Water-fat shift")).isEqualTo("user defined");
    }

    @ParameterizedTest(name = "{1} Hz")
    @CsvSource({"2.307, 188.3", "1.806, 240.5", "3.325, 130.6", "0.559, 776.8", "6.306, 68.9", "11.0, 39.5",
            "11.988, 36.2"})
    void readsTheInfoPageBandwidthBackFromTheShiftToATenthOfAHertz(double wfs, double bw) {
        // the bandwidth is the info page's result, not a card setting (spine-generic R5.3 printout: Act. WFS (pix) / BW)
        VendorSequence s = translate("philips", 3, tse(bw));
        assertThat(s.parameter("BW")).isEmpty();
        assertThat(Fixtures.adapter("philips").neutralValues(s, Fixtures.scanner("philips", 3)).get(ParameterName.PixelBandwidth))
                .isCloseTo(bw, within(0.1 + 1e-9));
    }

    @Test
    void halvesTheShiftAtOnePointFiveTesla() {
        double at3 = Double.parseDouble(shown(translate("philips", 3, tse(240.5)), "(pixels)"));
        double at15 = Double.parseDouble(shown(translate("philips", 1.5, tse(240.5)), "(pixels)"));
        assertThat(at15).isCloseTo(at3 / 2, within(0.001));
    }
}
