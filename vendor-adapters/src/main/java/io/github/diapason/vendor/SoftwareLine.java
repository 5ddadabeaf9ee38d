package io.github.diapason.vendor;

import java.util.Map;

/**
 * A software line of a vendor whose console differs from the base data (e.g. Siemens XA), selected
 * when the scanner's software version contains {@code match}; its labels and steps patch the base ones.
 */
record SoftwareLine(String match, Map<String, ConsoleLabel> labels, Map<String, Step> steps) {
    public SoftwareLine {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        steps = steps == null ? Map.of() : Map.copyOf(steps);
    }
}
