package io.github.diapason.diagnostic;

import java.util.Objects;

/**
 * What a diagnostic is about in the study's own terms, beside where it was found: a site, a
 * sequence of the protocol, a parameter (BIDS/DICOM name). Any part may be empty. Reports group
 * and filter by it; documents render it in their own language.
 */
public record Subject(String site, String sequence, String parameter) {

    public static final Subject NONE = new Subject("", "", "");

    public Subject {
        site = Objects.requireNonNullElse(site, "");
        sequence = Objects.requireNonNullElse(sequence, "");
        parameter = Objects.requireNonNullElse(parameter, "");
    }

    public static Subject site(String site) {
        return new Subject(site, "", "");
    }

    public static Subject sequence(String site, String sequence) {
        return new Subject(site, sequence, "");
    }

    public boolean isEmpty() {
        return site.isEmpty() && sequence.isEmpty() && parameter.isEmpty();
    }
}
