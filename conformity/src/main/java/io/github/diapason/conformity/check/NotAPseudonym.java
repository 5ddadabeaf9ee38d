package io.github.diapason.conformity.check;

import io.github.diapason.conformity.rules.DeidentificationRules;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/** The pseudonym attributes (PatientName, PatientID…) match the study's pseudonym pattern; the value is never copied. */
final class NotAPseudonym implements ExamRule {

    @Override
    public List<Diagnostic> check(Exam exam) {
        // inspect names these attributes only when the rules give a pseudonym pattern
        DeidentificationRules rules = exam.rules().deidentification();
        String pattern = rules == null || rules.pseudonym() == null ? "the study's pattern" : rules.pseudonym().pattern();
        List<Diagnostic> out = new ArrayList<>();
        exam.namedIn("NotMatchingPseudonym").forEach((attribute, s) -> out.add(Findings.of(this, Severity.ERROR, exam, s,
                "", attribute, Findings.tag(attribute), "a pseudonym matching " + pattern, "another value",
                attribute + " is not the study pseudonym: the participant may be identifiable (its value is not copied here)",
                "replace it with the participant's pseudonym before sending the exam")));
        return out;
    }
}
