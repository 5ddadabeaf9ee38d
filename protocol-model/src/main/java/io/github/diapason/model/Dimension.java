package io.github.diapason.model;

/** Physical dimension of a quantity; units and parameters are checked against it. */
public enum Dimension {
    TIME, ANGLE, LENGTH, PIXEL_BANDWIDTH, FREQUENCY, FIELD_STRENGTH, RATIO, COUNT, DIFFUSION_WEIGHTING, CODE
}
