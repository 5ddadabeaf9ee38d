package io.github.diapason.conformity.check;

import io.github.diapason.conformity.inspect.SeriesValues;
import io.github.diapason.conformity.rules.SequenceRule;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A sequence the protocol does not allow to repeat was received more than once: the last series is
 * evaluated, each earlier one is an error (which one should analysis use?).
 */
final class DuplicateSeries implements ExamRule {

    @Override
    public List<Diagnostic> check(Exam exam) {
        List<Diagnostic> out = new ArrayList<>();
        for (SequenceRule rule : exam.rules().sequences()) {
            if (rule.repeatIfNonConformant()) {
                continue;
            }
            int count = exam.matching().of(rule).size();
            SeriesValues chosen = exam.matching().evaluated(rule).orElse(null);
            for (SeriesValues dup : exam.matching().earlier(rule)) {
                out.add(Findings.of(this, Severity.ERROR, exam, dup, rule.id(), "", Findings.tag("SeriesInstanceUID"),
                        rule.runs() + " series", count + " series", rule.name() + " was received " + count + " times; "
                                + Findings.label(chosen) + " is the one evaluated",
                        "send only the acquisition to analyse, or mark the others as not for analysis"));
            }
        }
        return out;
    }
}
