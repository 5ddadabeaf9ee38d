package io.github.diapason.conformity.check;

import io.github.diapason.conformity.inspect.SeriesValues;
import io.github.diapason.conformity.rules.SequenceRule;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Scouts: a localiser (Siemens AAHead_Scout, GE 3-Plane Localizer, Philips Survey) makes several
 * series, its reformats (MPR) included. They are recognised by ImageType LOCALIZER or by name;
 * with no localiser in the protocol they are listed as a note, never as unexpected series.
 */
final class ScoutSeries implements ExamRule {

    static final String LOCALISER = "localiser";
    private static final Pattern NAME = Pattern.compile("scout|locali[sz]er|\\bloc\\b|3.?plane|survey|smartbrain",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<Diagnostic> check(Exam exam) {
        List<Diagnostic> out = new ArrayList<>();
        for (SeriesValues s : exam.matching().scouts()) {
            out.add(Findings.of(this, Severity.NOTE, exam, s, "", "", Findings.tag("ImageType"), "", "",
                    "a scout (localiser) series; the protocol prescribes no localiser, so it is not checked",
                    "nothing to do; add a localiser sequence to the protocol to have scouts checked"));
        }
        return out;
    }

    static boolean isLocaliser(SequenceRule rule) {
        return LOCALISER.equals(rule.technique());
    }

    static boolean isScout(SeriesValues s) {
        if (imageType(s).contains("LOCALIZER")) {
            return true;
        }
        for (String field : List.of("SeriesDescription", "ProtocolName")) {
            if (s.get(field) instanceof String v && NAME.matcher(v.replace('_', ' ')).find()) {
                return true;
            }
        }
        return false;
    }

    static boolean isDerived(SeriesValues s) {
        List<String> type = imageType(s);
        return type.contains("DERIVED") || type.contains("MPR") || type.contains("SECONDARY");
    }

    private static List<String> imageType(SeriesValues s) {
        Object t = s.get("ImageType");
        if (t instanceof List<?> l) {
            return l.stream().map(o -> String.valueOf(o).trim().toUpperCase(Locale.ROOT)).toList();
        }
        return t == null ? List.of() : List.of(String.valueOf(t).toUpperCase(Locale.ROOT).split("\\\\"));
    }
}
