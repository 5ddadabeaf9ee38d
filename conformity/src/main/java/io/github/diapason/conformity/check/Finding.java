package io.github.diapason.conformity.check;

import io.github.diapason.diagnostic.Severity;

/**
 * One thing found wrong (or worth saying) about an exam, as a value. {@code kind} is a stable code;
 * {@code sequence} the protocol sequence id concerned (empty for scanner and unexpected series);
 * {@code series} names the series by number and description; {@code attribute} the BIDS or DICOM
 * name concerned. {@code expected} and {@code actual} are printed values — never an identifying
 * value: for identifying attributes only the attribute is named.
 */
public record Finding(Kind kind, Severity severity, String sequence, String seriesInstanceUid, String series,
                      String attribute, String expected, String actual, String message) {

    /** What the finding is about (stable codes for reports and tests). */
    public enum Kind {
        SCANNER, PARAMETER, VALUE_NOT_FOUND, COUNT, ORDER, MISSING_SEQUENCE, MISSING_OPTIONAL_SEQUENCE, DUPLICATE,
        UNEXPECTED_SERIES, ANALYSIS_FIELD_MISSING, IDENTIFYING_ATTRIBUTE, NOT_A_PSEUDONYM, NO_RULE_SET
    }

    public boolean failing() {
        return severity == Severity.ERROR;
    }
}
