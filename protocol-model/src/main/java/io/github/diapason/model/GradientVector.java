package io.github.diapason.model;

/** One diffusion-encoding direction with its b-value (s/mm²). */
public record GradientVector(double x, double y, double z, double bValue) {
}
