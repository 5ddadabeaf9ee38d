package io.github.diapason.conformity.check;

import java.util.List;

/**
 * The verdict on one exam (one StudyInstanceUID): the site and scanner period whose rules were
 * applied, which series matched which sequence and how, every finding, and the sequences to
 * acquire again (mandatory ones missing, and non-conformant ones the protocol says to repeat).
 */
public record ExamReport(String studyInstanceUid, String siteId, String vendor, String scannerPeriod, boolean conformant,
                         List<Match> matches, List<Finding> findings, List<String> sequencesToRepeat) {

    public ExamReport {
        matches = List.copyOf(matches);
        findings = List.copyOf(findings);
        sequencesToRepeat = List.copyOf(sequencesToRepeat);
    }

    /** A series and the sequence it was taken for ({@code by}: "name" or "fingerprint"; sequence empty when none). */
    public record Match(String seriesInstanceUid, String series, String sequence, String by, boolean conformant) {
    }
}
