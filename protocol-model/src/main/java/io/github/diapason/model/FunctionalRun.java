package io.github.diapason.model;

/**
 * fMRI specifics: the task ("rest" for resting state), the volumes kept for analysis and the
 * dummy volumes discarded at the start.
 */
public record FunctionalRun(String task, int volumes, Integer dummyVolumes) {
}
