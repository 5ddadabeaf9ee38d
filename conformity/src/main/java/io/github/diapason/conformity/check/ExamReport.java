package io.github.diapason.conformity.check;

import io.github.diapason.conformity.rules.ConsoleWords;
import io.github.diapason.conformity.rules.WaiverRule;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verdict on one exam (one StudyInstanceUID): the site and scanner period whose rules were
 * applied, which series matched which sequence and how, every finding as a {@link Diagnostic}
 * (located at the DICOM file representing its series and the tag concerned, or at the rule a
 * missing sequence leaves unmet), and the sequences to acquire again (mandatory ones missing, and
 * non-conformant ones the protocol says to repeat). {@code consoleWords} holds, by
 * {@code sequence/attribute}, how the site's console shows each checked attribute. {@code examDate}
 * is the exam's date (StudyDate, ISO; empty when the header has none): the date that selects the
 * scanner period and against which waivers expire. {@code softwareVersions} is the scanner software
 * the headers name. {@code waived} lists the findings a waiver of the site's rules touched: waived
 * (reported with the waiver's severity, so no longer failing) or not applied (expired before the
 * exam, or the exam undated: the finding keeps its severity).
 */
public record ExamReport(String studyInstanceUid, String siteId, String vendor, String scannerPeriod, boolean conformant,
                         List<Match> matches, List<Diagnostic> findings, List<String> sequencesToRepeat,
                         Map<String, ConsoleWords> consoleWords, String examDate, String softwareVersions,
                         List<Waived> waived) {

    public ExamReport {
        matches = List.copyOf(matches);
        findings = List.copyOf(findings);
        sequencesToRepeat = List.copyOf(sequencesToRepeat);
        consoleWords = Map.copyOf(consoleWords);
        examDate = examDate == null ? "" : examDate;
        softwareVersions = softwareVersions == null ? "" : softwareVersions;
        waived = List.copyOf(waived == null ? List.of() : waived);
    }

    /** An exam report without date, software version or waivers. */
    public ExamReport(String studyInstanceUid, String siteId, String vendor, String scannerPeriod, boolean conformant,
                      List<Match> matches, List<Diagnostic> findings, List<String> sequencesToRepeat,
                      Map<String, ConsoleWords> consoleWords) {
        this(studyInstanceUid, siteId, vendor, scannerPeriod, conformant, matches, findings, sequencesToRepeat,
                consoleWords, "", "", List.of());
    }

    /**
     * A finding a waiver touched: {@code finding} as reported (with the waiver's severity when
     * {@code status} is {@link Status#WAIVED}), the severity it had without the waiver, and the waiver.
     */
    public record Waived(Diagnostic finding, Severity unwaivedSeverity, WaiverRule waiver, Status status) {

        /** WAIVED: applied; EXPIRED: the exam was acquired after the expiry date; UNDATED: the exam has no date. */
        public enum Status {
            WAIVED, EXPIRED, UNDATED;

            public String label() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }
        }

        public boolean applied() {
            return status == Status.WAIVED;
        }
    }

    /** The waiver that touched a finding, if one did. */
    public Optional<Waived> waiver(Diagnostic finding) {
        return waived.stream().filter(w -> w.finding().equals(finding)).findFirst();
    }

    /** Some finding of this exam is waived (the exam may be conformant thanks to it). */
    public boolean hasWaivedFindings() {
        return waived.stream().anyMatch(Waived::applied);
    }

    /** How the site's console names the parameter a finding is about, when the rules say. */
    public Optional<ConsoleWords> consoleWords(Diagnostic finding) {
        return Optional.ofNullable(consoleWords.get(finding.subject().sequence() + "/" + finding.subject().parameter()));
    }

    /**
     * A series, the sequence it was taken for ({@code by}: "name", "scout" or "fingerprint"; sequence
     * empty when none) and the file representing it (where its findings point). {@code values} are the
     * values the header holds for the attributes the sequence's rules check, in rule order (none for
     * a series matched to no sequence): what the dashboard plots over time.
     */
    public record Match(String seriesInstanceUid, String series, String sequence, String by, boolean conformant,
                        String file, Map<String, Object> values) {

        public Match {
            values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        }

        public Match(String seriesInstanceUid, String series, String sequence, String by, boolean conformant, String file) {
            this(seriesInstanceUid, series, sequence, by, conformant, file, Map.of());
        }
    }

    /** The series a finding is about, when it is about one. */
    public Optional<Match> seriesOf(Diagnostic finding) {
        String file = finding.location().file();
        return file.isEmpty() ? Optional.empty() : matches.stream().filter(m -> m.file().equals(file)).findFirst();
    }
}
