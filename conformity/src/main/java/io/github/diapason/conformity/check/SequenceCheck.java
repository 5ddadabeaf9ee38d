package io.github.diapason.conformity.check;

import io.github.diapason.conformity.inspect.SeriesValues;
import io.github.diapason.conformity.rules.SequenceRule;
import io.github.diapason.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** An exam rule that looks at each sequence received, on the series evaluated for it ({@link Exam#evaluated()}). */
interface SequenceCheck extends ExamRule {

    void check(Exam exam, SequenceRule rule, SeriesValues series, List<Diagnostic> out);

    @Override
    default List<Diagnostic> check(Exam exam) {
        List<Diagnostic> out = new ArrayList<>();
        for (Exam.Evaluated e : exam.evaluated()) {
            check(exam, e.rule(), e.series(), out);
        }
        return out;
    }
}
