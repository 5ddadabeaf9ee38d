package io.github.diapason.conformity.check;

import io.github.diapason.conformity.inspect.SeriesValues;
import io.github.diapason.conformity.rules.RuleSet;
import io.github.diapason.conformity.rules.SequenceRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One exam (one StudyInstanceUID) as the exam rules see it: the site and rule set selected for it,
 * where that rule set lives ({@code rulesFile}, {@code ruleSetIndex}: a missing sequence points
 * there), its series in acquisition order, and how they were matched to the sequences.
 */
record Exam(String studyInstanceUid, String site, String rulesFile, int ruleSetIndex, RuleSet rules,
            List<SeriesValues> series, Matching matching) {

    Exam {
        series = List.copyOf(series);
    }

    /** A sequence received, and the series whose values are checked for it. */
    record Evaluated(SequenceRule rule, SeriesValues series) {
    }

    /**
     * Every sequence received, in protocol order, with its evaluated series ({@link Matching#evaluated}),
     * or each of its runs when the protocol runs it several times ({@link Matching#checked}).
     */
    List<Evaluated> evaluated() {
        List<Evaluated> out = new ArrayList<>();
        for (SequenceRule rule : rules.sequences()) {
            matching.checked(rule).forEach(s -> out.add(new Evaluated(rule, s)));
        }
        return out;
    }

    /**
     * Each attribute named in the list field {@code field} of some series (e.g. the identifying
     * attributes inspect found present), with the first series, in acquisition order, naming it.
     */
    Map<String, SeriesValues> namedIn(String field) {
        Map<String, SeriesValues> out = new LinkedHashMap<>();
        for (SeriesValues s : series) {
            if (s.get(field) instanceof List<?> names) {
                names.forEach(n -> out.putIfAbsent(String.valueOf(n), s));
            }
        }
        return out;
    }

    /** JSON pointer of a sequence rule in the rules file. */
    String pointer(SequenceRule rule) {
        return "/ruleSets/" + ruleSetIndex + "/sequences/" + rules.sequences().indexOf(rule);
    }
}
