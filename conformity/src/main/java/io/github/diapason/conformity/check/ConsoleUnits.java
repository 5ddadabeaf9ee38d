package io.github.diapason.conformity.check;

import io.github.diapason.conformity.rules.ConsoleWords;
import java.util.Optional;

/**
 * Printed values in the console's unit: "2.3 ± 0.01 s" becomes "2300 ± 10 ms" for a TR when the
 * rules give the factor; when the console counts otherwise (no factor) the prescribed value is the
 * one the site's manual prints, followed by the DICOM one, and a received value stays as DICOM has it.
 */
final class ConsoleUnits {

    private ConsoleUnits() {
    }

    static String prescribed(String value, Optional<ConsoleWords> words) {
        if (words.isEmpty() || value.isEmpty()) {
            return value;
        }
        ConsoleWords w = words.get();
        if (w.factor() != null) {
            return scaled(value, w);
        }
        if (w.value() != null) {
            return w.value() + (w.unit() == null ? "" : " " + w.unit()) + " (DICOM " + value + ")";
        }
        return value;
    }

    static String received(String value, Optional<ConsoleWords> words) {
        return words.isEmpty() || words.get().factor() == null ? value : scaled(value, words.get());
    }

    /** Every number of "2.3 ± 0.01 s" or "[0.015, 0.03] s" times the factor, the trailing unit replaced. */
    private static String scaled(String value, ConsoleWords w) {
        int space = value.lastIndexOf(' ');
        if (space < 0 || value.endsWith("]") || Character.isDigit(value.charAt(value.length() - 1))) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        for (String part : value.substring(0, space).split("((?<=[\\[\\], ±])|(?=[\\[\\], ±]))")) {
            try {
                out.append(Values.print(Double.parseDouble(part) * w.factor()));
            } catch (NumberFormatException e) {
                out.append(part);
            }
        }
        return out.append(w.unit() == null ? "" : " " + w.unit()).toString();
    }
}
