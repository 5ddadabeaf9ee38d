package io.github.diapason.vendor;

/**
 * Acquisition time in seconds and as the vendor's console displays it (vendors.md section 5). A cardiac-triggered
 * scan's time follows the heart rate: {@code heartRate} then gives it over the declared heart-rate range,
 * {@code seconds} is the longest (what a plan must budget) and {@code display} the range, e.g.
 * {@code 1:45–3:30 (50–100 bpm)}; {@code heartRate} is null for a scan that waits for no beat. A navigator that
 * re-acquires TRs during motion lengthens the scan by at most {@code reacquiredSeconds}: {@code seconds} includes
 * them, the display shows the range ({@code 4:54–5:30}).
 */
public record AcquisitionTime(double seconds, String display, HeartRateTime heartRate, double reacquiredSeconds) {

    public AcquisitionTime(double seconds, String display) {
        this(seconds, display, null, 0);
    }

    public AcquisitionTime(double seconds, String display, HeartRateTime heartRate) {
        this(seconds, display, heartRate, 0);
    }

    /**
     * The shortest time: over the heart-rate range, and without the TRs a navigator may acquire again
     * ({@code reacquiredSeconds} at most, included in {@code seconds}).
     */
    public double shortestSeconds() {
        return heartRate == null ? seconds - reacquiredSeconds : heartRate.shortest();
    }

    /** The time shows a range (a triggered scan, or a navigator that may re-acquire). */
    public boolean isRange() {
        return heartRate != null || reacquiredSeconds > 0;
    }

    /**
     * A triggered scan's time over a heart-rate range: {@code triggers} waits for a beat, each spanning
     * {@code beatsPerTrigger} beats, and never less than {@code minimumCycleSeconds} (a TR longer than the beats it
     * is given waits for the next beat).
     */
    public record HeartRateTime(double triggers, int beatsPerTrigger, double minimumCycleSeconds, double minBpm,
                                double maxBpm) {
        /** Seconds at a heart rate in beats per minute. */
        public double secondsAt(double bpm) {
            double beat = 60.0 / bpm;
            double cycle = beatsPerTrigger * beat;
            if (cycle < minimumCycleSeconds) {
                cycle = Math.ceil(minimumCycleSeconds / beat - 1e-9) * beat;
            }
            return triggers * cycle;
        }

        /** The shortest time over the heart-rate range. */
        public double shortest() {
            return candidates().min().orElse(0);
        }

        /**
         * The longest time over the heart-rate range: not always at the lowest rate, since a TR just longer than the
         * beats it is given waits for one beat more (XA61 DWI, TR 790 ms: 2 beats a trigger just above 76 bpm).
         */
        public double longest() {
            return candidates().max().orElse(0);
        }

        /** Times at the ends of the range and on both sides of each rate where the beats a trigger spans change. */
        private java.util.stream.DoubleStream candidates() {
            java.util.stream.DoubleStream.Builder at = java.util.stream.DoubleStream.builder();
            at.add(secondsAt(minBpm)).add(secondsAt(maxBpm));
            if (minimumCycleSeconds > 0) {
                for (int k = 1; 60.0 * k / minimumCycleSeconds <= maxBpm; k++) {
                    double bpm = 60.0 * k / minimumCycleSeconds;
                    for (double near : new double[] {bpm * (1 - 1e-6), bpm * (1 + 1e-6)}) {
                        if (near >= minBpm && near <= maxBpm) {
                            at.add(secondsAt(near));
                        }
                    }
                }
            }
            return at.build();
        }
    }
}
