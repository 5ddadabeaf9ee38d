package io.github.diapason.conformity.check;

import io.github.diapason.conformity.rules.ConfidentialityAttribute;
import io.github.diapason.conformity.rules.DeidentificationRules;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Identifying attributes the de-identification profile removes still hold a value: named once per exam, never valued. */
final class IdentifyingAttributePresent implements ExamRule {

    @Override
    public List<Diagnostic> check(Exam exam) {
        DeidentificationRules rules = exam.rules().deidentification();
        List<Diagnostic> out = new ArrayList<>();
        if (rules == null) {
            return out;
        }
        Set<String> flaggable = flaggable(rules);
        exam.namedIn("IdentifyingAttributesPresent").forEach((attribute, s) -> {
            if (flaggable.contains(attribute)) {
                out.add(Findings.of(this, Severity.ERROR, exam, s, "", attribute, Findings.tag(attribute),
                        "absent or emptied", "present", attribute + " still holds a value: de-identification must"
                                + " remove or empty it (its value is not copied here)",
                        "run the study's de-identification on the exam before sending it"));
            }
        });
        return out;
    }

    /**
     * The attributes whose mere content is a finding: the profile's list minus what the protocol keeps,
     * minus the pseudonym attributes (checked against the pattern), UIDs (replaced, not removed), dummies
     * (D: cannot be told from real values) and descriptors kept cleaned by an option.
     */
    static Set<String> flaggable(DeidentificationRules rules) {
        Set<String> out = new TreeSet<>();
        Set<String> pseudonyms = rules.pseudonym() == null ? Set.of() : Set.copyOf(rules.pseudonym().attributes());
        for (ConfidentialityAttribute a : rules.mustBeAbsentOrReplaced()) {
            String action = a.action() == null ? "" : a.action().toUpperCase(Locale.ROOT);
            boolean removable = action.contains("X") || action.contains("Z");
            boolean cleaned = a.cleanedBy().stream().anyMatch(rules.options()::contains);
            if (removable && !cleaned && !rules.kept().contains(a.keyword()) && !pseudonyms.contains(a.keyword())) {
                out.add(a.keyword());
            }
        }
        return out;
    }
}
