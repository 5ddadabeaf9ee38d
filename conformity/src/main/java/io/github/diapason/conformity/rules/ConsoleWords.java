package io.github.diapason.conformity.rules;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How the site's console, and so its manual, shows a checked attribute: the label and unit exactly
 * as printed, the prescribed value as the manual prints it, and {@code factor}, from the rule's unit
 * to the console's when one converts linearly (s to ms: 1000; none when the console counts
 * otherwise, e.g. GE's ±kHz receiver bandwidth against DICOM's Hz/px). Taken from the vendor
 * adapter's console data when the rules are derived; reports use it to speak the console's words.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsoleWords(String label, String unit, String value, Double factor) {

    public ConsoleWords {
        unit = unit == null || unit.isEmpty() ? null : unit;
        value = value == null || value.isEmpty() ? null : value;
    }
}
