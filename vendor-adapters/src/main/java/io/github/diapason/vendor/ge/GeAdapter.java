package io.github.diapason.vendor.ge;

import io.github.diapason.model.Orientation;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Technique;
import io.github.diapason.vendor.Console;
import io.github.diapason.vendor.ConsoleAdapter;
import io.github.diapason.vendor.ConsoleNote;
import io.github.diapason.vendor.ConsoleReading;
import io.github.diapason.vendor.ConsoleValue;
import io.github.diapason.vendor.NeutralValues;
import io.github.diapason.vendor.PatientAxes;
import io.github.diapason.vendor.Setting;
import io.github.diapason.vendor.SettingsBuilder;
import io.github.diapason.vendor.Shells;
import io.github.diapason.vendor.Techniques;
import io.github.diapason.vendor.diffusion.DirectionFile;
import io.github.diapason.vendor.diffusion.GeTensorFile;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GE scan parameters. Conversions from vendors.md section 2: Receiver Bandwidth R is ±R kHz, so
 * Hz/px = 2000 R / Freq; FOV in cm; Phase FOV a fraction of the FOV; Spacing is the gap itself;
 * averages and partial Fourier share one NEX figure (fractional NEX).
 */
public final class GeAdapter extends ConsoleAdapter {

    public GeAdapter() {
        super("/io/github/diapason/vendor/ge/console.json");
    }

    @Override
    protected List<Setting> settings(Sequence sequence, NeutralValues n, Console c, ScannerPeriod scanner,
                                     List<ConsoleNote> notes) {
        SettingsBuilder b = new SettingsBuilder(c);
        Technique t = sequence.technique();
        boolean threeD = Techniques.is3D(sequence);
        // Imaging Options: those the protocol implies, and those the site adds as named data (EDR, Fast, FC...)
        double r = n.getOr(ParameterName.ParallelReductionFactorInPlane, 1);
        double r3 = n.getOr(ParameterName.ParallelReductionFactorOutOfPlane, 1);
        double mb = n.getOr(ParameterName.MultibandAccelerationFactor, 1);
        List<String> options = imagingOptions(sequence, c, r > 1 || r3 > 1, mb > 1);
        if (!options.isEmpty()) {
            b.text("imagingOptions", String.join(", ", options));
        }
        if (r > 1) {
            b.stepped("phaseAcceleration", r);
        }
        if (r3 > 1) {
            b.stepped("sliceAcceleration", r3);
        }
        if (mb > 1) {
            b.stepped("hyperBandFactor", mb);
        }
        if (n.has(ParameterName.ParallelReferenceLines) && r > 1) {
            notes.add(ConsoleNote.about(ParameterName.ParallelReferenceLines,
                    "GE calibration lines are not a scan parameter in Diapason's GE data"));
        }
        // no elliptical-scanning control in Diapason's GE data (console.json notes, ellipticalScanning)
        n.code(ParameterName.EllipticalScanning).filter("on"::equals).ifPresent(code -> notes.add(ConsoleNote.about(
                ParameterName.EllipticalScanning, "Diapason's GE data has no elliptical-scanning control (none in the"
                        + " spine-generic MR750 DV2x printout or protocol.tar): the GE time assumes the full phase x slice"
                        + " k-space; check at the console whether this GE release offers one")));
        // no Fat/Water Saturation line when none is programmed (console.json notes)
        n.code(ParameterName.FatSuppression).filter(code -> !code.equals("none"))
                .ifPresent(code -> b.text("fatWaterSat", c.profile().textOr("fatSuppression." + code, code)));
        // Scan Timing
        if (n.has(ParameterName.EchoTime)) {
            b.steppedEach("te", n.all(ParameterName.EchoTime));
        }
        // a cardiac-gated scan's TR is a number of RR intervals (spine-generic MR750 DWI: "# of RR Intervals 5", no
        // TR in its protocol.tar nor printout) on the gating screen
        Optional<io.github.diapason.model.CardiacTriggering> gated = triggering(sequence);
        if (gated.isPresent()) {
            b.stepped("rrIntervals", gated.get().beatsPerRepetition());
            triggerDelayMs(gated.get()).ifPresent(d -> b.stepped("triggerDelay", d));
            n.get(ParameterName.RepetitionTime).ifPresent(v -> notes.add(ConsoleNote.about(ParameterName.RepetitionTime,
                    "the TR is " + gated.get().beatsPerRepetition() + " RR intervals (cardiac gating): it follows the heart rate")));
            if (gated.get().concatenations() > 1) {
                notes.add(ConsoleNote.about(null, "GE has no concatenations: set the # of RR Intervals so that each"
                        + " TR holds every slice"));
            }
        } else {
            n.get(ParameterName.RepetitionTime).ifPresent(v -> b.stepped("tr", v));
        }
        n.get(ParameterName.InversionTime).ifPresent(v -> b.stepped("ti", v));
        n.get(ParameterName.FlipAngle).ifPresent(v -> b.stepped("flipAngle", v));
        if (t.isEpi()) {
            // GE EPI has no echo-train or bandwidth setting (console.json notes, epiReadout)
            n.get(ParameterName.EchoTrainLength).ifPresent(v -> notes.add(ConsoleNote.about(ParameterName.EchoTrainLength,
                    "a GE EPI is one shot ('Number of Shots 1'): its echo train follows from the phase matrix")));
        } else {
            n.get(ParameterName.EchoTrainLength).ifPresent(v -> b.stepped("echoTrainLength", v));
        }
        // Acquisition Timing first: the bandwidth depends on the frequency matrix
        double freq = n.get(ParameterName.AcquisitionMatrixRead).map(v -> v).orElse(Double.NaN);
        // Scanning Range
        double fovCm = n.get(ParameterName.FieldOfViewRead).map(v -> b.stepped("fov", v / 10)).orElse(Double.NaN);
        double phaseFov = n.get(ParameterName.FieldOfViewPhase).filter(v -> !Double.isNaN(fovCm))
                .map(v -> b.stepped("phaseFov", v / (fovCm * 10))).orElse(1.0);
        n.get(ParameterName.SliceThickness).ifPresent(v -> b.stepped("sliceThickness", v));
        if (!threeD) {
            n.get(ParameterName.SliceGap).ifPresent(v -> b.stepped("spacing", v));
        }
        n.get(ParameterName.NumberOfSlices).ifPresent(v -> b.stepped(threeD ? "locsPerSlab" : "slices", v));
        if (!Double.isNaN(freq)) {
            double achievedFreq = b.stepped("freq", freq);
            n.get(ParameterName.AcquisitionMatrixPhase).ifPresent(p -> b.stepped("phase",
                    p / (c.profile().constant("phaseMatrixSpansFullFov") > 0 ? phaseFov : 1)));
            if (t.isEpi()) {
                n.get(ParameterName.PixelBandwidth).ifPresent(bw -> notes.add(ConsoleNote.about(ParameterName.PixelBandwidth,
                        "a GE EPI has no Receiver Bandwidth setting: the console derives it from the matrix and ramp sampling")));
            } else {
                n.get(ParameterName.PixelBandwidth).ifPresent(bw -> b.stepped("receiverBandwidth", bw * achievedFreq / 2000));
            }
        } else if (n.has(ParameterName.PixelBandwidth)) {
            notes.add(ConsoleNote.about(ParameterName.PixelBandwidth,
                    "needs the frequency matrix to become a GE Receiver Bandwidth"));
        }
        double averages = n.getOr(ParameterName.NumberOfAverages, 1);
        double pf = n.getOr(ParameterName.PartialFourier, 1);
        if (t.isEpi()) {
            // a GE EPI takes partial Fourier from TE Minimum (Min Full: full echo) and keeps NEX for averages
            // (spine-generic MR750 DWI: TE Minimum, no fractional NEX; issue 12)
            if (pf < 1) {
                notes.add(ConsoleNote.about(ParameterName.PartialFourier, "a GE EPI acquires partial Fourier with TE"
                        + " Minimum (Min Full gives the full echo); NEX stays the number of averages"));
            }
            if (n.has(ParameterName.NumberOfAverages) || pf < 1) {
                b.stepped("nex", averages);
            }
        } else if (pf < 1) {
            if (averages > 1) {
                notes.add(ConsoleNote.about(ParameterName.NumberOfAverages, averages + " with PartialFourier " + pf
                        + ": GE shows one NEX figure; averages kept, partial Fourier dropped"));
                b.stepped("nex", averages);
            } else {
                b.set("nex", c.step("fractionalNex", pf));
            }
        } else if (n.has(ParameterName.NumberOfAverages) || n.has(ParameterName.PartialFourier)) {
            b.stepped("nex", averages);
        }
        n.code(ParameterName.PhaseEncodingDirection)
                .flatMap(code -> PatientAxes.of(sequence.orientation()).traversal(code))
                .ifPresent(tr -> {
                    b.text("freqDir", c.profile().text("axis." + tr.readAxis()));
                    if (t.isEpi() && tr.axis().equals("AP")) {
                        // GE sets the EPI blip polarity with the CV pepolar: 0 P>>A, 1 A>>P (console.json, pepolar)
                        String pepolar = c.profile().text("pepolar." + tr.from());
                        b.text("pepolar", pepolar);
                        if (t == Technique.DIFFUSION_EPI) {
                            b.text("typeInPsd", c.profile().text("typeInPsd." + (mb > 1 ? "hyperband." : "") + pepolar));
                        }
                    } else if (t.isEpi()) {
                        notes.add(ConsoleNote.about(ParameterName.PhaseEncodingDirection, "polarity (" + tr.from() + " to "
                                + tr.to() + ") along " + tr.axis() + ": GE's pepolar CV is documented for A/P phase"
                                + " encoding only (0 P>>A, 1 A>>P); check the EPI blip direction at the console"));
                    }
                });
        // volumes, ASL, diffusion
        n.get(ParameterName.NumberOfVolumes)
                .or(() -> sequence.functional() == null ? Optional.empty()
                        : Optional.of((double) sequence.functional().volumes()))
                .ifPresent(v -> b.stepped("phasesPerLocation", v));
        n.get(ParameterName.LabelingDuration).ifPresent(v -> b.stepped("labelingDuration", v));
        n.get(ParameterName.PostLabelingDelay).ifPresent(v -> b.stepped("postLabelingDelay", v));
        if (sequence.diffusion() != null) {
            // Tensor with the study's tensor.dat: the b=0 images are counted apart (# of T2), every weighted volume is
            // a direction of the file, lower shells as shorter vectors at the one b-value (spine-generic MR750 DWI:
            // Diffusion Directions Tensor, 30 directions, 5 T2 images)
            Map<Double, Integer> shells = Shells.directionsByB(sequence.diffusion());
            int b0 = sequence.diffusion().b0Count();
            b.text("diffusionMode", c.profile().text("diffusionMode.table"));
            b.stepped("t2Images", b0);
            shells.keySet().stream().filter(v -> v > 0).reduce((x, y) -> y).ifPresent(max -> b.stepped("bValue.1", max));
            b.stepped("diffusionDirections", sequence.diffusion().volumeCount() - b0);
        }
        // PROMO: prospective motion correction by spiral navigators in BRAVO and CUBE, with a bound on the TRs it
        // rescans (White et al., MRM 2010; the console's words are [U])
        navigator(sequence).ifPresent(nav -> {
            b.text("promo", c.text("promo.on"));
            if (nav.reacquires() && nav.maxReacquiredRepetitions() != null) {
                b.stepped("promoRescans", nav.maxReacquiredRepetitions());
            } else if (nav.reacquires() && nav.maxReacquiredPercent() != null) {
                notes.add(ConsoleNote.about(null, "PROMO bounds its rescans in TRs: convert the protocol's "
                        + nav.maxReacquiredPercent() + " % into TRs at the console"));
            }
        });
        return b.build();
    }

    /**
     * The Imaging Options line in GE's order (data text {@code imagingOptions.order}): IrP for an inversion-prepared
     * SPGR, EPI and DIFF for a DWI, MgT for a magnetization-transfer pulse, the parallel option (Asset for EPI, ARC
     * otherwise, unless the site names its own), HyperBand, Gat for a cardiac-gated scan, and the options the site adds (console setting
     * "Imaging Options", e.g. "EDR, Fast"). spine-generic MR750 printout: "EDR, Fast, IrP, Asset", "Gat, EDR, EPI,
     * DIFF", "EDR, MgT".
     */
    static List<String> imagingOptions(Sequence sequence, Console c, boolean parallel, boolean multiband) {
        Set<String> chosen = new LinkedHashSet<>();
        Optional.ofNullable(sequence.consoleSettings().get(c.text("imagingOptions.label"))).ifPresent(s ->
                Arrays.stream(s.value().split(",")).map(String::strip).filter(o -> !o.isEmpty()).forEach(chosen::add));
        Technique t = sequence.technique();
        if (t == Technique.T1_3D_IR_GRE) {
            chosen.add(c.text("inversionPrepared"));
        }
        if (triggering(sequence).isPresent()) {
            chosen.add(c.text("gating"));
        }
        if (t == Technique.DIFFUSION_EPI) {
            chosen.add(c.text("epi"));
            chosen.add(c.text("diffusion"));
        }
        if (sequence.parameter(ParameterName.MagnetizationTransfer).map(p -> "on".equals(p.code())).orElse(false)) {
            chosen.add(c.text("magnetizationTransfer"));
        }
        List<String> parallelOptions = List.of(c.text("parallel.epi"), c.text("parallel.default"));
        if (parallel && chosen.stream().noneMatch(parallelOptions::contains)) {
            chosen.add(c.text(t.isEpi() ? "parallel.epi" : "parallel.default"));
        }
        if (multiband) {
            chosen.add(c.text("multiband"));
        }
        List<String> order = Arrays.stream(c.text("imagingOptions.order").split(",")).map(String::strip).toList();
        return chosen.stream().sorted(Comparator.comparingInt(o -> order.contains(o) ? order.indexOf(o) : order.size()))
                .toList();
    }

    @Override
    protected NeutralValues neutral(Map<String, ConsoleValue> settings, Console c, ScannerPeriod scanner,
                                    Orientation orientation) {
        ConsoleReading r = new ConsoleReading(settings);
        Map<ParameterName, List<Double>> n = new EnumMap<>(ParameterName.class);
        double phaseFov = r.number("phaseFov").orElse(1.0);
        r.number("fov").ifPresent(cm -> {
            n.put(ParameterName.FieldOfViewRead, List.of(cm * 10));
            n.put(ParameterName.FieldOfViewPhase, List.of(cm * 10 * phaseFov));
        });
        r.number("freq").ifPresent(freq -> {
            n.put(ParameterName.AcquisitionMatrixRead, List.of(freq));
            r.number("fov").ifPresent(cm -> n.put(ParameterName.VoxelSizeRead, List.of(cm * 10 / freq)));
            // vendors.md section 2: Hz/px = 2000 R / N_freq
            r.number("receiverBandwidth").ifPresent(kHz -> n.put(ParameterName.PixelBandwidth, List.of(2000 * kHz / freq)));
        });
        r.number("phase").ifPresent(phase -> {
            double lines = c.profile().constant("phaseMatrixSpansFullFov") > 0 ? Math.round(phase * phaseFov) : phase;
            n.put(ParameterName.AcquisitionMatrixPhase, List.of(lines));
            r.number("fov").ifPresent(cm -> n.put(ParameterName.VoxelSizePhase, List.of(cm * 10 * phaseFov / lines)));
        });
        put(n, ParameterName.SliceThickness, r.numbers("sliceThickness"));
        put(n, ParameterName.SliceGap, r.numbers("spacing"));
        if (r.number("locsPerSlab").isPresent()) {
            // partitions of a 3D slab are contiguous
            n.put(ParameterName.SliceGap, List.of(0.0));
        }
        r.number("slices").or(() -> r.number("locsPerSlab")).ifPresent(v -> n.put(ParameterName.NumberOfSlices, List.of(v)));
        put(n, ParameterName.EchoTime, r.numbers("te"));
        put(n, ParameterName.RepetitionTime, r.numbers("tr"));
        put(n, ParameterName.InversionTime, r.numbers("ti"));
        put(n, ParameterName.FlipAngle, r.numbers("flipAngle"));
        put(n, ParameterName.EchoTrainLength, r.numbers("echoTrainLength"));
        r.number("nex").ifPresent(nex -> {
            n.put(ParameterName.NumberOfAverages, List.of(nex < 1 ? 1.0 : nex));
            if (!c.technique().isEpi()) {
                n.put(ParameterName.PartialFourier, List.of(nex < 1 ? nex : 1.0));
            }
        });
        String options = r.text("imagingOptions").orElse("");
        n.put(ParameterName.ParallelReductionFactorInPlane, List.of(r.number("phaseAcceleration").orElse(1.0)));
        n.put(ParameterName.ParallelReductionFactorOutOfPlane, List.of(r.number("sliceAcceleration").orElse(1.0)));
        n.put(ParameterName.MultibandAccelerationFactor,
                List.of(options.contains(c.profile().text("multiband")) ? r.number("hyperBandFactor").orElse(1.0) : 1.0));
        put(n, ParameterName.NumberOfVolumes, r.numbers("phasesPerLocation"));
        put(n, ParameterName.LabelingDuration, r.numbers("labelingDuration"));
        put(n, ParameterName.PostLabelingDelay, r.numbers("postLabelingDelay"));
        // Freq DIR gives the phase axis but not its polarity, which GE's console does not show
        Map<ParameterName, String> codes = new EnumMap<>(ParameterName.class);
        r.text("fatWaterSat").flatMap(text -> codeShownAs(c, "fatSuppression.", text))
                .ifPresent(code -> codes.put(ParameterName.FatSuppression, code));
        if (r.number("locsPerSlab").isPresent() || r.number("slices").isPresent()) {
            codes.put(ParameterName.MRAcquisitionType, r.number("locsPerSlab").isPresent() ? "3D" : "2D");
        }
        return new NeutralValues(n, codes);
    }

    private static void put(Map<ParameterName, List<Double>> n, ParameterName name, List<Double> values) {
        if (!values.isEmpty()) {
            n.put(name, values);
        }
    }

    @Override
    public DirectionFile directionFile() {
        return new GeTensorFile();
    }
}
