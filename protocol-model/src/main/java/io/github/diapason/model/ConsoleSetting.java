package io.github.diapason.model;

import java.util.Objects;

/**
 * A console setting with no vendor-neutral meaning, kept as named data and shown verbatim on the
 * vendor's card under its console label: GE user CVs ({@code "User CV6": "2.00"}), the GE imaging
 * options a site adds ({@code "Imaging Options": "EDR, Fast"}). Written in an override selecting the
 * vendor, whose reason cites where the value comes from.
 */
public record ConsoleSetting(String value) {
    public ConsoleSetting {
        Objects.requireNonNull(value, "value");
    }
}
