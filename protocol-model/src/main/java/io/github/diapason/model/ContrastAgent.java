package io.github.diapason.model;

/**
 * The contrast agent, its dose and how it is given (injector, timing relative to the sequences);
 * {@code injection} places it in the sequence order, with the wait it imposes.
 */
public record ContrastAgent(String name, LocalizedText dose, LocalizedText administration, Injection injection) {

    public ContrastAgent(String name, LocalizedText dose, LocalizedText administration) {
        this(name, dose, administration, null);
    }
}
