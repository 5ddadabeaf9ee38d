package io.github.diapason.vendor.philips;

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
import io.github.diapason.vendor.diffusion.PhilipsVectorFile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Philips ExamCards. Conversions from vendors.md section 2: readout bandwidth as Water-fat shift
 * in pixels, WFS = (3.4 ppm x 42.577 MHz/T x B0) / BW per pixel, at the site's field strength;
 * FOV per patient direction (AP, RL, FH); matrix = FOV / ACQ voxel; fold-over direction is the
 * phase axis and fat shift direction its polarity.
 */
public final class PhilipsAdapter extends ConsoleAdapter {

    public PhilipsAdapter() {
        super("/io/github/diapason/vendor/philips/console.json");
    }

    /** Fat-water frequency difference in Hz at the scanner's field strength (vendors.md section 2). */
    public static double fatWaterShiftHz(Console c, double fieldStrength) {
        return c.profile().constant("fatWaterShiftPpm") * c.profile().constant("gyromagneticRatioMHzPerT") * fieldStrength;
    }

    @Override
    protected List<Setting> settings(Sequence sequence, NeutralValues n, Console c, ScannerPeriod scanner,
                                     List<ConsoleNote> notes) {
        SettingsBuilder b = new SettingsBuilder(c);
        Technique t = sequence.technique();
        boolean threeD = Techniques.is3D(sequence);
        PatientAxes axes = PatientAxes.of(sequence.orientation());
        PatientAxes.Traversal pe = n.code(ParameterName.PhaseEncodingDirection).flatMap(axes::traversal)
                .orElseGet(() -> axes.traversal(PatientAxes.defaultPhaseCode(sequence.orientation())).orElseThrow());
        // Geometry
        Orientation orientation = sequence.orientation() == null ? Orientation.AXIAL : sequence.orientation();
        b.text("sliceOrientation", c.profile().text("orientation." + orientation.id()));
        b.text("scanMode", c.profile().text(threeD ? "scanMode.3D" : "scanMode.2D"));
        double thickness = n.getOr(ParameterName.SliceThickness, Double.NaN);
        double gap = n.getOr(ParameterName.SliceGap, 0);
        double slices = n.getOr(ParameterName.NumberOfSlices, Double.NaN);
        Optional<Double> fovRead = n.get(ParameterName.FieldOfViewRead);
        for (String axis : List.of("AP", "RL", "FH")) {
            if (axis.equals(pe.readAxis())) {
                fovRead.ifPresent(v -> b.stepped("fov" + axis, v));
            } else if (axis.equals(pe.axis())) {
                n.get(ParameterName.FieldOfViewPhase).ifPresent(v -> b.stepped("fov" + axis, v));
            } else if (!Double.isNaN(thickness) && !Double.isNaN(slices)) {
                b.stepped("fov" + axis, slices * thickness + (threeD ? 0 : (slices - 1) * gap));
            }
        }
        n.get(ParameterName.AcquisitionMatrixRead).ifPresent(m -> n.get(ParameterName.AcquisitionMatrixPhase).ifPresent(p -> {
            double fr = fovRead.orElse(Double.NaN);
            double fp = n.getOr(ParameterName.FieldOfViewPhase, fr);
            long mm = Math.round(c.step("acqMatrix", m));
            long pp = Math.round(c.step("acqMatrix", p));
            if (mm <= 0 || pp <= 0 || !Double.isFinite(fr)) {
                notes.add(ConsoleNote.about(null, "the acquisition matrix needs a positive matrix and a read FOV"));
                return;
            }
            b.text("acqVoxelMPS", String.format(Locale.ROOT, "%.2f / %.2f / %.2f", fr / mm, fp / pp,
                    Double.isNaN(thickness) ? 0.0 : thickness));
            b.text("acqMatrix", mm + " x " + pp);
        }));
        n.get(ParameterName.NumberOfSlices).ifPresent(v -> b.stepped("slices", v));
        // a 3D slab's slice oversampling as the console sets it: 'Slice oversampling user defined', then its
        // 'oversample factor' (spine_generic_philips_R53.pdf, GRE-MT and GRE-T1: 1.15; ExamCard
        // EX_GEO_slice_oversampling USER_DEF, EX_GEO_slice_oversample_factor 1.15)
        n.get(ParameterName.SliceOversampling).filter(v -> threeD).ifPresent(v -> {
            b.text("sliceOversampling", c.profile().text("sliceOversampling.userDefined"));
            b.stepped("oversampleFactor", 1 + v);
        });
        // a 3D scan shows the partition size as the ACQ voxel size along the slice axis (console.json)
        n.get(ParameterName.SliceThickness).ifPresent(v -> b.stepped(threeD ? "acqVoxelSlice" : "sliceThickness", v));
        if (!threeD) {
            n.get(ParameterName.SliceGap).ifPresent(v -> b.stepped("sliceGap", v));
        }
        b.text("foldOverDirection", pe.axis());
        // an EPI's fat shift runs along its phase encoding (the blip polarity); any other scan's along the readout
        b.text("fatShiftDirection", !t.isEpi() ? c.profile().text("fatShift.readout." + pe.readAxis())
                : c.profile().text("fatShift.towards").equals("to") ? pe.to() : pe.from());
        // a cardiac-triggered scan splits its slices into packages, each over its own triggers
        // (spine_generic_philips_R53.pdf, DWI: "Minimum number of packages 2", info page "Packages 2")
        Optional<io.github.diapason.model.CardiacTriggering> triggered = triggering(sequence);
        triggered.ifPresent(trig -> b.stepped("packages", trig.concatenations()));
        double r = n.getOr(ParameterName.ParallelReductionFactorInPlane, 1);
        double r3 = n.getOr(ParameterName.ParallelReductionFactorOutOfPlane, 1);
        double mb = n.getOr(ParameterName.MultibandAccelerationFactor, 1);
        if (mb > 1 && r <= 1 && r3 <= 1) {
            notes.add(ConsoleNote.about(ParameterName.MultibandAccelerationFactor, "MultiBand SENSE needs SENSE on: the card"
                    + " sets SENSE yes with no in-plane reduction"));
        }
        if (n.has(ParameterName.ParallelReductionFactorInPlane) || n.has(ParameterName.ParallelReductionFactorOutOfPlane)
                || mb > 1) {
            b.text("sense", c.profile().text(r > 1 || r3 > 1 || mb > 1 ? "yes" : "no"));
            if (r > 1) {
                // "P reduction (AP) 2": the fold-over direction in the label ({phaseAxis}), the factor as the console prints it
                double factor = c.step("pReduction", r);
                b.text("pReduction", BigDecimal.valueOf(factor).stripTrailingZeros().toPlainString());
            }
            if (r3 > 1) {
                b.stepped("sReduction", r3);
            }
        }
        if (n.has(ParameterName.ParallelReferenceLines) && r > 1) {
            notes.add(ConsoleNote.about(ParameterName.ParallelReferenceLines,
                    "SENSE uses a separate reference scan, not calibration lines"));
        }
        if (n.has(ParameterName.MultibandAccelerationFactor)) {
            b.text("multiBandSense", c.profile().text(mb > 1 ? "yes" : "no"));
            if (mb > 1) {
                b.stepped("mbFactor", mb);
            }
        }
        // Contrast: a triggered scan's TR is a number of heart beats ("TR (beats) 4"; its "Act. TR" 3429 ms follows the
        // entered heart rate), with the Motion card's synchronization (spine_generic_philips_R53.pdf, DWI)
        if (triggered.isPresent()) {
            io.github.diapason.model.CardiacTriggering trig = triggered.get();
            b.stepped("trBeats", trig.beatsPerRepetition());
            n.get(ParameterName.RepetitionTime).ifPresent(v -> notes.add(ConsoleNote.about(ParameterName.RepetitionTime,
                    "the TR is " + trig.beatsPerRepetition() + " heart beats (cardiac triggering): the console's Act. TR"
                            + " follows the entered heart rate")));
            b.text("cardiacSync", c.profile().text("cardiacSync.triggered"));
            b.text("triggerDevice", c.profile().text("triggerDevice." + trig.mode()));
            triggerDelayMs(trig).ifPresentOrElse(d -> b.stepped("triggerDelay", d),
                    () -> b.text("triggerDelay", c.profile().text("triggerDelay.shortest")));
        } else {
            n.get(ParameterName.RepetitionTime).ifPresent(v -> b.stepped("tr", v));
        }
        if (n.has(ParameterName.EchoTime)) {
            List<Double> echoes = n.all(ParameterName.EchoTime);
            Optional<Double> spacing = evenSpacing(echoes);
            if (spacing.isPresent()) {
                // an mFFE programs its echoes as a count, the first TE and the spacing, not one TE per echo
                // (spine_generic_philips_R53.pdf, GRE-ME: "Echoes 3", "TE first (ms) 7.2", "echospacing (ms) 6.5")
                b.stepped("echoes", echoes.size());
                b.stepped("teFirst", echoes.get(0));
                b.stepped("teSpacing", spacing.get());
            } else {
                b.steppedEach("te", echoes);
            }
        }
        n.get(ParameterName.FlipAngle).ifPresent(v -> b.stepped("flipAngle", v));
        n.get(ParameterName.InversionTime).ifPresent(v -> {
            if (t == Technique.T1_3D_IR_GRE) {
                b.text("prepulse", c.profile().text("prepulse.inversion"));
            }
            b.stepped("ti", v);
        });
        n.get(ParameterName.EchoTrainLength).ifPresent(v -> b.stepped("echoTrain", v));
        n.get(ParameterName.PartialFourier).ifPresent(pf -> {
            b.text("halfscan", c.profile().text(pf < 1 ? "yes" : "no"));
            if (pf < 1) {
                b.stepped("halfscanFactor", pf);
            }
        });
        double shift = fatWaterShiftHz(c, scanner.fieldStrength());
        if (t.isEpi()) {
            // the EPI water-fat shift runs along the phase-encoding direction: fat-water shift x echo spacing x echoes
            Optional<Double> spacing = n.get(ParameterName.EchoSpacing);
            Optional<Double> echoes = n.get(ParameterName.EchoTrainLength);
            if (spacing.isPresent() && echoes.isPresent()) {
                b.stepped("epiWaterFatShift", shift * spacing.get() / 1000 * c.step("echoTrain", echoes.get()));
            }
            if (n.has(ParameterName.PixelBandwidth)) {
                notes.add(ConsoleNote.about(ParameterName.PixelBandwidth, "the readout bandwidth of a Philips EPI is an"
                        + " info-page result ('BW in EPI freq. dir.'); the radiographer sets the water-fat shift"
                        + (spacing.isPresent() ? "" : ", which needs the protocol's EchoSpacing")));
            }
        } else {
            n.get(ParameterName.PixelBandwidth).ifPresent(bw -> b.stepped("waterFatShift", shift / bw));
        }
        n.code(ParameterName.FatSuppression).ifPresent(code -> b.text("fatSuppression", c.profile().textOr("fatSuppression." + code, code)));
        n.code(ParameterName.FatSuppressionStrength).ifPresent(code -> b.text("fatSuppressionStrength", c.text("strength." + code)));
        // MTC: no, or the magnetization-transfer pulse the console offers, off resonance (spine_generic_philips_R53.pdf:
        // GRE-MT 'MTC off resonance', every other scan 'MTC no'; its ExamCard EX_MTC_enable OFF_RES and NO)
        n.code(ParameterName.MagnetizationTransfer).ifPresent(code -> b.text("mtc", c.profile().text("mtc." + code)));
        // Postproc: the ExamCard offers the shutter on 3D scans (spine-generic R5.3: T1w, T2w, GRE-MT, GRE-T1)
        n.code(ParameterName.EllipticalScanning).filter(code -> threeD)
                .ifPresent(code -> b.text("kspaceShutter", c.text("kspaceShutter." + code)));
        // Motion, Dyn/Ang
        n.get(ParameterName.NumberOfAverages).ifPresent(v -> b.stepped("nsa", v));
        n.get(ParameterName.NumberOfVolumes)
                .or(() -> sequence.functional() == null ? Optional.empty()
                        : Optional.of((double) sequence.functional().volumes()))
                .ifPresent(v -> {
                    // a series holding other sequences as its dynamics (DynamicOf) is a dynamic study, each dynamic
                    // its own image set ('Dynamic study individual', then 'dyn scans 2': spine_generic_philips_R53.pdf,
                    // GRE-MT, Dyn/Ang); an fMRI card keeps its dyn scans alone [U: no Philips fMRI printout here]
                    if (v > 1 && !Techniques.isVolumeSeries(t)) {
                        b.text("dynamicStudy", c.profile().text("dynamicStudy.individual"));
                    }
                    b.stepped("dynamicScans", v);
                });
        n.get(ParameterName.LabelingDuration).ifPresent(v -> b.stepped("labelingDuration", v));
        n.get(ParameterName.PostLabelingDelay).ifPresent(v -> b.stepped("postLabelingDelay", v));
        if (sequence.diffusion() != null) {
            java.util.TreeMap<Double, Integer> shells = Shells.directionsByB(sequence.diffusion());
            b.stepped("bFactors", shells.size());
            b.stepped("maxBFactor", shells.isEmpty() ? 0 : shells.lastKey());
            if (Shells.productScheme(sequence.diffusion()) && sequence.diffusion().b0Count() <= 1) {
                b.stepped("directions", Shells.maxDirections(sequence.diffusion()));
            } else {
                // the study's gradient file (dti_vectors_input.txt): one row per volume, b=0 rows included
                b.text("directions", c.profile().text("diffusionMode.table"));
            }
        }
        navigator(sequence).ifPresent(nav -> notes.add(ConsoleNote.about(null, "Philips has no product navigator for"
                + " prospective motion correction of this scan: run it without; its time has no re-acquisition")));
        return b.build();
    }

    /** No product prospective navigator (vNav, PROMO) on Philips consoles [U: none found in R5 documentation]. */
    /**
     * Dyn/Ang 'MTC yes' when the series' dynamics differ from it in the magnetization-transfer pulse: how one Philips
     * series acquires the MT-on and MT-off images of a magnetization-transfer ratio as its dynamics
     * (spine_generic_philips_R53.pdf, GRE-MT: 'Dynamic study individual', 'dyn scans 2', Dyn/Ang 'MTC yes' beside Contrast
     * 'MTC off resonance'; its ExamCard EX_DYN_mtc_enable YES; the SOP's GRE-MT1 and GRE-MT0 come from that one series).
     * Which dynamic carries the pulse is the console's choice [U: neither export says].
     */
    @Override
    protected List<Setting> dynamicsSettings(Sequence host, List<Sequence> dynamics, Console c) {
        Optional<String> mt = NeutralValues.requestedBy(host).code(ParameterName.MagnetizationTransfer);
        boolean differs = dynamics.stream().anyMatch(d -> !NeutralValues.requestedBy(d).code(ParameterName.MagnetizationTransfer)
                .equals(mt));
        if (!differs) {
            return List.of();
        }
        SettingsBuilder b = new SettingsBuilder(c);
        b.text("dynamicMtc", c.profile().text("yes"));
        return b.build();
    }

    @Override
    protected boolean supportsNavigator() {
        return false;
    }

    @Override
    protected NeutralValues neutral(Map<String, ConsoleValue> settings, Console c, ScannerPeriod scanner,
                                    Orientation sequenceOrientation) {
        ConsoleReading r = new ConsoleReading(settings);
        Map<ParameterName, List<Double>> n = new EnumMap<>(ParameterName.class);
        Orientation orientation = r.text("sliceOrientation").flatMap(o -> Arrays.stream(Orientation.values())
                .filter(v -> c.profile().text("orientation." + v.id()).equals(o)).findFirst()).orElse(Orientation.AXIAL);
        PatientAxes axes = PatientAxes.of(orientation);
        String phaseAxis = r.text("foldOverDirection")
                .orElse(axes.traversal(PatientAxes.defaultPhaseCode(orientation)).orElseThrow().axis());
        String readAxis = phaseAxis.equals(axes.i().name()) ? axes.j().name() : axes.i().name();
        Optional<Double> fovRead = r.number("fov" + readAxis);
        Optional<Double> fovPhase = r.number("fov" + phaseAxis);
        fovRead.ifPresent(v -> n.put(ParameterName.FieldOfViewRead, List.of(v)));
        fovPhase.ifPresent(v -> n.put(ParameterName.FieldOfViewPhase, List.of(v)));
        r.text("acqMatrix").map(s -> s.split(" x ")).filter(p -> p.length == 2).ifPresent(p -> {
            double m = Double.parseDouble(p[0].trim());
            double ph = Double.parseDouble(p[1].trim());
            n.put(ParameterName.AcquisitionMatrixRead, List.of(m));
            n.put(ParameterName.AcquisitionMatrixPhase, List.of(ph));
            fovRead.ifPresent(f -> n.put(ParameterName.VoxelSizeRead, List.of(f / m)));
            fovPhase.ifPresent(f -> n.put(ParameterName.VoxelSizePhase, List.of(f / ph)));
        });
        put(n, ParameterName.NumberOfSlices, r.numbers("slices"));
        put(n, ParameterName.SliceThickness, r.numbers("sliceThickness"));
        put(n, ParameterName.SliceThickness, r.numbers("acqVoxelSlice"));
        put(n, ParameterName.SliceGap, r.numbers("sliceGap"));
        boolean threeD = r.text("scanMode").map(m -> m.equals(c.profile().text("scanMode.3D"))).orElse(false);
        if (threeD) {
            // partitions of a 3D slab are contiguous
            n.put(ParameterName.SliceGap, List.of(0.0));
        }
        if (threeD && r.text("sliceOversampling").filter(c.profile().text("sliceOversampling.userDefined")::equals).isPresent()) {
            r.number("oversampleFactor").ifPresent(f -> n.put(ParameterName.SliceOversampling, List.of(f - 1)));
        }
        boolean sense = r.text("sense").map(s -> s.equals(c.profile().text("yes"))).orElse(false);
        double p = r.text("pReduction").map(v -> v.strip().split("\\s+")[0]).map(Double::parseDouble).orElse(1.0);
        n.put(ParameterName.ParallelReductionFactorInPlane, List.of(sense ? p : 1.0));
        n.put(ParameterName.ParallelReductionFactorOutOfPlane, List.of(sense ? r.number("sReduction").orElse(1.0) : 1.0));
        boolean mb = r.text("multiBandSense").map(s -> s.equals(c.profile().text("yes"))).orElse(false);
        n.put(ParameterName.MultibandAccelerationFactor, List.of(mb ? r.number("mbFactor").orElse(1.0) : 1.0));
        put(n, ParameterName.RepetitionTime, r.numbers("tr"));
        put(n, ParameterName.EchoTime, r.numbers("te"));
        r.number("teFirst").ifPresent(first -> {
            int count = r.number("echoes").map(Double::intValue).orElse(1);
            double spacing = r.number("teSpacing").orElse(0.0);
            List<Double> echoes = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                echoes.add(first + k * spacing);
            }
            n.put(ParameterName.EchoTime, echoes);
        });
        put(n, ParameterName.FlipAngle, r.numbers("flipAngle"));
        put(n, ParameterName.InversionTime, r.numbers("ti"));
        put(n, ParameterName.EchoTrainLength, r.numbers("echoTrain"));
        boolean halfscan = r.text("halfscan").map(s -> s.equals(c.profile().text("yes"))).orElse(false);
        n.put(ParameterName.PartialFourier, List.of(halfscan ? r.number("halfscanFactor").orElse(1.0) : 1.0));
        // the bandwidth is the info page's result of the water-fat shift (console.json notes)
        double shift = fatWaterShiftHz(c, scanner.fieldStrength());
        r.number("waterFatShift").ifPresent(wfs -> n.put(ParameterName.PixelBandwidth, List.of(shift / wfs)));
        r.number("epiWaterFatShift").ifPresent(wfs -> r.number("echoTrain").ifPresent(echoes ->
                n.put(ParameterName.EchoSpacing, List.of(wfs / shift * 1000 / echoes))));
        put(n, ParameterName.NumberOfAverages, r.numbers("nsa"));
        put(n, ParameterName.NumberOfVolumes, r.numbers("dynamicScans"));
        put(n, ParameterName.LabelingDuration, r.numbers("labelingDuration"));
        put(n, ParameterName.PostLabelingDelay, r.numbers("postLabelingDelay"));
        Map<ParameterName, String> codes = new EnumMap<>(ParameterName.class);
        r.text("scanMode").ifPresent(m -> codes.put(ParameterName.MRAcquisitionType, threeD ? "3D" : "2D"));
        // polarity from the fat shift direction of an EPI: the mapping is [U] and kept in the data (fatShift.towards);
        // outside EPI the fat shift runs along the readout and the card gives the phase axis only
        r.text("fatShiftDirection").filter(letter -> c.technique().isEpi()).flatMap(letter -> {
            String to = c.profile().text("fatShift.towards").equals("to") ? letter : phaseAxis.replace(letter, "");
            return axes.bidsCode(phaseAxis, to);
        }).ifPresent(code -> codes.put(ParameterName.PhaseEncodingDirection, code));
        r.text("fatSuppression").flatMap(text -> codeShownAs(c, "fatSuppression.", text))
                .ifPresent(code -> codes.put(ParameterName.FatSuppression, code));
        r.text("fatSuppressionStrength").flatMap(text -> codeShownAs(c, "strength.", text))
                .ifPresent(code -> codes.put(ParameterName.FatSuppressionStrength, code));
        r.text("mtc").flatMap(text -> codeShownAs(c, "mtc.", text))
                .ifPresent(code -> codes.put(ParameterName.MagnetizationTransfer, code));
        r.text("kspaceShutter").flatMap(text -> codeShownAs(c, "kspaceShutter.", text))
                .ifPresent(code -> codes.put(ParameterName.EllipticalScanning, code));
        return new NeutralValues(n, codes);
    }

    /**
     * The partitions a Philips 3D slab acquires: its slices plus the slice oversampling as whole partitions, the same
     * number on each side (floor(N x (factor - 1) / 2) a side), so the oversampling the time counts is that whole
     * number over N. Inferred from the spine-generic R5.3 printout, not from a Philips document: GRE-T1 (TR 15 ms,
     * 00:34.3) and GRE-MT (TR 57 ms, 'Dyn. scan time 02:10.1' a dynamic, 'Time to k0 01:05.0' half of it) acquire
     * 2283-2290 profiles, 22 slices at 'oversample factor 1.15' with SENSE 2.1 over 255 phase lines (122) and the
     * elliptical shutter ('default'): 24 partitions give 0.785 x 122 x 24 = 2300 (+0.6 %), while rounding 25.3 to 25
     * gives 2396 (+4.8 %) and up to 26 gives 2492 (+9 %); no other whole count comes within 3 %.
     */
    @Override
    protected NeutralValues acquired(NeutralValues achieved) {
        if (!achieved.has(ParameterName.SliceOversampling) || !achieved.has(ParameterName.NumberOfSlices)) {
            return achieved;
        }
        double slices = achieved.getOr(ParameterName.NumberOfSlices, 1);
        double perSide = Math.floor(slices * achieved.getOr(ParameterName.SliceOversampling, 0) / 2 + 1e-9);
        return achieved.with(ParameterName.SliceOversampling, 2 * perSide / slices);
    }

    private static void put(Map<ParameterName, List<Double>> n, ParameterName name, List<Double> values) {
        if (!values.isEmpty()) {
            n.put(name, values);
        }
    }

    @Override
    public DirectionFile directionFile() {
        return new PhilipsVectorFile();
    }

    /** The spacing of two or more echo times that are evenly spaced (to 0.01 ms), as an mFFE programs them. */
    static Optional<Double> evenSpacing(List<Double> echoes) {
        if (echoes.size() < 2) {
            return Optional.empty();
        }
        double spacing = echoes.get(1) - echoes.get(0);
        for (int k = 2; k < echoes.size(); k++) {
            if (Math.abs(echoes.get(k) - echoes.get(k - 1) - spacing) > 0.005) {
                return Optional.empty();
            }
        }
        return spacing > 0 ? Optional.of(spacing) : Optional.empty();
    }
}
