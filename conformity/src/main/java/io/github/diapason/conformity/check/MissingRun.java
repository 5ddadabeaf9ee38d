package io.github.diapason.conformity.check;

import io.github.diapason.conformity.rules.SequenceRule;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Subject;
import java.util.ArrayList;
import java.util.List;

/**
 * A sequence the protocol runs several times (four rs-fMRI runs) was received, but fewer times than
 * that: an error for a mandatory sequence (the missing runs are to acquire), a warning for an
 * optional one. Not received at all is {@link MissingSequence} / {@link MissingOptionalSequence}.
 * Points at the sequence's rule.
 */
final class MissingRun implements ExamRule {

    @Override
    public List<Diagnostic> check(Exam exam) {
        List<Diagnostic> out = new ArrayList<>();
        for (SequenceRule rule : exam.rules().sequences()) {
            int received = exam.matching().of(rule).size();
            if (received == 0 || received >= rule.runs() || ScoutSeries.isLocaliser(rule)) {
                continue;
            }
            out.add(new Diagnostic(rule.mandatory() ? Severity.ERROR : Severity.WARNING, code(),
                    rule.name() + " was received " + received + " times, the protocol runs it " + rule.runs() + " times",
                    "acquire the missing run(s), or send the series if they were acquired under another name",
                    new SourceLocation(exam.rulesFile(), 0, 0, exam.pointer(rule)),
                    Subject.sequence(exam.site(), rule.id()), rule.runs() + " series", received + " series"));
        }
        return out;
    }
}
