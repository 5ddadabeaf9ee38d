package io.github.diapason.conformity.export;

import io.github.diapason.conformity.siemens.Ascconv;
import io.github.diapason.diagnostic.SourceLocation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Turns a Siemens measurement protocol (its ASCCONV block) into the values the syngo printout shows,
 * under the printout's labels and units. Every label, unit and code below was checked against the
 * printouts of the same programs in spine-generic/protocols (Siemens/Prisma_VE11C_no-ZOOMit/*.pdf,
 * syngo MR E11): for example alTR[0] = 2000000 (µs) is printed "TR 2000.0 ms", sRXSPEC.alDwellTime[0] =
 * 10400 (ns, oversampled readout) with base resolution 320 is printed "Bandwidth 150 Hz/Px".
 * Codes seen on no printout are not translated: the key is listed as not read, never guessed.
 * syngo MR XA (ulVersion 6xxxxxxx) prints other words for the same controls ({@link #XA_LABELS}, read off
 * Siemens/CimaX_XA61_ZOOMit/spine-generic_CimaX_XA61_ZOOMit.pdf); B17 (Trio, Verio) prints the E11 words.
 */
final class SiemensProtocolValues {

    /** sKSpace.ucPhasePartialFourier / ucSlicePartialFourier (also reference/vendors.md section 4). */
    private static final Map<Long, String> PARTIAL_FOURIER =
            Map.of(1L, "4/8", 2L, "5/8", 4L, "6/8", 8L, "7/8", 16L, "Off", 32L, "Allowed");
    private static final Map<Long, String> MULTI_SLICE_MODE = Map.of(1L, "Sequential", 2L, "Interleaved", 4L, "Single shot");
    private static final Map<Long, String> PAT_MODE = Map.of(1L, "None", 2L, "GRAPPA");
    private static final Map<Long, String> FAT_SUPPRESSION = Map.of(4L, "None", 32L, "SPAIR");
    private static final long SPAIR = 32;
    /**
     * sPrepPulses.ucFatSatMode, printed only under a SPAIR fat suppression: 2 "Fat sat. mode Strong" (E11 DWI_no-ZOOMit,
     * spine_generic_Prisma_VE11C_no-ZOOMit.pdf), 1 "Fat Saturation Weak" (XA61 DWI, spine-generic_CimaX_XA61_ZOOMit.pdf,
     * protocol DWI_ES192_TE72_SPAIRweak). Every other program holds 2 without printing it.
     */
    private static final Map<Long, String> FAT_SAT_MODE = Map.of(1L, "Weak", 2L, "Strong");
    /**
     * XA61 sPrepPulses.lFatWaterContrast, printed "Fat-Water Contrast": 1 Standard (the seven non-diffusion programs of
     * spine-generic_CimaX_XA61_ZOOMit.exar1), 4096 SPAIR (its DWI), as spine-generic_CimaX_XA61_ZOOMit.pdf prints them.
     */
    private static final Map<Long, String> XA_FAT_WATER_CONTRAST = Map.of(1L, "Standard", 4096L, "SPAIR");
    private static final long XA_SPAIR = 4096;
    private static final Map<Long, String> MAGN_PREPARATION = Map.of(2L, "Non-sel. IR", 4L, "None");
    private static final Map<Long, String> DIFFUSION_MODE = Map.of(256L, "MDDW");
    private static final Map<Long, String> DIMENSION = Map.of(2L, "2D", 4L, "3D");
    /** sSliceArray.ucMode: 1 Ascending (T1w), 4 Interleaved; 2 (descending) was on no printout. */
    private static final Map<Long, String> SERIES = Map.of(1L, "Ascending", 4L, "Interleaved");
    private static final Map<Long, String> AVERAGING_MODE = Map.of(1L, "Short term", 2L, "Long term");
    private static final Map<Long, String> RECONSTRUCTION = Map.of(1L, "Magnitude");
    private static final Map<Long, String> REFERENCE_SCAN_MODE = Map.of(2L, "Integrated");
    private static final Map<Long, String> WATER_SUPPRESSION = Map.of(4L, "None");
    private static final Map<Long, String> ON = Map.of(1L, "On");
    private static final Map<Long, String> FLOW_COMPENSATION = Map.of(1L, "No", 2L, "Yes");
    /** sDistortionCorrFilter.ucMode: 1 off, 2 on in 2D, 4 on in 3D (the printout adds "Mode 2D/3D"). */
    private static final Map<Long, String> DISTORTION_CORRECTION = Map.of(1L, "Off", 2L, "On", 4L, "On");
    private static final Map<Long, String> OFF = Map.of(1L, "Off");
    /** XA61 words for the same codes: "Distortion Correction 2D", "Flow Compensation None". */
    private static final Map<Long, String> XA_DISTORTION_CORRECTION = Map.of(1L, "Off", 2L, "2D", 4L, "3D");
    private static final Map<Long, String> XA_FLOW_COMPENSATION = Map.of(1L, "None", 2L, "On");
    /**
     * Phase-encoding direction by main slice axis and in-plane rotation in quarter turns, as printed on the
     * E11, XA61 and B17 printouts: transversal and sagittal unrotated "A >> P", coronal unrotated "R >> L",
     * sagittal rotated by 90° (dInPlaneRot 1.5708) "H >> F". Other combinations were on no printout: not read.
     */
    private static final Map<String, String> PHASE_ENCODING =
            Map.of("dTra/0", "A >> P", "dSag/0", "A >> P", "dSag/1", "H >> F", "dCor/0", "R >> L");
    private static final Map<String, String> ORIENTATION =
            Map.of("dSag", "Sagittal", "dCor", "Coronal", "dTra", "Transversal");
    private static final long DIFFUSION_OFF = 1;
    /** ASCCONV ulVersion of syngo MR XA protocols (XA61: 66110001; E11C: 51130001; B17: 0x14b44b6). */
    private static final long FIRST_XA_VERSION = 60_000_000;
    /** E11 label → XA61 label, for the controls whose printed name changed. */
    private static final Map<String, String> XA_LABELS = Map.ofEntries(
            Map.entry("Trigger pulse", "Trigger Pulse"), Map.entry("Trigger delay", "Trigger Delay"),
            Map.entry("Flip angle", "Flip Angle"), Map.entry("Magn. preparation", "Magn. Preparation"),
            Map.entry("FoV read", "FOV Read"), Map.entry("FoV phase", "FOV Phase"),
            Map.entry("Slice thickness", "Slice Thickness"), Map.entry("Slices per slab", "Slices per Slab"),
            Map.entry("Dist. factor", "Distance Factor"), Map.entry("Base resolution", "Base Resolution"),
            Map.entry("Phase resolution", "Phase Resolution"), Map.entry("Slice resolution", "Slice Resolution"),
            Map.entry("Phase partial Fourier", "Phase Partial Fourier"),
            Map.entry("Slice partial Fourier", "Slice Partial Fourier"), Map.entry("Multi-slice mode", "Multi-Slice Mode"),
            Map.entry("PAT mode", "Acceleration Mode"), Map.entry("Accel. mode", "Acceleration Mode"),
            Map.entry("Accel. factor PE", "Acceleration Factor PE"), Map.entry("Ref. lines PE", "Reference Lines PE"),
            Map.entry("Accel. factor 3D", "Acceleration Factor 3D"), Map.entry("Turbo factor", "Turbo Factor"),
            Map.entry("Diffusion mode", "Diffusion Mode"), Map.entry("Diff. directions", "Diff. Directions"),
            Map.entry("Diff. weightings", "Diff. Weightings"), Map.entry("Phase oversampling", "Phase Oversampling"),
            Map.entry("Slice oversampling", "Slice Oversampling"), Map.entry("Reference scan mode", "Reference Scans"),
            Map.entry("RF spoiling", "RF Spoiling"), Map.entry("Elliptical filter", "Elliptical Filter"),
            Map.entry("Elliptical scanning", "Elliptical Scanning"),
            Map.entry("Dynamic Field Corr.", "Dynamic Field Correction"), Map.entry("Distortion Corr.", "Distortion Correction"),
            Map.entry("Flow comp.", "Flow Compensation"), Map.entry("Fat sat. mode", "Fat Saturation"), Map.entry("Phase enc. dir.", "Phase Encoding Dir."));
    /** XA61 prints "Single Shot" where E11 prints "Single shot". */
    private static final Map<Long, String> XA_MULTI_SLICE_MODE = Map.of(1L, "Sequential", 2L, "Interleaved", 4L, "Single Shot");
    private static final long THREE_D = 4;

    private final Ascconv protocol;
    private final SourceLocation at;
    private final boolean xa;
    private final List<ConsoleValue> values = new ArrayList<>();
    private final List<String> notRead = new ArrayList<>();

    private SiemensProtocolValues(Ascconv protocol, SourceLocation at) {
        this.protocol = protocol;
        this.at = at;
        this.xa = protocol.integer("ulVersion").orElse(0) >= FIRST_XA_VERSION;
    }

    record Result(String sequenceType, List<ConsoleValue> values, List<String> notRead) {
    }

    static Result of(Ascconv protocol, SourceLocation at) {
        SiemensProtocolValues v = new SiemensProtocolValues(protocol, at);
        v.read();
        return new Result(v.sequenceType(), List.copyOf(v.values), List.copyOf(v.notRead));
    }

    /** {@code tSequenceFileName} without its {@code %SiemensSeq%\} folder: tfl, tse_vfl, ep2d_diff, gre... */
    String sequenceType() {
        String file = protocol.text("tSequenceFileName").orElse("");
        return file.substring(Math.max(file.lastIndexOf('\\'), file.lastIndexOf('/')) + 1);
    }

    private void read() {
        boolean threeD = protocol.integer("sKSpace.ucDimension").orElse(0) == THREE_D;
        String sequence = sequenceType();
        plain("tProtocolName", "Protocol name");
        scaled("alTR[0]", "TR", "ms", 1e-3);
        scaled("alTE[0]", "TE", "ms", 1e-3);
        scaled("adFlipAngleDegree[0]", "Flip angle", "deg", 1);
        OptionalLong inversion = protocol.integer("sPrepPulses.ucInversion");
        coded("sPrepPulses.ucInversion", "Magn. preparation", MAGN_PREPARATION);
        if (inversion.isPresent() && inversion.getAsLong() != 4) {
            scaled("alTI[0]", "TI", "ms", 1e-3);
        }
        fatSuppression();
        if (protocol.integer("sDiffusion.ulMode").orElse(DIFFUSION_OFF) == DIFFUSION_OFF) {
            // Diffusion programs print averages per b-value instead (diffusion()).
            averages();
        }
        // ASCCONV omits zero values: no lRepetitions means 0 repetitions, one measurement.
        add("lRepetitions", "Measurements", Long.toString(protocol.integer("lRepetitions").orElse(0) + 1), "");
        scaled("sSliceArray.asSlice[0].dReadoutFOV", "FoV read", "mm", 1);
        fovPhase();
        slices(threeD);
        plain("sKSpace.lBaseResolution", "Base resolution");
        scaled("sKSpace.dPhaseResolution", "Phase resolution", "%", 100);
        if (threeD) {
            scaled("sKSpace.dSliceResolution", "Slice resolution", "%", 100);
        }
        coded("sKSpace.ucPhasePartialFourier", "Phase partial Fourier", PARTIAL_FOURIER);
        if (threeD) {
            coded("sKSpace.ucSlicePartialFourier", "Slice partial Fourier", PARTIAL_FOURIER);
        }
        coded("sKSpace.ucMultiSliceMode", "Multi-slice mode", xa ? XA_MULTI_SLICE_MODE : MULTI_SLICE_MODE);
        coded("sKSpace.ucDimension", "Dimension", DIMENSION);
        coded("sSliceArray.ucMode", "Series", SERIES);
        plain("sSliceArray.lConc", "Concatenations");
        coded("sKSpace.ucAveragingMode", "Averaging mode", AVERAGING_MODE);
        coded("ucReconstructionMode", "Reconstruction", RECONSTRUCTION);
        plain("lContrasts", "Contrasts");
        plain("sFastImaging.lSegments", "Segments");
        coded("sFastImaging.ulEnableRFSpoiling", "RF spoiling", ON);
        coded("sPrepPulses.ucWaterSat", "Water suppr.", WATER_SUPPRESSION);
        // ASCCONV omits zero values: an absent switch is off (GRE-MT1 has sPrepPulses.ucMTC 0x1, printed "MTC On").
        onOff("sPrepPulses.ucMTC", "MTC");
        onOff("sPreScanNormalizeFilter.ucOn", "Prescan Normalize");
        // B17 ep2d_diff prints "Raw filter On" with no sRawFilter line: an absent raw filter is not read as off.
        coded("sRawFilter.ucOn", "Raw filter", ON);
        onOff("sEllipticalFilter.ucOn", "Elliptical filter");
        if (threeD) {
            // ASCCONV omits the switch when off; the printouts show "Elliptical scanning Off" on 3D programs only
            onOff("sKSpace.ucEnableEllipticalScanning", "Elliptical scanning");
        }
        onOff("sKSpace.uc2DInterpolation", "Interpolation");
        coded("acFlowComp[0]", "Flow comp.", xa ? XA_FLOW_COMPENSATION : FLOW_COMPENSATION);
        coded("sDistortionCorrFilter.ucMode", "Distortion Corr.", xa ? XA_DISTORTION_CORRECTION : DISTORTION_CORRECTION);
        coded("sDynDistCorrFilter.ucMode", "Dynamic Field Corr.", OFF);
        orientation();
        phaseEncodingDirection();
        acceleration(sequence, threeD);
        bandwidth();
        if (sequence.startsWith("tse") || sequence.startsWith("space")) { // E11 tse_vfl, XA61 space: SPACE
            plain("sFastImaging.lTurboFactor", "Turbo factor");
        }
        diffusion();
        physio();
        OptionalLong ta = protocol.integer("lTotalScanTimeSec");
        if (ta.isPresent()) {
            add("lTotalScanTimeSec", "TA", ta.getAsLong() / 60 + ":" + String.format("%02d", ta.getAsLong() % 60), "");
        }
    }

    /** E11 and B17 "Fat suppr." (sPrepPulses.ucFatSat); XA61, which has no ucFatSat, "Fat-Water Contrast"; then the SPAIR mode. */
    private void fatSuppression() {
        boolean spair;
        if (xa) {
            coded("sPrepPulses.lFatWaterContrast", "Fat-Water Contrast", XA_FAT_WATER_CONTRAST);
            spair = protocol.integer("sPrepPulses.lFatWaterContrast").orElse(0) == XA_SPAIR;
        } else {
            coded("sPrepPulses.ucFatSat", "Fat suppr.", FAT_SUPPRESSION);
            spair = protocol.integer("sPrepPulses.ucFatSat").orElse(0) == SPAIR;
        }
        if (spair) {
            coded("sPrepPulses.ucFatSatMode", "Fat sat. mode", FAT_SAT_MODE);
        }
    }

    private void onOff(String key, String label) {
        add(key, label, protocol.integer(key).orElse(0) == 1 ? "On" : "Off", "");
    }

    /** A slice normal along one axis only (sNormal.dSag/dCor/dTra = 1.0) is printed Sagittal, Coronal or Transversal. */
    private void orientation() {
        String prefix = "sSliceArray.asSlice[0].sNormal.";
        List<String> axes = ORIENTATION.keySet().stream().filter(a -> protocol.text(prefix + a).isPresent()).toList();
        if (axes.size() == 1 && Math.abs(protocol.decimal(prefix + axes.get(0)).orElse(0)) == 1.0) {
            add(prefix + axes.get(0), "Orientation", ORIENTATION.get(axes.get(0)), "");
        }
    }

    private void phaseEncodingDirection() {
        String prefix = "sSliceArray.asSlice[0].sNormal.";
        String axis = "";
        double largest = 0;
        for (String a : List.of("dSag", "dCor", "dTra")) {
            double component = protocol.decimal(prefix + a).orElse(0);
            if (Math.abs(component) > Math.abs(largest)) {
                largest = component;
                axis = a;
            }
        }
        double rotation = protocol.decimal("sSliceArray.asSlice[0].dInPlaneRot").orElse(0);
        long quarter = Math.round(rotation / (Math.PI / 2));
        if (axis.isEmpty()) {
            return;
        }
        String direction = largest > 0 && Math.abs(rotation - quarter * Math.PI / 2) < 1e-3
                ? PHASE_ENCODING.get(axis + "/" + Math.floorMod(quarter, 4)) : null;
        if (direction == null) {
            notRead.add("sSliceArray.asSlice[0].dInPlaneRot (phase-encoding direction for normal " + axis + " "
                    + largest + ", rotation " + rotation + " not seen on a printout)");
        } else {
            add("sSliceArray.asSlice[0].dInPlaneRot", "Phase enc. dir.", direction, "");
        }
    }

    private void slices(boolean threeD) {
        // ASCCONV omits zero values: no oversampling key is 0 %.
        add("sKSpace.dPhaseOversamplingForDialog", "Phase oversampling",
                number(protocol.decimal("sKSpace.dPhaseOversamplingForDialog").orElse(0) * 100, 0), "%");
        if (threeD) {
            add("sKSpace.dSliceOversamplingForDialog", "Slice oversampling",
                    number(protocol.decimal("sKSpace.dSliceOversamplingForDialog").orElse(0) * 100, 1), "%");
            plain("sSliceArray.lSize", "Slabs");
            OptionalLong perSlab = protocol.integer("sKSpace.lImagesPerSlab");
            OptionalDouble slab = protocol.decimal("sSliceArray.asSlice[0].dThickness");
            plain("sKSpace.lImagesPerSlab", "Slices per slab");
            if (perSlab.isPresent() && perSlab.getAsLong() > 0 && slab.isPresent()) {
                add("sSliceArray.asSlice[0].dThickness", "Slice thickness",
                        number(slab.getAsDouble() / perSlab.getAsLong(), 2), "mm");
            }
        } else if (protocol.text("sGroupArray.asGroup[0].nSize").isPresent()) {
            // The printout shows the slices of slice group 1 (the localizer has 5 + 3 in two groups).
            plain("sGroupArray.asGroup[0].nSize", "Slices");
            scaled("sSliceArray.asSlice[0].dThickness", "Slice thickness", "mm", 1);
        } else {
            plain("sSliceArray.lSize", "Slices");
            scaled("sSliceArray.asSlice[0].dThickness", "Slice thickness", "mm", 1);
        }
        // ASCCONV omits zero values: no dDistFact is a distance factor of 0 %.
        add("sGroupArray.asGroup[0].dDistFact", "Dist. factor",
                number(protocol.decimal("sGroupArray.asGroup[0].dDistFact").orElse(0) * 100, 0), "%");
    }

    private void fovPhase() {
        OptionalDouble read = protocol.decimal("sSliceArray.asSlice[0].dReadoutFOV");
        OptionalDouble phase = protocol.decimal("sSliceArray.asSlice[0].dPhaseFOV");
        if (read.isPresent() && phase.isPresent() && read.getAsDouble() > 0) {
            add("sSliceArray.asSlice[0].dPhaseFOV", "FoV phase", number(100 * phase.getAsDouble() / read.getAsDouble(), 1), "%");
        }
    }

    /** ep2d sequences of VE11 show the iPAT card as "Accel. mode"; the others as "PAT mode". */
    private void acceleration(String sequence, boolean threeD) {
        coded("sPat.ucPATMode", sequence.startsWith("ep2d") ? "Accel. mode" : "PAT mode", PAT_MODE);
        if (protocol.integer("sPat.ucPATMode").orElse(1) != 1) {
            plain("sPat.lAccelFactPE", "Accel. factor PE");
            plain("sPat.lRefLinesPE", "Ref. lines PE");
            coded("sPat.ucRefScanMode", "Reference scan mode", REFERENCE_SCAN_MODE);
            if (threeD) {
                plain("sPat.lAccelFact3D", "Accel. factor 3D");
            }
        }
    }

    /**
     * The printed averages: lAverages, except where the sequence averages fractionally (SPACE T2w: lAverages 1,
     * dAveragesDouble 1.4, printed 1.4). dAveragesDouble is 1 on programs printing 2 averages (GRE-ME), so it
     * counts only when it is not a whole number.
     */
    private void averages() {
        OptionalDouble fractional = protocol.decimal("dAveragesDouble");
        if (fractional.isPresent() && fractional.getAsDouble() != Math.rint(fractional.getAsDouble())) {
            scaled("dAveragesDouble", "Averages", "", 1);
        } else {
            plain("lAverages", "Averages");
        }
    }

    /**
     * Hz/Px = 1 / (dwell × 2 × base resolution), the dwell time being per sample of the twice-oversampled
     * readout. The stored dwell time is quantised (100 ns steps on these protocols), so the value can differ
     * from the printed bandwidth by about 0.5 % (GRE-ME: 259.55 computed, 260 printed; B17 ep2d_diff: 964.9
     * computed, 964 printed): compare it with the 1 % tolerance of reference/vendors.md section 2.
     */
    private void bandwidth() {
        OptionalDouble dwell = protocol.decimal("sRXSPEC.alDwellTime[0]");
        OptionalDouble base = protocol.decimal("sKSpace.lBaseResolution");
        if (dwell.isPresent() && base.isPresent() && dwell.getAsDouble() > 0 && base.getAsDouble() > 0) {
            add("sRXSPEC.alDwellTime[0]", "Bandwidth", number(1e9 / (dwell.getAsDouble() * 2 * base.getAsDouble()), 0), "Hz/Px");
        }
    }

    /**
     * The Physio - Signal1 card: "1st Signal/Mode" from sPhysioImaging.lSignal1 (1 none, 4 pulse) and lMethod1 (2
     * trigger), then for a triggered scan the signal's trigger pulses and the trigger delay (alTD[0], µs; ASCCONV omits
     * zero). spine-generic VE11C and XA61 DWI: lSignal1 4, lMethod1 2, sPhysioPulse.lTriggerPulses 1, printed
     * "1st Signal/Mode Pulse/Trigger", "Trigger pulse 1", "Trigger delay 0 ms"; the other series "None".
     */
    private void physio() {
        OptionalLong signal = protocol.integer("sPhysioImaging.lSignal1");
        if (signal.isEmpty()) {
            return;
        }
        long method = protocol.integer("sPhysioImaging.lMethod1").orElse(1);
        if (signal.getAsLong() == 1) {
            add("sPhysioImaging.lSignal1", "1st Signal/Mode", "None", "");
        } else if (signal.getAsLong() == PHYSIO_PULSE && method == PHYSIO_TRIGGER) {
            add("sPhysioImaging.lSignal1", "1st Signal/Mode", "Pulse/Trigger", "");
            plain("sPhysioImaging.sPhysioPulse.lTriggerPulses", "Trigger pulse");
            add("alTD[0]", "Trigger delay", number(protocol.decimal("alTD[0]").orElse(0) / 1000, 1), "ms");
        } else {
            notRead.add("sPhysioImaging.lSignal1 (signal " + signal.getAsLong() + ", method " + method
                    + " not seen on a printout)");
        }
    }

    private static final long PHYSIO_PULSE = 4;
    private static final long PHYSIO_TRIGGER = 2;

    private void diffusion() {
        long mode = protocol.integer("sDiffusion.ulMode").orElse(DIFFUSION_OFF);
        if (mode == DIFFUSION_OFF) {
            return;
        }
        coded("sDiffusion.ulMode", "Diffusion mode", DIFFUSION_MODE);
        plain("sDiffusion.lDiffDirections", "Diff. directions");
        long weightings = protocol.integer("sDiffusion.lDiffWeightings").orElse(0);
        plain("sDiffusion.lDiffWeightings", "Diff. weightings");
        for (int i = 0; i < weightings; i++) {
            String key = "sDiffusion.alBValue[" + i + "]";
            // ASCCONV omits zero values: the b = 0 weighting has no line.
            add(key, "b-value " + (i + 1), Long.toString(protocol.integer(key).orElse(0)), "s/mm²");
        }
        // MDDW's averages per b-value, sDiffusion.alAverages (VE11C and XA61 DWI: 5 at b = 0, 1 at b = 800), printed
        // in the b-value table after the b-values: E11 as a second 'b-value 1' line, XA as 'Averages 1'
        // (spine_generic_Prisma_VE11C_no-ZOOMit.pdf, spine-generic_CimaX_XA61_ZOOMit.pdf, DWI). B17's ASCCONV holds none.
        for (int i = 0; i < weightings; i++) {
            String key = "sDiffusion.alAverages[" + i + "]";
            String label = (xa ? "Averages " : "b-value ") + (i + 1);
            protocol.integer(key).ifPresent(n -> add(key, label, Long.toString(n), ""));
        }
    }

    private void plain(String key, String label) {
        protocol.text(key).ifPresent(v -> add(key, label, v, ""));
    }

    private void scaled(String key, String label, String unit, double factor) {
        OptionalDouble v = protocol.decimal(key);
        if (v.isPresent()) {
            add(key, label, number(v.getAsDouble() * factor, 3), unit);
        } else if (protocol.text(key).isPresent()) {
            notRead.add(key + " (not a number: " + protocol.text(key).get() + ")");
        }
    }

    private void coded(String key, String label, Map<Long, String> words) {
        OptionalLong code = protocol.integer(key);
        if (code.isEmpty()) {
            return;
        }
        String word = words.get(code.getAsLong());
        if (word == null) {
            notRead.add(key + " (code " + code.getAsLong() + " not seen on a printout)");
        } else {
            add(key, label, word, "");
        }
    }

    private void add(String key, String label, String value, String unit) {
        String printed = xa ? XA_LABELS.getOrDefault(label, label) : label;
        values.add(new ConsoleValue(key, printed, value, unit, at.withPath(at.path() + "/" + key)));
    }

    /** At most {@code decimals} decimals, trailing zeros dropped: 2000, 3.72, 81.3. */
    static String number(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
