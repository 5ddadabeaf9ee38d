package io.github.diapason.conformity.check;

import io.github.diapason.conformity.dicom.DicomDictionary;
import io.github.diapason.conformity.inspect.SeriesValues;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Subject;
import java.util.Locale;
import java.util.Map;

/**
 * How an exam rule words a finding about one series: located at the file that represents the
 * series and the tag concerned, about the site, sequence and parameter, with the printed values
 * compared. Never an identifying value: rules on identifying attributes pass "present" and the like.
 */
final class Findings {

    /** BIDS names of scanner fields whose DICOM keyword differs. */
    private static final Map<String, String> KEYWORDS = Map.of("ManufacturersModelName", "ManufacturerModelName");

    private Findings() {
    }

    static Diagnostic of(ExamRule rule, Severity severity, Exam exam, SeriesValues series, String sequence,
                         String parameter, String tag, String expected, String actual, String message, String hint) {
        return new Diagnostic(severity, rule.code(), label(series) + ": " + message, hint,
                new SourceLocation(series.file(), 0, 0, tag == null ? "" : tag),
                new Subject(exam.site(), sequence, parameter), expected, actual);
    }

    /** "(0018,0080)" for a keyword or BIDS name the dictionary knows, "" otherwise. */
    static String tag(String attribute) {
        return DicomDictionary.standard().tag(KEYWORDS.getOrDefault(attribute, attribute))
                .map(t -> String.format(Locale.ROOT, "(%04X,%04X)", t >>> 16, t & 0xFFFF)).orElse("");
    }

    /** The leading tag path of a rule's {@code dicom} text, e.g. "(0018,1312)" of "(0018,1312) axis only: …". */
    static String tagPath(String dicom, String attribute) {
        if (dicom != null && dicom.startsWith("(")) {
            return dicom.split("\\s+")[0];
        }
        return tag(attribute);
    }

    /** "series 2 t1_mprage_sag". */
    static String label(SeriesValues s) {
        return "series " + name(s);
    }

    /** "2 t1_mprage_sag": series number and description. */
    static String name(SeriesValues s) {
        Object n = s.get("SeriesNumber");
        Object d = s.get("SeriesDescription");
        return (n == null ? "?" : Values.print(n)) + (d == null ? "" : " " + d);
    }
}
