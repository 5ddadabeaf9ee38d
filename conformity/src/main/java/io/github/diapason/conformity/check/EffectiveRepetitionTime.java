package io.github.diapason.conformity.check;

import io.github.diapason.conformity.inspect.SeriesValues;
import io.github.diapason.conformity.rules.AttributeRule;
import io.github.diapason.conformity.rules.SequenceRule;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import java.util.List;
import java.util.Optional;

/**
 * GE EPI with a group delay: RepetitionTime (0018,0080) holds the prescribed TR, the one the rule
 * compares; the volume TR analysis sees (dcm2niix's RepetitionTime) adds the delay (0043,107C).
 * Said as a note with both values, so a reader comparing with a BIDS sidecar is not misled.
 */
final class EffectiveRepetitionTime implements SequenceCheck {

    @Override
    public void check(Exam exam, SequenceRule rule, SeriesValues s, List<Diagnostic> out) {
        Optional<AttributeRule> tr = rule.attribute("RepetitionTime");
        if (tr.isPresent() && s.get("DelayTime") instanceof Number delay && delay.doubleValue() > 0
                && s.get("RepetitionTime") instanceof Number prescribed) {
            double effective = prescribed.doubleValue() + delay.doubleValue();
            out.add(Findings.of(this, Severity.NOTE, exam, s, rule.id(), "RepetitionTime", "(0043,107C)",
                    Values.expected(tr.get()), Values.print(effective) + " s",
                    "the prescribed TR " + Values.print(prescribed) + " s was compared; with the group delay of "
                            + Values.print(delay) + " s the effective volume TR is " + Values.print(effective) + " s",
                    "nothing to do; analysis (and dcm2niix) use the effective TR"));
        }
    }
}
