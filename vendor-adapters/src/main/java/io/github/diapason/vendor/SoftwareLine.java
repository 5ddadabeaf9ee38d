package io.github.diapason.vendor;

import java.util.Map;

/**
 * A software line of a vendor whose console differs from the base data (e.g. Siemens XA), selected
 * when the scanner's software version contains {@code match}; its labels, steps and texts patch the base
 * ones (XA61 shows no fat suppression as "Fat-Water Contrast: Standard" where VE shows "Fat suppr.: None"),
 * and its technique labels patch the base technique labels (VE11 EPIs: "Accel. mode" for "PAT mode").
 */
record SoftwareLine(String match, Map<String, ConsoleLabel> labels, Map<String, Step> steps, Map<String, String> texts,
                    Map<String, Map<String, ConsoleLabel>> techniqueLabels) {
    public SoftwareLine {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        steps = steps == null ? Map.of() : Map.copyOf(steps);
        texts = texts == null ? Map.of() : Map.copyOf(texts);
        techniqueLabels = techniqueLabels == null ? Map.of() : Map.copyOf(techniqueLabels);
    }
}
