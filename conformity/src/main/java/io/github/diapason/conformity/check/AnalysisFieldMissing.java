package io.github.diapason.conformity.check;

import io.github.diapason.conformity.inspect.SeriesValues;
import io.github.diapason.conformity.rules.RequiredField;
import io.github.diapason.conformity.rules.SequenceRule;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import java.util.List;
import java.util.Map;

/** Fields analysis needs (diffusion b-values and directions) are present in at least one of their places. */
final class AnalysisFieldMissing implements SequenceCheck {

    /** Required analysis fields of the rules → the value inspect reports when the field was found. */
    private static final Map<String, String> REPORTED_AS = Map.of(
            "DiffusionBValue", "DiffusionBValues",
            "DiffusionGradientDirection", "NumberOfDiffusionDirections");

    @Override
    public void check(Exam exam, SequenceRule rule, SeriesValues s, List<Diagnostic> out) {
        for (RequiredField f : rule.requiredFields()) {
            Object v = s.get(REPORTED_AS.getOrDefault(f.field(), f.field()));
            boolean present = v != null && !(v instanceof Number n && n.doubleValue() == 0)
                    && !(v instanceof List<?> l && l.isEmpty());
            if (!present) {
                String tag = f.anyOf().isEmpty() ? "" : f.anyOf().get(0).tag();
                out.add(Findings.of(this, Severity.ERROR, exam, s, rule.id(), f.field(), tag, "present", "absent",
                        f.field() + " is needed for analysis (" + f.purpose() + ") and was found in none of its places",
                        "keep the private tags that hold it when de-identifying (option retain-safe-private)"));
            }
        }
    }
}
