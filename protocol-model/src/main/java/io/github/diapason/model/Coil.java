package io.github.diapason.model;

/** A receive coil available at a site, as named on the console, with its channel count. */
public record Coil(String name, int channels) {
}
