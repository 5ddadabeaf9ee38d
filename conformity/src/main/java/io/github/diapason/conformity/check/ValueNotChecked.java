package io.github.diapason.conformity.check;

import io.github.diapason.conformity.inspect.SeriesValues;
import io.github.diapason.conformity.rules.AttributeRule;
import io.github.diapason.conformity.rules.SequenceRule;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import java.util.List;

/**
 * A value the reader cannot find in the header is not checked: a warning that says so, never a
 * failure and never a guessed value.
 */
final class ValueNotChecked implements SequenceCheck {

    @Override
    public void check(Exam exam, SequenceRule rule, SeriesValues s, List<Diagnostic> out) {
        for (AttributeRule a : rule.attributes()) {
            if (s.get(a.attribute()) == null) {
                out.add(Findings.of(this, Severity.WARNING, exam, s, rule.id(), a.attribute(),
                        Findings.tagPath(a.dicom(), a.attribute()), Values.expected(a), "not found",
                        a.attribute() + " was not found in the header" + (a.dicom() == null ? "" : " (" + a.dicom() + ")")
                                + ": it is not checked",
                        "check it on the console or in the exam card; keep the attribute when de-identifying"));
            }
        }
    }
}
