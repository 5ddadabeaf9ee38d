package io.github.diapason.conformity.check;

import io.github.diapason.conformity.rules.AttributeRule;
import io.github.diapason.conformity.rules.ExpectedCounts;
import io.github.diapason.conformity.rules.RequiredField;
import io.github.diapason.conformity.rules.SequenceRule;
import java.util.LinkedHashSet;
import java.util.Set;

/** What a waiver may name for a sequence: the parameters the checker's findings about it can carry. */
public final class WaiverTargets {

    private WaiverTargets() {
    }

    /** The checked attributes, the analysis fields and the counts of the sequence's rules, in that order. */
    public static Set<String> parameters(SequenceRule rule) {
        Set<String> out = new LinkedHashSet<>();
        rule.attributes().stream().map(AttributeRule::attribute).forEach(out::add);
        rule.requiredFields().stream().map(RequiredField::field).forEach(out::add);
        ExpectedCounts c = rule.counts();
        if (c != null) {
            if (c.slices() != null) {
                out.add(CountMismatch.SLICES);
            }
            if (c.volumes() != null) {
                out.add(CountMismatch.VOLUMES);
            }
            if (c.diffusionVolumes() != null) {
                out.add(CountMismatch.DIFFUSION_VOLUMES);
            }
            if (!c.bValues().isEmpty()) {
                out.add(CountMismatch.B_VALUES);
            }
        }
        return out;
    }
}
