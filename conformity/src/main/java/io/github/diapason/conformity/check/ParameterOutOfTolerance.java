package io.github.diapason.conformity.check;

import io.github.diapason.conformity.inspect.SeriesValues;
import io.github.diapason.conformity.rules.AttributeRule;
import io.github.diapason.conformity.rules.SequenceRule;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import java.util.List;

/** Each attribute the header carries is within the rule's tolerance, range or code (absent ones: {@link ValueNotChecked}). */
final class ParameterOutOfTolerance implements SequenceCheck {

    @Override
    public void check(Exam exam, SequenceRule rule, SeriesValues s, List<Diagnostic> out) {
        for (AttributeRule a : rule.attributes()) {
            Object actual = s.get(a.attribute());
            if (actual != null) {
                Values.violation(a, actual).ifPresent(why -> out.add(Findings.of(this, Severity.ERROR, exam, s,
                        rule.id(), a.attribute(), Findings.tagPath(a.dicom(), a.attribute()), Values.expected(a),
                        Values.actual(a, actual), why, "set " + a.attribute()
                                + " as the site's protocol sheet says and acquire " + rule.name() + " again")));
            }
        }
    }
}
