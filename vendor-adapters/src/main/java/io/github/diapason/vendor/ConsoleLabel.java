package io.github.diapason.vendor;

/**
 * How a console shows one of its concepts: the card it sits on, the label exactly as printed,
 * the printed unit and the number of decimals it displays. {@code source} cites vendors.md or
 * marks an unconfirmed hypothesis with "[U]".
 */
record ConsoleLabel(String card, String label, String unit, Integer decimals, String source) {
    public ConsoleLabel {
        unit = unit == null ? "" : unit;
        source = source == null ? "" : source;
    }

    /** This label with the non-null fields of {@code patch} replacing its own. */
    public ConsoleLabel patchedBy(ConsoleLabel patch) {
        return new ConsoleLabel(patch.card != null ? patch.card : card, patch.label != null ? patch.label : label,
                patch.unit.isEmpty() ? unit : patch.unit, patch.decimals != null ? patch.decimals : decimals,
                patch.source.isEmpty() ? source : patch.source);
    }
}
