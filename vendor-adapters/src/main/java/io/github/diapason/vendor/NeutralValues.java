package io.github.diapason.vendor;

import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Unit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Neutral numeric values in canonical units, in parameter order, (ms, deg, mm, Hz/px, count, fraction), several per
 * parameter for multi-echo TE, plus codes. Built from a sequence's prescription (with the
 * geometry a console needs derived: matrix from voxel size, phase FOV from read FOV) or from a
 * back-translated console printout.
 */
public record NeutralValues(Map<ParameterName, List<Double>> numbers, Map<ParameterName, String> codes) {

    public NeutralValues {
        // values that cannot be numbers (a zero matrix, a missing FOV) are absent, not NaN or infinite
        Map<ParameterName, List<Double>> finite = new EnumMap<>(ParameterName.class);
        numbers.forEach((k, v) -> {
            if (!v.isEmpty() && v.stream().allMatch(Double::isFinite)) {
                finite.put(k, List.copyOf(v));
            }
        });
        numbers = Collections.unmodifiableMap(finite);
        Map<ParameterName, String> c = new EnumMap<>(ParameterName.class);
        c.putAll(codes);
        codes = Collections.unmodifiableMap(c);
    }

    /** The prescription of {@code sequence}, completed with derived geometry. */
    public static NeutralValues requestedBy(Sequence sequence) {
        Map<ParameterName, List<Double>> n = new EnumMap<>(ParameterName.class);
        Map<ParameterName, String> c = new EnumMap<>(ParameterName.class);
        sequence.parameters().forEach((name, spec) -> {
            if (name.isCoded()) {
                if (spec.code() != null) {
                    c.put(name, spec.code());
                }
            } else {
                canonical(spec).ifPresent(values -> n.put(name, values));
            }
        });
        deriveGeometry(n);
        return new NeutralValues(n, c);
    }

    /** Every number of a spec in the canonical unit: all echoes, or the nominal value. */
    static Optional<List<Double>> canonical(ParameterSpec spec) {
        Unit unit = spec.parsedUnit().orElse(null);
        if (unit == null && spec.unit() != null) {
            return Optional.empty();
        }
        List<Double> raw = !spec.values().isEmpty() ? spec.values() : spec.nominal().map(List::of).orElse(List.of());
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(raw.stream().map(v -> unit == null ? v : unit.toCanonical(v)).toList());
    }

    private static void deriveGeometry(Map<ParameterName, List<Double>> n) {
        Double fovRead = first(n, ParameterName.FieldOfViewRead);
        if (fovRead == null) {
            return;
        }
        n.putIfAbsent(ParameterName.FieldOfViewPhase, List.of(fovRead));
        double fovPhase = first(n, ParameterName.FieldOfViewPhase);
        if (!n.containsKey(ParameterName.AcquisitionMatrixRead) && n.containsKey(ParameterName.VoxelSizeRead)) {
            n.put(ParameterName.AcquisitionMatrixRead,
                    List.of((double) Math.round(fovRead / first(n, ParameterName.VoxelSizeRead))));
        }
        if (!n.containsKey(ParameterName.AcquisitionMatrixPhase)) {
            if (n.containsKey(ParameterName.VoxelSizePhase)) {
                n.put(ParameterName.AcquisitionMatrixPhase,
                        List.of((double) Math.round(fovPhase / first(n, ParameterName.VoxelSizePhase))));
            } else if (n.containsKey(ParameterName.AcquisitionMatrixRead)) {
                n.put(ParameterName.AcquisitionMatrixPhase,
                        List.of((double) Math.round(first(n, ParameterName.AcquisitionMatrixRead) * fovPhase / fovRead)));
            }
        }
    }

    private static Double first(Map<ParameterName, List<Double>> n, ParameterName name) {
        List<Double> v = n.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** These values with {@code name} set to one canonical number (a range end, to see what the console shows there). */
    public NeutralValues with(ParameterName name, double canonical) {
        Map<ParameterName, List<Double>> n = new EnumMap<>(ParameterName.class);
        n.putAll(numbers);
        n.put(name, List.of(canonical));
        return new NeutralValues(n, codes);
    }

    public Optional<Double> get(ParameterName name) {
        return Optional.ofNullable(first(numbers, name));
    }

    public double getOr(ParameterName name, double fallback) {
        return get(name).orElse(fallback);
    }

    public List<Double> all(ParameterName name) {
        return numbers.getOrDefault(name, List.of());
    }

    public Optional<String> code(ParameterName name) {
        return Optional.ofNullable(codes.get(name));
    }

    public boolean has(ParameterName name) {
        return numbers.containsKey(name);
    }

    /** One number per parameter (the first echo of a multi-echo TE). */
    public Map<ParameterName, Double> firstValues() {
        Map<ParameterName, Double> m = new EnumMap<>(ParameterName.class);
        numbers.forEach((k, v) -> {
            if (!v.isEmpty()) {
                m.put(k, v.get(0));
            }
        });
        return m;
    }
}
