package io.github.diapason.conformity.check;

import io.github.diapason.conformity.inspect.SeriesValues;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/** A series neither named as a sequence nor looking like one (scouts aside): worth a look, not a failure. */
final class UnexpectedSeries implements ExamRule {

    @Override
    public List<Diagnostic> check(Exam exam) {
        List<Diagnostic> out = new ArrayList<>();
        for (SeriesValues s : exam.matching().unmatched()) {
            out.add(Findings.of(this, Severity.WARNING, exam, s, "", "", Findings.tag("SeriesDescription"), "", "",
                    "series not in the protocol (neither its name nor its parameters match a sequence)",
                    "name the series as the protocol prescribes, or leave it out of the transfer"));
        }
        return out;
    }
}
