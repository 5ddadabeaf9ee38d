package io.github.diapason.model;

/** The contrast agent, its dose and how it is given (injector, timing relative to the sequences). */
public record ContrastAgent(String name, LocalizedText dose, LocalizedText administration) {
}
