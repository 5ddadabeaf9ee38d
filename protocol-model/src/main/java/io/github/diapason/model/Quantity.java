package io.github.diapason.model;

import java.util.Optional;

/** A number with its unit, e.g. an exam's maximum duration of 45 min. */
public record Quantity(double value, String unit) {
    public Optional<Double> canonical() {
        return Unit.bySymbol(unit).map(u -> u.toCanonical(value));
    }
}
