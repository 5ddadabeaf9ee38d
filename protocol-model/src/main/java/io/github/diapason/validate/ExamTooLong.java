package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.Sequence;
import io.github.diapason.read.LoadedStudy;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * When durations are known, the exam fits its maximum: the mandatory part must (error), the
 * whole exam with optional sequences should (warning). Vendor-computed times are checked per
 * site by the vendor adapters.
 */
final class ExamTooLong implements Rule {
    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        var exam = study.study().protocol().exam();
        if (exam.maximumDuration() == null || exam.maximumDuration().canonical().isEmpty()) {
            return List.of();
        }
        double max = exam.maximumDuration().canonical().get();
        double mandatory = total(exam.sequences(), Sequence::isMandatory);
        double all = total(exam.sequences(), s -> true);
        var at = study.protocolSource().locate("/exam/maximumDuration");
        if (mandatory > max) {
            return List.of(Diagnostic.error(code(), "the mandatory sequences take " + minutes(mandatory)
                            + " min, above the exam's maximum of " + minutes(max) + " min",
                    "shorten sequences, make some optional, or raise maximumDuration", at));
        }
        if (all > max) {
            return List.of(new Diagnostic(io.github.diapason.diagnostic.Severity.WARNING, code(),
                    "with the optional sequences the exam takes " + minutes(all) + " min, above its maximum of "
                            + minutes(max) + " min", "say in the manual which optional sequences to skip when late",
                    at));
        }
        return List.of();
    }

    private static double total(List<Sequence> sequences, Predicate<Sequence> which) {
        // estimatedDuration is one run's: a sequence run n times takes n times as long
        return sequences.stream().filter(which).filter(s -> s.estimatedDuration() != null)
                .mapToDouble(s -> s.estimatedDuration().canonical().orElse(0.0) * s.runs()).sum();
    }

    private static String minutes(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms / 60_000);
    }
}
