package io.github.diapason.vendor;

/** A numeric setting the console shows by name, e.g. Siemens partial Fourier 0.75 shown as {@code 6/8}. */
public record NamedValue(double value, String name) {
}
