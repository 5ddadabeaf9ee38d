package io.github.diapason.vendor;

/** An optional sequence left out of a site's outputs, with the reason stated to the study team. */
public record DroppedSequence(String sequenceId, String reason) {
}
