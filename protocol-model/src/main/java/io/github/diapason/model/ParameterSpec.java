package io.github.diapason.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * The prescribed value of one acquisition parameter: a nominal {@code value} (or several
 * {@code values}, e.g. echo times of a multi-echo sequence), or an allowed range
 * {@code min}..{@code max}, in an explicit {@code unit}, with an optional tolerance; or a
 * {@code code} for coded parameters (e.g. PhaseEncodingDirection "j-").
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ParameterSpec(Double value, List<Double> values, Double min, Double max, String unit,
                            Tolerance tolerance, String code) {

    public ParameterSpec {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public static ParameterSpec of(double value, String unit) {
        return new ParameterSpec(value, null, null, null, unit, null, null);
    }

    public static ParameterSpec code(String code) {
        return new ParameterSpec(null, null, null, null, null, null, code);
    }

    public Optional<Unit> parsedUnit() {
        return unit == null ? Optional.empty() : Unit.bySymbol(unit);
    }

    /** The single nominal number: {@code value}, the first of {@code values}, or the range middle. */
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
        return new ParameterSpec(value, values, min, max, unit, t, code);
    }}
