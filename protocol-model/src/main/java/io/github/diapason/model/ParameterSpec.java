package io.github.diapason.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * The prescribed value of one acquisition parameter: a nominal {@code value} (or several
 * {@code values}, e.g. echo times of a multi-echo sequence), or an allowed range
 * {@code min}..{@code max}, in an explicit {@code unit}, with an optional tolerance; or a
 * {@code code} for coded parameters (e.g. PhaseEncodingDirection "j-").
 *
 * <p>{@code setting} says the radiographer chooses the console's own extreme instead of typing a
 * number: {@code minimum} (GE "Minimum", Philips "shortest"), {@code minimum-full} (GE "Min Full":
 * the shortest TE with a full echo) or {@code maximum}. The numbers then say what the checker
 * accepts: a range, or the value the console typically reaches with its tolerance.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ParameterSpec(Double value, List<Double> values, Double min, Double max, String unit,
                            Tolerance tolerance, String code, String setting) {

    /** The console extremes a {@code setting} may name. */
    public static final List<String> SETTINGS = List.of("minimum", "minimum-full", "maximum");

    public ParameterSpec {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public static ParameterSpec of(double value, String unit) {
        return new ParameterSpec(value, null, null, null, unit, null, null, null);
    }

    public static ParameterSpec code(String code) {
        return new ParameterSpec(null, null, null, null, null, null, code, null);
    }

    /** The console extreme chosen instead of a typed value, if any. */
    public Optional<String> consoleSetting() {
        return Optional.ofNullable(setting);
    }

    public Optional<Unit> parsedUnit() {
        return unit == null ? Optional.empty() : Unit.bySymbol(unit);
    }

    /**
     * The single nominal number: {@code value}, the first of {@code values}, or the range middle. The range
     * middle is for estimates (acquisition time) only: a console card shows a range as a range.
     */
    public Optional<Double> nominal() {
        if (value != null) {
            return Optional.of(value);
        }
        if (!values.isEmpty()) {
            return Optional.of(values.get(0));
        }
        if (min != null && max != null) {
            return Optional.of((min + max) / 2);
        }
        return Optional.empty();
    }

    /** The nominal number converted to the dimension's canonical unit (ms, mm, deg…). */
    public Optional<Double> canonical() {
        return nominal().flatMap(v -> parsedUnit().map(u -> u.toCanonical(v)));
    }

    public boolean isRange() {
        return value == null && values.isEmpty() && (min != null || max != null);
    }

    public ParameterSpec withTolerance(Tolerance t) {
        return new ParameterSpec(value, values, min, max, unit, t, code, setting);
    }

    /**
     * The canonical bounds the checker accepts for a numeric spec: the range, or the value (first of
     * {@code values}) widened by the tolerance; empty when the spec has no number.
     */
    public Optional<double[]> acceptedCanonical() {
        Unit u = parsedUnit().orElse(null);
        if (isRange()) {
            double lo = min == null ? Double.NEGATIVE_INFINITY : canonicalOf(u, min);
            double hi = max == null ? Double.POSITIVE_INFINITY : canonicalOf(u, max);
            return Optional.of(new double[] {lo, hi});
        }
        Optional<Double> n = nominal();
        if (n.isEmpty()) {
            return Optional.empty();
        }
        double c = canonicalOf(u, n.get());
        double deviation = tolerance == null ? 0 : Math.max(
                tolerance.absolute() == null ? 0 : canonicalOf(u, tolerance.absolute()),
                tolerance.percent() == null ? 0 : Math.abs(c) * tolerance.percent() / 100);
        return Optional.of(new double[] {c - deviation, c + deviation});
    }

    private static double canonicalOf(Unit u, double v) {
        return u == null ? v : u.toCanonical(v);
    }
}
