package io.github.diapason.vendor;

import static io.github.diapason.vendor.Fixtures.seq;
import static io.github.diapason.vendor.Fixtures.shown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.diapason.model.CardiacTriggering;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.Quantity;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Technique;
import org.junit.jupiter.api.Test;

/**
 * Cardiac triggering on the three consoles' cards and its time, a range over the heart rate (issue 12), on the
 * spine-generic DWI: 15 slices, 35 volumes; VE11C TR 600 ms and XA61 TR 790 ms with Concatenations 5 and Trigger
 * pulse 1, MR750 "# of RR Intervals 5", Philips R5.3 "TR (beats) 4" in 2 packages.
 */
class CardiacTriggeringTest {

    private static Sequence dwi(double trMs, CardiacTriggering triggering) {
        return seq("dwi", Technique.DIFFUSION_EPI).p(ParameterName.RepetitionTime, trMs, "ms")
                .p(ParameterName.NumberOfVolumes, 35, "count").p(ParameterName.NumberOfSlices, 15, "count").build()
                .withCardiacTriggering(triggering);
    }

    private static CardiacTriggering pulse(int beats, int concatenations) {
        return new CardiacTriggering("pulse", null, beats, concatenations, null);
    }

    @Test
    void aTriggeredScanTakesItsTimeAsARangeOverTheDeclaredHeartRates() {
        // 35 volumes x 5 concatenations = 175 triggers of one beat: 1:45 at 100 bpm, 3:30 at 50 bpm
        AcquisitionTime t = Fixtures.translate("siemens", 3, dwi(600, pulse(1, 5))).acquisitionTime();
        assertThat(t.shortestSeconds()).isCloseTo(105, within(1e-6));
        assertThat(t.seconds()).isCloseTo(210, within(1e-6));
        assertThat(t.display()).isEqualTo("1:45–3:30 (50–100 bpm)");
    }

    @Test
    void theHeartRateRangeOfTheProtocolReplacesTheDefault() {
        CardiacTriggering t = new CardiacTriggering("ecg", null, 1, 5, new CardiacTriggering.HeartRateRange(60.0, 75.0));
        AcquisitionTime time = Fixtures.translate("siemens", 3, dwi(600, t)).acquisitionTime();
        assertThat(time.display()).isEqualTo("2:20–2:55 (60–75 bpm)");
    }

    @Test
    void aTrLongerThanItsBeatsWaitsForTheNextBeat() {
        // XA61 TR 790 ms: one beat a trigger up to 75.9 bpm (2:18 at 75.9 bpm), two beats just above (4:36)
        AcquisitionTime t = Fixtures.translate("siemens", 3, dwi(790, pulse(1, 5))).acquisitionTime();
        assertThat(t.shortestSeconds()).isCloseTo(175 * 0.79, within(0.01));
        assertThat(t.seconds()).isCloseTo(175 * 2 * 0.79, within(0.01));
        assertThat(t.heartRate().secondsAt(67.3)).isCloseTo(175 * 60 / 67.3, within(1e-6)); // XA61's TA 2:36 is 0.89 s a trigger
    }

    @Test
    void anUntriggeredScanHasOneTime() {
        AcquisitionTime t = Fixtures.translate("siemens", 3, dwi(600, new CardiacTriggering("none", null, null, null, null)))
                .acquisitionTime();
        assertThat(t.heartRate()).isNull();
        assertThat(t.seconds()).isCloseTo(21, within(1e-6));
    }

    @Test
    void siemensShowsConcatenationsAndThePhysioCard() {
        VendorSequence s = Fixtures.translate("siemens", 3, dwi(600, new CardiacTriggering("pulse",
                new Quantity(0, "ms"), 1, 5, null)));
        assertThat(shown(s, "Concatenations")).isEqualTo("5");
        assertThat(shown(s, "1st Signal/Mode")).isEqualTo("Pulse/Trigger");
        assertThat(shown(s, "Trigger pulse")).isEqualTo("1");
        assertThat(shown(s, "Trigger delay")).isEqualTo("0");
        assertThat(shown(s, "TR")).isEqualTo("600.0");
    }

    @Test
    void philipsShowsTheTrInBeatsAndItsTimeFollowsTheBeatsOnly() {
        // spine_generic_philips_R53.pdf, DWI: "TR (beats) 4", "Minimum number of packages 2", "Cardiac synchronization
        // trigger", "device PPU", "trigger delay shortest"; Act. TR 3429 ms is 4 beats at the entered 70 bpm
        VendorSequence s = Fixtures.translate("philips", 3, dwi(3429, pulse(4, 2)));
        assertThat(s.parameter("TR").orElseThrow().value().display()).isEqualTo("4");
        assertThat(s.parameter("TR").orElseThrow().unit()).isEqualTo("beats");
        assertThat(s.parameter("(ms)")).isEmpty();
        assertThat(shown(s, "Minimum number of packages")).isEqualTo("2");
        assertThat(shown(s, "Cardiac synchronization")).isEqualTo("trigger");
        assertThat(shown(s, "device")).isEqualTo("PPU");
        assertThat(shown(s, "trigger delay")).isEqualTo("shortest");
        AcquisitionTime t = s.acquisitionTime();
        assertThat(t.shortestSeconds()).isCloseTo(35 * 2 * 4 * 0.6, within(1e-6));
        assertThat(t.seconds()).isCloseTo(35 * 2 * 4 * 1.2, within(1e-6));
        assertThat(t.heartRate().secondsAt(70)).isCloseTo(35 * 2 * 3.4286, within(0.01));
    }

    @Test
    void geShowsTheRrIntervalsAndGatInsteadOfATr() {
        // spine-generic MR750 DWI: "# of RR Intervals 5", Imaging Options "Gat, EDR, EPI, DIFF", no TR
        VendorSequence s = Fixtures.translate("ge", 3, dwi(600, pulse(5, 1)));
        assertThat(shown(s, "# of RR Intervals")).isEqualTo("5");
        assertThat(shown(s, "Imaging Options")).contains("Gat").contains("EPI").contains("DIFF");
        assertThat(s.parameter("TR")).isEmpty();
        assertThat(s.acquisitionTime().display()).isEqualTo("1:45–3:30 (50–100 bpm)");
    }
}
