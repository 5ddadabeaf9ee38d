package io.github.diapason.vendor;

import io.github.diapason.model.FunctionalRun;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Technique;

/**
 * Acquisition time from achieved neutral values, by the formulas of vendors.md section 5.
 * Vendor preparation scans run longer [U]; the estimate does not include them. A cardiac-triggered scan's time is
 * given over a heart-rate range ({@link #triggered}), a navigator's re-acquisition as a range up to its bound
 * ({@link #reacquired}).
 */
final class AcquisitionTimes {
    private AcquisitionTimes() {
    }

    /** Seconds. */
    public static double seconds(Sequence sequence, NeutralValues v) {
        Technique t = sequence.technique();
        double tr = v.getOr(ParameterName.RepetitionTime, 0) / 1000.0;
        double averages = v.getOr(ParameterName.NumberOfAverages, 1);
        if (Techniques.isVolumeSeries(t)) {
            return tr * volumes(sequence, v);
        }
        double lines = phaseLines(v);
        // partitions of a 3D slab: slice oversampling and slice partial Fourier, then the slice acceleration
        // (SPACE 64 slices, 12.5 %, 6/8: 54 partitions; spine-generic VE11C printout, T2w). Slice oversampling adds
        // whole partitions, which the console prints as a rounded percentage: 22 partitions at 18.2 % are 26, not 27
        // (spine-generic VE11C printout, GRE-MT1: TA 2:12 = 144 phase lines x 26 x TR 35 ms)
        double partitions = Math.ceil(Math.round(v.getOr(ParameterName.NumberOfSlices, 1)
                * (1 + v.getOr(ParameterName.SliceOversampling, 0))) * v.getOr(ParameterName.PartialFourierSlice, 1)
                / v.getOr(ParameterName.ParallelReductionFactorOutOfPlane, 1) - 1e-9);
        double etl = Math.max(1, v.getOr(ParameterName.EchoTrainLength, 1));
        boolean threeD = Techniques.is3D(sequence);
        // a series acquiring other sequences as its dynamics (DynamicOf) repeats its program once per dynamic: the
        // spine-generic R5.3 printout, GRE-MT: 'Dyn. scan time 02:10.1', 'dyn scans 2', 'Total scan duration 04:20.4'
        double dynamics = Math.max(1, v.getOr(ParameterName.NumberOfVolumes, 1));
        return dynamics * switch (t) {
            // inversion-prepared 3D GRE: inversion cycle x outer-loop (phase) lines
            case T1_3D_IR_GRE -> tr * lines * averages;
            case FLAIR_3D, TSE_3D -> tr * Math.ceil(lines * partitions / etl) * averages;
            case TSE_2D, FLAIR_2D -> tr * Math.ceil(lines / etl) * averages;
            // the localiser acquires its few slices one after the other, each with all its lines
            case LOCALISER -> tr * lines * v.getOr(ParameterName.NumberOfSlices, 1) * averages;
            default -> threeD ? tr * Math.ceil(lines * partitions * elliptical(v) - 1e-9) * averages : tr * lines * averages;
        };
    }

    /**
     * A cardiac-triggered scan: every repetition of the untriggered estimate ({@code untriggered / TR}) is
     * acquired once per concatenation (Siemens "Concatenations", Philips "packages"), each time after a trigger,
     * over {@code beatsPerRepetition} beats (Philips "TR (beats)", GE "# of RR Intervals"); a TR the console sets in
     * ms ({@code trInMilliseconds}: Siemens) longer than those beats waits for the next one. Empty for a scan that
     * waits for no beat, or whose TR is unknown.
     *
     * <p>Spine-generic DWI, 35 volumes: VE11C and XA61, Concatenations 5 and Trigger pulse 1, 175 triggers: VE11C (TR
     * 600 ms) 1:45 at 100 bpm to 3:30 at 50 bpm, XA61 (TR 790 ms) 2:18 to 4:36, where the printouts show TA 2:05 and
     * 2:36 (their TA follows the heart rate the console measured when it printed: 0.71 s and 0.89 s a trigger).
     */
    public static java.util.Optional<AcquisitionTime.HeartRateTime> triggered(Sequence sequence, NeutralValues v,
                                                                              double untriggeredSeconds,
                                                                              boolean trInMilliseconds) {
        io.github.diapason.model.CardiacTriggering t = sequence.cardiacTriggering();
        double tr = v.getOr(ParameterName.RepetitionTime, 0) / 1000.0;
        if (t == null || !t.triggered() || tr <= 0) {
            return java.util.Optional.empty();
        }
        double repetitions = Math.round(untriggeredSeconds / tr * 1e6) / 1e6;
        return java.util.Optional.of(new AcquisitionTime.HeartRateTime(repetitions * t.concatenations(),
                t.beatsPerRepetition(), trInMilliseconds ? tr : 0, t.heartRate().min(), t.heartRate().max()));
    }

    /**
     * The longest time a navigator's re-acquisition adds (Siemens vNav, GE PROMO: the TRs acquired during motion are
     * acquired again): its declared maximum of TRs times the TR (the inversion cycle of an MPRAGE, an echo train of
     * a SPACE), or its maximum share of the scan; 0 without re-acquisition.
     */
    public static double reacquired(Sequence sequence, NeutralValues v, double seconds) {
        io.github.diapason.model.Navigator n = sequence.navigator();
        if (n == null || !n.reacquires()) {
            return 0;
        }
        if (n.maxReacquiredRepetitions() != null) {
            return n.maxReacquiredRepetitions() * v.getOr(ParameterName.RepetitionTime, 0) / 1000.0;
        }
        return n.maxReacquiredPercent() == null ? 0 : seconds * n.maxReacquiredPercent() / 100.0;
    }

    /**
     * Share of the phase x partition grid a 3D scan acquires: with elliptical scanning only the ellipse inscribed in
     * the rectangle, pi/4 of its area (0.785), 1 without. The spine-generic R5.3 printout needs it: GRE-T1 34.3 s at
     * TR 15 ms is 2283-2290 profiles, GRE-MT's 'Dyn. scan time 02:10.1' at TR 57 ms 2282-2283, 0.78 of the 122 SENSE
     * lines x 24 partitions it acquires (22 slices with 'oversample factor 1.15': PhilipsAdapter#acquired). An exact
     * lattice count fits no better: the points of the 122 x 24 grid inside the ellipse are 2281 at whole k centred on
     * k = 0 and 2308 at cell centres, either side of pi/4's 2300, and 121 lines (255 / 2.1 rounded) would move each by
     * 20; so the area is kept. Applied to one-line-per-TR 3D scans
     * only: the Philips T1w (TFE) and T2w (VISTA) printouts, shutter 'default' as well, count their shots over the
     * full grid (133 shots of TFE factor 246; 89 shots of TSE factor 92).
     */
    static double elliptical(NeutralValues v) {
        return "on".equals(v.code(ParameterName.EllipticalScanning).orElse("off")) ? Math.PI / 4 : 1;
    }

    /**
     * Phase lines acquired: phase oversampling and partial Fourier first, then integrated parallel imaging,
     * ceil((N - ref) / R) + ref (vendors.md section 5).
     */
    public static double phaseLines(NeutralValues v) {
        double n = Math.ceil(v.getOr(ParameterName.AcquisitionMatrixPhase, 1)
                * (1 + v.getOr(ParameterName.PhaseOversampling, 0)) * v.getOr(ParameterName.PartialFourier, 1) - 1e-9);
        double r = v.getOr(ParameterName.ParallelReductionFactorInPlane, 1);
        if (r <= 1) {
            return n;
        }
        double ref = Math.min(n, v.getOr(ParameterName.ParallelReferenceLines, 0));
        return Math.ceil((n - ref) / r - 1e-9) + ref;
    }

    /** Volumes of an EPI or ASL series: prescribed, from the fMRI run (with dummies) or from the b-table. */
    public static double volumes(Sequence sequence, NeutralValues v) {
        FunctionalRun run = sequence.functional();
        int dummies = run == null || run.dummyVolumes() == null ? 0 : run.dummyVolumes();
        if (v.has(ParameterName.NumberOfVolumes)) {
            return v.getOr(ParameterName.NumberOfVolumes, 1) + dummies;
        }
        if (run != null) {
            return run.volumes() + dummies;
        }
        if (sequence.technique() == Technique.ASL) {
            // One label and one control volume per average, plus the M0 calibration volume
            // (BIDS ASL: aslcontext label/control/m0scan). Vendor background-suppression
            // preparations run a little longer [U].
            return 2 * v.getOr(ParameterName.NumberOfAverages, 1) + 1;
        }
        if (sequence.diffusion() != null) {
            int fromShells = sequence.diffusion().volumeCount();
            return fromShells > 0 ? fromShells : sequence.diffusion().vectors().size();
        }
        return 1;
    }
}
