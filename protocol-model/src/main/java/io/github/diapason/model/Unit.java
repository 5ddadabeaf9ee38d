package io.github.diapason.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The units a protocol may use, each with its symbol as written in protocol files and its
 * factor to the dimension's canonical unit (ms, deg, mm, Hz/px, Hz, T, fraction, count, s/mm²).
 */
public enum Unit {
    MILLISECOND("ms", Dimension.TIME, 1),
    SECOND("s", Dimension.TIME, 1000),
    MICROSECOND("us", Dimension.TIME, 0.001),
    MINUTE("min", Dimension.TIME, 60_000),
    DEGREE("deg", Dimension.ANGLE, 1),
    MILLIMETRE("mm", Dimension.LENGTH, 1),
    CENTIMETRE("cm", Dimension.LENGTH, 10),
    HERTZ_PER_PIXEL("Hz/px", Dimension.PIXEL_BANDWIDTH, 1),
    HERTZ("Hz", Dimension.FREQUENCY, 1),
    KILOHERTZ("kHz", Dimension.FREQUENCY, 1000),
    TESLA("T", Dimension.FIELD_STRENGTH, 1),
    PERCENT("%", Dimension.RATIO, 0.01),
    FRACTION("1", Dimension.RATIO, 1),
    COUNT("count", Dimension.COUNT, 1),
    SECOND_PER_SQUARE_MILLIMETRE("s/mm2", Dimension.DIFFUSION_WEIGHTING, 1);

    private final String symbol;
    private final Dimension dimension;
    private final double factor;

    Unit(String symbol, Dimension dimension, double factor) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.factor = factor;
    }

    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** The value in this unit expressed in the dimension's canonical unit. */
    public double toCanonical(double value) {
        return value * factor;
    }

    public double fromCanonical(double value) {
        return value / factor;
    }

    public static Optional<Unit> bySymbol(String symbol) {
        return Arrays.stream(values()).filter(u -> u.symbol.equals(symbol)).findFirst();
    }
    public static List<String> symbolsOf(Dimension dimension) {
        return Arrays.stream(values()).filter(u -> u.dimension == dimension).map(Unit::symbol).toList();
    }
}
