package io.github.diapason.model;

/**
 * One diffusion shell: b-value in s/mm² and the number of directions (or of b=0 images);
 * {@code reversedPhase} counts extra volumes acquired with reversed phase encoding.
 */
public record Shell(double bValue, int directions, Integer reversedPhase) {
}
