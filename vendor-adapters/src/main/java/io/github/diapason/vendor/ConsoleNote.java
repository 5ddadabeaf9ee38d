package io.github.diapason.vendor;

import io.github.diapason.model.ParameterName;

/**
 * Something the console cannot express, as the adapter found it: the prescribed parameter it is
 * about (null when it concerns several) and a sentence for the study team. The parameter is the
 * fact the translator reasons with; the sentence is only printed.
 */
public record ConsoleNote(ParameterName parameter, String text) {

    public static ConsoleNote about(ParameterName parameter, String text) {
        return new ConsoleNote(parameter, text);
    }

    /** The line a diagnostic prints: "Parameter: text", or the text alone. */
    public String line() {
        return parameter == null ? text : parameter.name() + ": " + text;
    }
}
