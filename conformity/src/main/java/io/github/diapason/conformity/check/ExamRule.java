package io.github.diapason.conformity.check;

import io.github.diapason.diagnostic.Diagnostic;
import java.util.List;

/**
 * One exam-level check of the DICOM checker, as protocol-model's {@code validate.Rule} is one
 * check of a study: a small class whose diagnostic code is its simple name, so codes stay stable
 * and greppable. It reads the exam (its rule set and how its series were matched) and returns
 * its findings; it never throws on what a site sent.
 */
interface ExamRule {

    List<Diagnostic> check(Exam exam);

    default String code() {
        return getClass().getSimpleName();
    }
}
