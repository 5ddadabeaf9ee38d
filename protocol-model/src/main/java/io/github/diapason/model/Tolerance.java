package io.github.diapason.model;

/**
 * How far an achieved value may stray from the nominal one: an absolute amount in the
 * parameter's unit, a percentage of the nominal value, or both (the wider wins).
 */
public record Tolerance(Double absolute, Double percent) {

    public double allowedDeviation(double nominal) {
        double abs = absolute == null ? 0 : absolute;
        double rel = percent == null ? 0 : Math.abs(nominal) * percent / 100.0;
        return Math.max(abs, rel);
    }
}
