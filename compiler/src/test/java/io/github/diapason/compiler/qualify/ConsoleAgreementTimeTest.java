package io.github.diapason.compiler.qualify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.vendor.AcquisitionTime;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Acquisition times compared the console's way (issue 12): 3 %, and cardiac-triggered ranges. */
class ConsoleAgreementTimeTest {

    /** spine-generic VE11C DWI: 175 triggers of one beat, TR 600 ms, over 50–100 bpm (1:45–3:30). */
    private static final AcquisitionTime TRIGGERED = new AcquisitionTime(210, "1:45–3:30 (50–100 bpm)",
            new AcquisitionTime.HeartRateTime(175, 1, 0.6, 50, 100));

    @Test
    void anUntriggeredTimeAgreesWithinThreePercent() {
        AcquisitionTime card = new AcquisitionTime(243, "4:03");
        assertThat(ConsoleAgreement.timeAgrees(card, 242, OptionalDouble.empty())).isTrue();
        assertThat(ConsoleAgreement.timeAgrees(card, 250.6, OptionalDouble.empty())).isFalse();
    }

    @Test
    void aTriggeredRangeAgreesWithAConsoleTimeInsideIt() {
        // VE11C printout TA 2:05: the console's heart rate, not printed, was about 84 bpm
        assertThat(ConsoleAgreement.timeAgrees(TRIGGERED, 125, OptionalDouble.empty())).isTrue();
        assertThat(ConsoleAgreement.timeAgrees(TRIGGERED, 95, OptionalDouble.empty())).isFalse();
        assertThat(ConsoleAgreement.timeAgrees(TRIGGERED, 220, OptionalDouble.empty())).isFalse();
    }

    @Test
    void aHeartRateTheExportAssumedIsComparedAtThatRate() {
        // 175 beats at 70 bpm are 150 s: 2:05 is inside the range but 17 % off at the rate the export states
        assertThat(ConsoleAgreement.timeAgrees(TRIGGERED, 125, OptionalDouble.of(70))).isFalse();
        assertThat(ConsoleAgreement.timeAgrees(TRIGGERED, 150, OptionalDouble.of(70))).isTrue();
    }

    @Test
    void aNavigatorRangeAgreesWithTheConsoleTimeWithoutReacquisition() {
        // MPRAGE 4:54 and up to 24 TRs of 2 s re-acquired: the console's TA counts none of them
        AcquisitionTime card = new AcquisitionTime(342, "4:54–5:42", null, 48);
        assertThat(ConsoleAgreement.timeAgrees(card, 294, OptionalDouble.empty())).isTrue();
        assertThat(ConsoleAgreement.timeAgrees(card, 270, OptionalDouble.empty())).isFalse();
    }

    @Test
    void theAssumedHeartRateIsReadFromThePhilipsInfoPageLine() {
        var program = new io.github.diapason.conformity.export.ConsoleProgram("DWI", "", java.util.List.of(
                new io.github.diapason.conformity.export.ConsoleValue("k", "Entered heartrate", "70 (< 78)", "", null)),
                java.util.List.of(), null);
        assertThat(ConsoleAgreement.assumedHeartRate(program)).hasValue(70);
        var siemens = new io.github.diapason.conformity.export.ConsoleProgram("DWI", "", java.util.List.of(
                new io.github.diapason.conformity.export.ConsoleValue("k", "Average cycle", "890 ± 68", "ms", null)),
                java.util.List.of(), null);
        assertThat(ConsoleAgreement.assumedHeartRate(siemens)).isEmpty();
    }
}
