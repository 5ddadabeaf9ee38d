package io.github.diapason.vendor;

/**
 * A value an adapter sets for one console concept, before layout on cards. A concept of a
 * repeated quantity carries its 1-based index after a dot ({@code te.2}), printed as "TE 2".
 */
public record Setting(String concept, ConsoleValue value) {

    public String baseConcept() {
        int dot = concept.indexOf('.');
        return dot < 0 ? concept : concept.substring(0, dot);
    }

    public int index() {
        int dot = concept.indexOf('.');
        return dot < 0 ? 0 : Integer.parseInt(concept.substring(dot + 1));
    }
}
