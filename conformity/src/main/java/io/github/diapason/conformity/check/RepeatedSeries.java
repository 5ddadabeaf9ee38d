package io.github.diapason.conformity.check;

import io.github.diapason.conformity.inspect.SeriesValues;
import io.github.diapason.conformity.rules.SequenceRule;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A sequence the protocol says to repeat when non-conformant was acquired again: the earlier series
 * are repeats, reported as a note (neither duplicates nor unexpected series); the last one is evaluated.
 */
final class RepeatedSeries implements ExamRule {

    @Override
    public List<Diagnostic> check(Exam exam) {
        List<Diagnostic> out = new ArrayList<>();
        for (SequenceRule rule : exam.rules().sequences()) {
            if (!rule.repeatIfNonConformant()) {
                continue;
            }
            SeriesValues chosen = exam.matching().evaluated(rule).orElse(null);
            for (SeriesValues earlier : exam.matching().earlier(rule)) {
                out.add(Findings.of(this, Severity.NOTE, exam, earlier, rule.id(), "", Findings.tag("SeriesInstanceUID"),
                        "", "", rule.name() + " was acquired again; " + Findings.label(chosen) + " is the one evaluated",
                        "nothing to do: the protocol allows repeating this sequence"));
            }
        }
        return out;
    }
}
