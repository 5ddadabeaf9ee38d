package io.github.diapason.conformity.check;

import io.github.diapason.conformity.inspect.SeriesValues;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Series whose content can identify the participant whatever the header says: secondary captures
 * (screenshots, often with names burned into the pixels), structured reports such as the Siemens
 * PhoenixZIPReport (the protocol archive can carry patient data), and series that declare burned-in
 * annotation. Flagged for a person to look at; nothing of their content is copied.
 */
final class DeidentificationRisk implements ExamRule {

    static final String SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7";
    static final String STRUCTURED_REPORT = "1.2.840.10008.5.1.4.1.1.88.";

    @Override
    public List<Diagnostic> check(Exam exam) {
        List<Diagnostic> out = new ArrayList<>();
        for (SeriesValues s : exam.series()) {
            why(s).ifPresent(why -> out.add(Findings.of(this, Severity.WARNING, exam, s, "", why.attribute(),
                    Findings.tag(why.attribute()), "", "", why.text(),
                    "look at the series before sharing it; leave it out of the transfer unless analysis needs it")));
        }
        return out;
    }

    private record Why(String attribute, String text) {
    }

    private static Optional<Why> why(SeriesValues s) {
        if (text(s, "BurnedInAnnotation").equals("YES")) {
            return Optional.of(new Why("BurnedInAnnotation", "the series declares burned-in annotation: its pixels may show"
                    + " identifying text"));
        }
        String sopClass = text(s, "SOPClassUID");
        if (sopClass.startsWith(SECONDARY_CAPTURE)) {
            return Optional.of(new Why("SOPClassUID", "a secondary capture: a screenshot may show identifying text"));
        }
        if (sopClass.startsWith(STRUCTURED_REPORT) || text(s, "Modality").equals("SR")) {
            boolean phoenix = text(s, "SeriesDescription").contains("PHOENIXZIPREPORT");
            return Optional.of(new Why("SOPClassUID", phoenix
                    ? "a Siemens PhoenixZIPReport: the archived protocol report can carry patient data"
                    : "a structured report: its text can carry patient data"));
        }
        return Optional.empty();
    }

    private static String text(SeriesValues s, String field) {
        Object v = s.get(field);
        return v == null ? "" : String.valueOf(v).trim().toUpperCase(Locale.ROOT);
    }
}
