package io.github.diapason.conformity.inspect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Folds the {@link FileValues} of one series, in any order, into {@link SeriesValues}. Memory
 * depends on the series (its distinct echo times, positions, diffusion directions), not on
 * how many files it has. The result does not depend on the order files were added: single
 * values come from the file with the lowest instance number (then file name), sets are sorted.
 * Not thread-safe by itself: the caller synchronises {@link #add}.
 */
final class SeriesAccumulator {

    private static final Comparator<List<Double>> VECTOR_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Double.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private final FieldSlots slots;
    /** Per slot: a reported single-valued field (no leading underscore), and the rounding step of a vector field. */
    private final boolean[] reported;
    private final double[] steps;
    private final int sliceLocationKey;
    private final int triggerTime;
    private FileValues representative;
    /** Per slot of a single-valued field, the first value folded; whether values that differ were seen. */
    private final Object[] firstSeen;
    private final boolean[] varying;
    /** Per slot of a per-frame field, its values; of a vector field, its vectors rounded. */
    private final TreeSet<Double>[] perFrame;
    private final TreeSet<List<Double>>[] vectors;
    /** The fields and lists of the last file folded: a value that is the very same object was folded with it. */
    private Object[] lastFields;
    private List<String> lastIdentifying;
    private List<String> lastNotPseudonym;
    private final Set<String> identifying = new TreeSet<>();
    private final Set<String> notPseudonym = new TreeSet<>();
    /** Per image position (rounded like {@code _SliceLocationKey}), its earliest Trigger Time (0018,1060): {@link GeSliceTiming}. */
    private final Map<List<Double>, Double> triggerTimes = new HashMap<>();
    /** Per image position, when its first two volumes' frames started (enhanced MR): {@link EnhancedSliceTiming}. */
    private final Map<List<Double>, double[]> frameStarts = new HashMap<>();
    private long files;
    private long frames;
    private long mosaicImages;
    private boolean mosaic;

    @SuppressWarnings("unchecked")
    SeriesAccumulator(FieldTable table) {
        this.slots = FieldSlots.of(table);
        int n = slots.size();
        reported = new boolean[n];
        steps = new double[n];
        for (int i = 0; i < n; i++) {
            reported[i] = !slots.names[i].startsWith("_");
            steps[i] = slots.names[i].equals("_SliceLocationKey") ? 0.01 : 1e-4;
        }
        sliceLocationKey = slots.slot("_SliceLocationKey");
        triggerTime = slots.slot("_TriggerTime");
        firstSeen = new Object[n];
        varying = new boolean[n];
        perFrame = new TreeSet[n];
        vectors = new TreeSet[n];
    }

    /**
     * Folds one file. A value that is the same object as the last folded file's in its slot is skipped: that file
     * folded it already (first value kept or compared, set members added, all idempotent), so the result is the
     * same, in any order of files.
     */
    @SuppressWarnings("unchecked")
    void add(FileValues f) {
        files++;
        frames += f.frames();
        if (f.mosaicImages() > 0) {
            mosaic = true;
            mosaicImages += f.mosaicImages();
        } else {
            mosaicImages += f.frames();
        }
        // the file whose single values represent the series: the lowest instance number, then file name (written out:
        // a comparator chain per file is slow under C1)
        FileValues rep = representative;
        if (rep == null || f.instanceNumber() < rep.instanceNumber()
                || f.instanceNumber() == rep.instanceNumber() && f.file().compareTo(rep.file()) < 0) {
            representative = f;
        }
        Object[] fields = f.fields();
        Object[] last = lastFields;
        FieldTable.Kind[] kinds = slots.kinds;
        for (int i = 0; i < fields.length; i++) {
            Object v = fields[i];
            if (v == null || last != null && last[i] == v) {
                continue;
            }
            FieldTable.Kind kind = kinds[i];
            if (kind == FieldTable.Kind.EACH) {
                TreeSet<Double> set = perFrame[i];
                if (set == null) {
                    set = perFrame[i] = new TreeSet<>();
                }
                set.addAll((List<Double>) v);
            } else if (kind == FieldTable.Kind.VECTOR) {
                TreeSet<List<Double>> set = vectors[i];
                if (set == null) {
                    set = vectors[i] = new TreeSet<>(VECTOR_ORDER);
                }
                List<List<Double>> vs = (List<List<Double>>) v;
                for (int j = 0; j < vs.size(); j++) {
                    set.add(rounded(vs.get(j), steps[i]));
                }
            } else if (reported[i]) {
                Object before = firstSeen[i];
                if (before == null) {
                    firstSeen[i] = v;
                } else if (!varying[i] && !before.equals(v)) {
                    varying[i] = true;
                }
            }
        }
        lastFields = fields;
        if (f.frameTimes() != null) { // [x, y, z, time] per frame: kept per location, not per frame
            for (List<Double> frame : f.frameTimes()) {
                EnhancedSliceTiming.add(frameStarts, rounded(frame.subList(0, 3), 0.01), frame.get(3));
            }
        }
        if (f.field(triggerTime) instanceof Double time) {
            List<List<Double>> at = (List<List<Double>>) f.field(sliceLocationKey);
            if (at != null && at.size() == 1) {
                triggerTimes.merge(rounded(at.get(0), 0.01), time, Math::min);
            }
        }
        if (f.identifyingPresent() != lastIdentifying) {
            identifying.addAll(f.identifyingPresent());
            lastIdentifying = f.identifyingPresent();
        }
        if (f.notMatchingPseudonym() != lastNotPseudonym) {
            notPseudonym.addAll(f.notMatchingPseudonym());
            lastNotPseudonym = f.notMatchingPseudonym();
        }
    }

    private static List<Double> rounded(List<Double> vec, double step) {
        Double[] rounded = new Double[vec.size()]; // a loop, not a stream: once per file and vector
        for (int i = 0; i < rounded.length; i++) {
            double d = Math.round(vec.get(i) / step) * step;
            rounded[i] = d == 0.0 ? 0.0 : d;
        }
        return List.of(rounded);
    }

    SeriesValues build() {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> rep = representative.values();
        for (int i = 0; i < slots.size(); i++) {
            String name = slots.names[i];
            switch (name) {
                case "_InPlanePhaseEncodingDirection" -> {
                    matrix(rep, out);
                    phaseEncoding(rep, out);
                    Readout.derive(rep, out);
                }
                case "_NumberOfImagesInMosaic" -> counts(out);
                case "_BValue" -> diffusion(out);
                default -> {
                    if (!reported[i]) {
                        continue;
                    }
                    if (slots.kinds[i] == FieldTable.Kind.EACH) {
                        TreeSet<Double> all = perFrame[i];
                        if (all != null && !all.isEmpty()) {
                            out.put(name, all.size() == 1 ? Json.number(all.first()) : Json.numbers(all));
                        }
                    } else if (rep.containsKey(name)) {
                        out.put(name, Json.value(rep.get(name)));
                    }
                }
            }
        }
        @SuppressWarnings("unchecked")
        List<List<Double>> first = (List<List<Double>>) representative.field(sliceLocationKey);
        TreeSet<List<Double>> positions = vectorSet(sliceLocationKey);
        GeSliceTiming.derive(rep, out, positions, triggerTimes, first == null || first.size() != 1 ? null : first.get(0));
        EnhancedSliceTiming.derive(rep, out, positions, frameStarts);
        // dcm2niix writes acceleration factors only when there is acceleration (> 1)
        for (String factor : List.of("ParallelReductionFactorInPlane", "ParallelReductionFactorOutOfPlane", "MultibandAccelerationFactor")) {
            if (out.get(factor) instanceof Number n && n.doubleValue() <= 1) {
                out.remove(factor);
            }
        }
        out.put("IdentifyingAttributesPresent", List.copyOf(identifying));
        if (!notPseudonym.isEmpty()) {
            out.put("NotMatchingPseudonym", List.copyOf(notPseudonym));
        }
        Set<String> varied = new TreeSet<>();
        for (int i = 0; i < varying.length; i++) {
            if (varying[i]) {
                varied.add(slots.names[i]);
            }
        }
        if (!varied.isEmpty()) {
            out.put("ValuesVaryingBetweenFiles", List.copyOf(varied));
        }
        return new SeriesValues(representative.studyInstanceUid(), representative.seriesInstanceUid(),
                rep.get("_StudyDate") instanceof String date ? date : null, out, representative.file());
    }

    /**
     * (0018,1310) is frequency rows \\ frequency columns \\ phase rows \\ phase columns, one of each pair 0:
     * the non-zero phase value is AcquisitionMatrixPE, as dcm2niix reads it (no need for the phase axis).
     */
    private static void matrix(Map<String, Object> rep, Map<String, Object> out) {
        if (rep.get("AcquisitionMatrix") instanceof List<?> m && m.size() == 4) {
            double freq = Math.max(((Number) m.get(0)).doubleValue(), ((Number) m.get(1)).doubleValue());
            double pe = Math.max(((Number) m.get(2)).doubleValue(), ((Number) m.get(3)).doubleValue());
            if (pe > 0) {
                out.put("AcquisitionMatrixPE", Json.number(pe));
            }
            if (freq > 0) {
                out.put("AcquisitionMatrixFrequency", Json.number(freq));
            }
        }
    }

    /**
     * BIDS PhaseEncodingDirection from the axis (0018,1312) and a recorded polarity, as dcm2niix writes it:
     * Siemens (CSA PhaseEncodingDirectionPositive, XA (0021,111C) of SIEMENS MR SDI 02): COL with 1 is "j-",
     * 0 is "j"; ROW with 1 is "i", 0 is "i-". GE from software 27 (Rx27) on records it in (0018,9034):
     * along COL, LINEAR is "j" (dcm2niix's PhaseEncodingPolarityGE "Flipped") and REVERSE_LINEAR "j-"
     * ("Unflipped"), checked on the dcm_qa_ge DWI series; along ROW no example shows the sign. Without (0018,9034),
     * GE's user data (0043,xx2A) gives the same flag for EPI ({@link io.github.diapason.conformity.dicom.GeUserData},
     * dcm2niix's source of PhaseEncodingPolarityGE): along COL, unflipped is "j-" and flipped "j", as above.
     * Otherwise (Philips, GE non-EPI, GE along ROW) only PhaseEncodingAxis is given: a sign is never guessed.
     */
    private static void phaseEncoding(Map<String, Object> rep, Map<String, Object> out) {
        Object axisText = rep.get("_InPlanePhaseEncodingDirection");
        if (!(axisText instanceof String s)) {
            return;
        }
        String axis = switch (s.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "COL", "COLUMN" -> "j";
            case "ROW" -> "i";
            default -> null;
        };
        if (axis == null) {
            return;
        }
        // only an explicit 0 or 1 is a polarity: anything else (a DS triplet, a stray value) gives the axis alone
        if (rep.get("_PhaseEncodingDirectionPositive") instanceof Double positive && (positive == 0.0 || positive == 1.0)) {
            boolean plus = positive == 1.0;
            out.put("PhaseEncodingDirection", axis.equals("j") ? (plus ? "j-" : "j") : (plus ? "i" : "i-"));
        } else if (axis.equals("j") && rep.get("Manufacturer") instanceof String m && m.toUpperCase(java.util.Locale.ROOT).startsWith("GE")
                && rep.get("_RectilinearPhaseEncodeReordering") instanceof String order
                && (order.equals("LINEAR") || order.equals("REVERSE_LINEAR"))) {
            out.put("PhaseEncodingDirection", order.equals("LINEAR") ? "j" : "j-");
        } else if (axis.equals("j") && rep.get("_GePhaseEncodingUnflipped") instanceof Double unflipped) {
            out.put("PhaseEncodingDirection", unflipped == 1.0 ? "j-" : "j");
        } else {
            out.put("PhaseEncodingAxis", axis);
        }
    }

    private void counts(Map<String, Object> out) {
        out.put("NumberOfFiles", files);
        long images = mosaic ? mosaicImages : frames;
        out.put("NumberOfImages", images);
        TreeSet<List<Double>> positions = vectorSet(sliceLocationKey);
        if (mosaic) {
            out.put("NumberOfVolumes", files);
        } else if (positions != null && !positions.isEmpty()) {
            out.put("NumberOfVolumes", Math.max(1, Math.round((double) images / positions.size())));
        }
    }

    private TreeSet<List<Double>> vectorSet(int slot) {
        return slot < 0 ? null : vectors[slot];
    }

    private void diffusion(Map<String, Object> out) {
        int bValue = slots.slot("_BValue");
        TreeSet<Double> b = bValue < 0 ? null : perFrame[bValue];
        TreeSet<List<Double>> dirs = vectorSet(slots.slot("_BVector"));
        List<List<Double>> nonZero = new ArrayList<>();
        if (dirs != null) {
            for (List<Double> v : dirs) {
                double norm = Math.sqrt(v.get(0) * v.get(0) + v.get(1) * v.get(1) + v.get(2) * v.get(2));
                if (norm > 0.5) {
                    nonZero.add(v);
                }
            }
        }
        boolean weighted = b != null && b.stream().anyMatch(x -> x > 0);
        if (!weighted && nonZero.isEmpty()) {
            return;
        }
        if (b != null) {
            out.put("DiffusionBValues", Json.numbers(b));
        }
        out.put("NumberOfDiffusionDirections", (long) nonZero.size());
    }
}
