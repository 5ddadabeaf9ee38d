package io.github.diapason.model;

/**
 * One visit of a participant (baseline, 12 months…): the transfer sheet and the CRF tick it, the
 * planning sheet counts it. {@code window} says when it may happen; {@code contrast} whether contrast
 * is given at it (absent: whenever the exam has a contrast agent).
 */
public record Visit(String id, LocalizedText label, LocalizedText window, Boolean contrast) {

    /** Whether contrast is given at this visit of an exam that has a contrast agent. */
    public boolean withContrast() {
        return contrast == null || contrast;
    }
}
