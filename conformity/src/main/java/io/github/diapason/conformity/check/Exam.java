package io.github.diapason.conformity.check;

import io.github.diapason.conformity.inspect.SeriesValues;
import io.github.diapason.conformity.rules.RuleSet;
import io.github.diapason.conformity.rules.SequenceRule;
import java.util.List;

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

    /** JSON pointer of a sequence rule in the rules file. */
    String pointer(SequenceRule rule) {
        return "/ruleSets/" + ruleSetIndex + "/sequences/" + rules.sequences().indexOf(rule);
    }
}
