package io.github.diapason.conformity.check;

import io.github.diapason.conformity.rules.SequenceRule;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Subject;
import java.util.ArrayList;
import java.util.List;

/** A mandatory sequence was not received: the exam fails and the sequence is to acquire again. Points at its rule. */
final class MissingSequence implements ExamRule {

    @Override
    public List<Diagnostic> check(Exam exam) {
        List<Diagnostic> out = new ArrayList<>();
        for (SequenceRule rule : exam.rules().sequences()) {
            if (rule.mandatory() && exam.matching().of(rule).isEmpty()) {
                out.add(missing(this, Severity.ERROR, exam, rule, "mandatory",
                        "acquire it again, or send the series if it was acquired under another name"));
            }
        }
        return out;
    }

    static Diagnostic missing(ExamRule rule, Severity severity, Exam exam, SequenceRule sequence, String which, String hint) {
        return new Diagnostic(severity, rule.code(), which + " sequence " + sequence.name() + " was not received", hint,
                new SourceLocation(exam.rulesFile(), 0, 0, exam.pointer(sequence)),
                Subject.sequence(exam.site(), sequence.id()), "received", "absent");
    }
}
