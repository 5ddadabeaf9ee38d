package io.github.diapason.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/**
 * Cardiac triggering (gating) of a sequence: each repetition waits for a heart beat, so the scan time follows the
 * heart rate. {@code mode}: {@code none}, {@code pulse} (peripheral pulse unit: Siemens "1st Signal/Mode
 * Pulse/Trigger", Philips device "PPU") or {@code ecg}; {@code triggerDelay} after the detected beat (absent: the
 * console's shortest); {@code beatsPerRepetition}: the TR in beats (Philips "TR (beats)", GE "# of RR Intervals",
 * Siemens "Trigger pulse"); {@code concatenations}: the passes the slices are split into, each over its own
 * triggers (Siemens "Concatenations", Philips "packages"); {@code heartRate}: the heart rates the times are given
 * for (absent: 50–100 bpm). The scan time is a range over that heart rate, never one guess.
 */
public record CardiacTriggering(String mode, Quantity triggerDelay, Integer beatsPerRepetition, Integer concatenations,
                                HeartRateRange heartRate) {

    /** Resting adult heart rates the times are given for when the protocol declares none (bpm). */
    public static final HeartRateRange DEFAULT_HEART_RATE = new HeartRateRange(50.0, 100.0);

    @JsonCreator
    public CardiacTriggering {
        mode = mode == null ? "none" : mode.toLowerCase(Locale.ROOT);
        beatsPerRepetition = beatsPerRepetition == null ? Integer.valueOf(1) : beatsPerRepetition;
        concatenations = concatenations == null ? Integer.valueOf(1) : concatenations;
        heartRate = heartRate == null ? DEFAULT_HEART_RATE : heartRate;
    }

    /** A repetition waits for a heart beat. */
    public boolean triggered() {
        return !"none".equals(mode);
    }

    /** Heart rates in beats per minute, lowest first. */
    public record HeartRateRange(Double min, Double max) {
        @JsonCreator
        public HeartRateRange {
            min = min == null ? DEFAULT_HEART_RATE_MIN : min;
            max = max == null ? DEFAULT_HEART_RATE_MAX : max;
        }

        private static final double DEFAULT_HEART_RATE_MIN = 50;
        private static final double DEFAULT_HEART_RATE_MAX = 100;
    }
}
