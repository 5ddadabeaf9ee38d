package io.github.diapason.model;

/** The coil a site must use: what it is ({@code description}) and the fewest receive channels accepted. */
public record CoilRequirement(LocalizedText description, Integer minimumChannels) {
}
