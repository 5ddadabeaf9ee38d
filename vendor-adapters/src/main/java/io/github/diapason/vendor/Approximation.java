package io.github.diapason.vendor;

import io.github.diapason.model.ParameterName;

/**
 * Where the console could not take the prescribed value: what was asked and what the console
 * achieves, both in the parameter's canonical unit, the deviation, the deviation the protocol
 * allows, and whether the achieved value is within it. {@code index} distinguishes the echoes
 * of a multi-echo TE (0 otherwise).
 */
public record Approximation(ParameterName parameter, int index, double requested, double achieved, String unit,
                            double allowedDeviation, boolean withinTolerance) {

    public double deviation() {
        return achieved - requested;
    }
}
