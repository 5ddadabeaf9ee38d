package io.github.diapason.conformity.rules;

/** An optional sequence of the protocol this site does not run on this scanner, and why: its absence is expected. */
public record DroppedSequenceRule(String id, String reason) {
}
