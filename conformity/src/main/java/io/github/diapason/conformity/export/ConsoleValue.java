package io.github.diapason.conformity.export;

import io.github.diapason.diagnostic.SourceLocation;
import java.util.Objects;

/**
 * One parameter as a console shows it: {@code key} is the export's own name for it (an ASCCONV
 * key such as {@code alTR[0]}, a GE LxProtocol key such as {@code FLIPANG}, a Philips
 * {@code EX_ACQ_flip_angle}, or for a printout the card and label, e.g. {@code Contrast - Common/TR});
 * {@code label} is the words the console prints; {@code value} and {@code unit} are the console's
 * text and unit (unit empty when the console prints none); {@code location} is where it was read.
 */
public record ConsoleValue(String key, String label, String value, String unit, SourceLocation location) {

    public ConsoleValue {
        Objects.requireNonNull(key, "key");
        label = Objects.requireNonNullElse(label, "");
        value = Objects.requireNonNullElse(value, "");
        unit = Objects.requireNonNullElse(unit, "");
        location = Objects.requireNonNullElse(location, SourceLocation.NONE);
    }

    /** {@code TR 2000.0 ms}: the label, the value and its unit as printed. */
    public String printed() {
        return (label + " " + value + (unit.isEmpty() ? "" : " " + unit)).trim();
    }
}
