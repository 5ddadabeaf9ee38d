package io.github.diapason.compiler.rules;

import io.github.diapason.conformity.check.WaiverTargets;
import io.github.diapason.conformity.rules.RuleFile;
import io.github.diapason.conformity.rules.RuleSet;
import io.github.diapason.conformity.rules.WaiverRule;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.Waiver;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.text.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A site's waivers (the study's {@code waivers.json}) in the form its {@code rules.json} publishes,
 * so every checker that reads the rules applies them. A waiver naming a parameter that the site's
 * rules never check for its sequence (in any scanner period) would never apply: an error
 * ({@code WaiverUnknownParameter}), located at the waiver.
 */
final class SiteWaivers {

    private SiteWaivers() {
    }

    static Validated<List<WaiverRule>> of(LoadedStudy study, RuleFile rules) {
        List<WaiverRule> out = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Waiver> waivers = study.waivers().waivers();
        for (int w = 0; w < waivers.size(); w++) {
            Waiver waiver = waivers.get(w);
            if (!waiver.site().equals(rules.siteId())) {
                continue;
            }
            if (waiver.parameter() != null) {
                Set<String> known = new LinkedHashSet<>();
                for (RuleSet set : rules.ruleSets()) {
                    set.sequence(waiver.sequence()).ifPresent(seq -> known.addAll(WaiverTargets.parameters(seq)));
                }
                // a sequence the site's rules lack altogether is reported by validate (WaiverReference)
                boolean sequenceKnown = rules.ruleSets().stream().anyMatch(s -> s.sequence(waiver.sequence()).isPresent());
                if (sequenceKnown && !known.contains(waiver.parameter())) {
                    String suggestion = Suggestions.didYouMean(waiver.parameter(), known);
                    diagnostics.add(Diagnostic.error("WaiverUnknownParameter", "the rules of site '" + waiver.site()
                                    + "' never check '" + waiver.parameter() + "' for sequence '" + waiver.sequence()
                                    + "', so this waiver would never apply",
                            (suggestion.isEmpty() ? "" : suggestion + " ") + "name a parameter as the check report does: "
                                    + String.join(", ", known),
                            study.waiverSource().locate("/waivers/" + w + "/parameter")));
                    continue;
                }
            }
            out.add(new WaiverRule(waiver.id(), waiver.sequence(), waiver.parameter(), waiver.finding(),
                    waiver.reason() == null ? null : waiver.reason().texts(), waiver.expires(), waiver.severity(),
                    waiver.acceptedBy()));
        }
        return Validated.of(out, diagnostics);
    }
}
