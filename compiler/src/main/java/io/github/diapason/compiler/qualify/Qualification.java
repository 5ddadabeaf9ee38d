package io.github.diapason.compiler.qualify;

import java.util.List;

/**
 * The qualification of one site for one protocol version: what was expected (study, version, the site's
 * scanner period), each piece of evidence with its verdict per sequence, and the overall verdict. Every
 * value is in the words of the site's console; nothing identifying is copied (DICOM evidence is named
 * by its file, never by patient attributes). Serialised as the JSON report
 * ({@code qualification-report.schema.json}) and rendered as the signable HTML report.
 *
 * @param date the day the qualification is for (the scanner period's date), {@code yyyy-mm-dd}
 * @param qualified true when no finding is an error
 * @param shown values shown by the console exports; {@code compared} of them were compared with the card
 * @param cardValues every card value of the site's sequences that day (series, console label, value), recorded so that a later
 *                   generate can tell whether the acquisition changed since (requalification)
 */
public record Qualification(String studyId, String protocolVersion, String siteId, String siteName, String language,
                            Scanner scanner, String date, boolean qualified, List<Evidence> evidence,
                            List<Finding> findings, int shown, int compared, List<CardValue> cardValues) {

    public Qualification {
        evidence = List.copyOf(evidence);
        findings = List.copyOf(findings);
        cardValues = List.copyOf(cardValues);
    }

    /** The scanner the site uses on the date, as its site file says. */
    public record Scanner(String vendor, String model, String software, double fieldStrength, String validFrom) {
    }

    /**
     * One file or folder given as evidence: a console export ({@code kind} "export", its format) or a DICOM
     * test acquisition ({@code kind} "dicom"); the scanner it states; its verdict per sequence; the programs
     * it holds that the protocol does not ask for.
     */
    public record Evidence(String file, String kind, String format, String vendor, String model, String software,
                           boolean qualified, List<SequenceVerdict> sequences, List<String> extraPrograms,
                           int shown, int compared) {
        public Evidence {
            sequences = List.copyOf(sequences);
            extraPrograms = List.copyOf(extraPrograms);
        }
    }

    /**
     * One protocol sequence in one piece of evidence: the program taken for it and how ({@code matchedBy}:
     * "name", "fingerprint", or "" when none), its verdict ("qualified", "not-qualified", "missing"), the
     * values compared and those not compared.
     */
    public record SequenceVerdict(String sequenceId, String seriesName, boolean mandatory, String program,
                                  String matchedBy, String verdict, List<ValueCheck> values,
                                  List<NotCompared> notCompared) {
        public SequenceVerdict {
            values = List.copyOf(values);
            notCompared = List.copyOf(notCompared);
        }
    }

    /**
     * One card value against what the console shows under the same label. {@code outcome}: "same",
     * "within-tolerance", "accepted", "out-of-tolerance" (fails), "differs" (the protocol prescribes
     * nothing this value changes: shown for review, does not fail). {@code parameter} names the protocol
     * parameters the value was judged on, {@code allowed} the protocol's tolerance in canonical units.
     */
    public record ValueCheck(String card, String label, String expected, String found, String outcome,
                             String parameter, String allowed, String justification) {
    }

    /**
     * A value not compared, with the reason: "no-card-value" (the export shows it, the card does not
     * prescribe it), "not-in-export" (the card has it, the export does not show it), "console-computed"
     * (the export shows a console setting such as Minimum or user defined, not a number), "unit" (shown in
     * another unit than the card's), "not-read", "shared-series" (the sequence is acquired in the program {@code label} of
     * the sequence {@code value}, e.g. as its second dynamic: the values were compared once, with that sequence's card).
     */
    public record NotCompared(String label, String value, String reason) {
    }

    /** A finding: error findings make the site not qualified. */
    public record Finding(String severity, String code, String evidence, String sequence, String label, String message,
                          String expected, String found) {
    }

    /** A compared card value as recorded: {@code series}, console {@code label}, value with unit. */
    public record CardValue(String series, String label, String value) {
    }
}
