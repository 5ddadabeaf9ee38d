package io.github.diapason.model;

/**
 * One diffusion shell: b-value in s/mm² and the number of directions (or of b=0 images);
 * {@code reversedPhase} counts extra volumes acquired with reversed phase encoding in a series of their own,
 * not counted in this series (write that series as its own sequence, so it gets a card, a transfer-sheet row
 * and rules: examples/ms-cohort, dwi-b0-pa).
 */
public record Shell(double bValue, int directions, Integer reversedPhase) {
}
