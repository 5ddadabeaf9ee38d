package io.github.diapason.conformity.check;

import io.github.diapason.conformity.rules.SequenceRule;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/** An optional sequence was not received: a note, the exam still conforms. */
final class MissingOptionalSequence implements ExamRule {

    @Override
    public List<Diagnostic> check(Exam exam) {
        List<Diagnostic> out = new ArrayList<>();
        for (SequenceRule rule : exam.rules().sequences()) {
            if (!rule.mandatory() && exam.matching().of(rule).isEmpty()) {
                out.add(MissingSequence.missing(this, Severity.NOTE, exam, rule, "optional",
                        "nothing to do unless the site meant to acquire it"));
            }
        }
        return out;
    }
}
