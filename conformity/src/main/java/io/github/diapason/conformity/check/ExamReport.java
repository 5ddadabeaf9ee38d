package io.github.diapason.conformity.check;

import io.github.diapason.conformity.rules.ConsoleWords;
import io.github.diapason.diagnostic.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verdict on one exam (one StudyInstanceUID): the site and scanner period whose rules were
 * applied, which series matched which sequence and how, every finding as a {@link Diagnostic}
 * (located at the DICOM file representing its series and the tag concerned, or at the rule a
 * missing sequence leaves unmet), and the sequences to acquire again (mandatory ones missing, and
 * non-conformant ones the protocol says to repeat). {@code consoleWords} holds, by
 * {@code sequence/attribute}, how the site's console shows each checked attribute.
 */
public record ExamReport(String studyInstanceUid, String siteId, String vendor, String scannerPeriod, boolean conformant,
                         List<Match> matches, List<Diagnostic> findings, List<String> sequencesToRepeat,
                         Map<String, ConsoleWords> consoleWords) {

    public ExamReport {
        matches = List.copyOf(matches);
        findings = List.copyOf(findings);
        sequencesToRepeat = List.copyOf(sequencesToRepeat);
        consoleWords = Map.copyOf(consoleWords);
    }

    /** How the site's console names the parameter a finding is about, when the rules say. */
    public Optional<ConsoleWords> consoleWords(Diagnostic finding) {
        return Optional.ofNullable(consoleWords.get(finding.subject().sequence() + "/" + finding.subject().parameter()));
    }

    /**
     * A series, the sequence it was taken for ({@code by}: "name", "scout" or "fingerprint"; sequence
     * empty when none) and the file representing it (where its findings point).
     */
    public record Match(String seriesInstanceUid, String series, String sequence, String by, boolean conformant,
                        String file) {
    }

    /** The series a finding is about, when it is about one. */
    public Optional<Match> seriesOf(Diagnostic finding) {
        String file = finding.location().file();
        return file.isEmpty() ? Optional.empty() : matches.stream().filter(m -> m.file().equals(file)).findFirst();
    }
}
