package io.github.diapason.conformity.check;

import io.github.diapason.conformity.rules.SequenceRule;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The evaluated series follow the protocol's order (by series number). */
final class SequenceOutOfOrder implements ExamRule {

    @Override
    public List<Diagnostic> check(Exam exam) {
        List<Exam.Evaluated> taken = new ArrayList<>(exam.evaluated());
        taken.sort(Comparator.comparingDouble(t -> Checker.seriesNumber(t.series())));
        List<Diagnostic> out = new ArrayList<>();
        int highest = 0;
        for (Exam.Evaluated t : taken) {
            SequenceRule r = t.rule();
            if (r.position() < highest) {
                out.add(Findings.of(this, Severity.ERROR, exam, t.series(), r.id(), "position",
                        Findings.tag("SeriesNumber"), Integer.toString(r.position()), "after position " + highest,
                        r.name() + " was acquired after a sequence the protocol puts later",
                        "follow the exam card's order: the order changes what each series measures (contrast, motion)"));
            }
            highest = Math.max(highest, r.position());
        }
        return out;
    }
}
