package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.ProtocolOverride;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Site;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.text.Suggestions;
import java.util.ArrayList;
import java.util.List;

/** Every sequence or site an override or an exclusion names exists. */
final class DanglingReference implements Rule {
    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        List<String> sequenceIds = study.study().protocol().exam().sequences().stream().map(Sequence::id).toList();
        List<String> siteIds = study.study().sites().stream().map(Site::id).toList();
        List<ProtocolOverride> overrides = study.study().protocol().overrides();
        for (int o = 0; o < overrides.size(); o++) {
            for (String ref : overrides.get(o).sequences().keySet()) {
                if (!sequenceIds.contains(ref)) {
                    out.add(error("sequence", ref, sequenceIds,
                            study.protocolSource().locate("/overrides/" + o + "/sequences/" + Pointers.escape(ref))));
                }
            }
            String site = overrides.get(o).when().site();
            if (site != null && !siteIds.isEmpty() && !siteIds.contains(site)) {
                out.add(error("site", site, siteIds, study.protocolSource().locate("/overrides/" + o + "/when/site")));
            }
        }
        for (Site site : study.study().sites()) {
            for (int e = 0; e < site.excludedSequences().size(); e++) {
                String ref = site.excludedSequences().get(e).sequence();
                if (!sequenceIds.contains(ref)) {
                    out.add(error("sequence", ref, sequenceIds,
                            study.siteSource(site.id()).locate("/excludedSequences/" + e + "/sequence")));
                }
            }
        }
        return out;
    }

    private Diagnostic error(String what, String ref, List<String> known, io.github.diapason.diagnostic.SourceLocation at) {
        String suggestion = Suggestions.didYouMean(ref, known);
        return Diagnostic.error(code(), "no " + what + " has the id '" + ref + "'",
                (suggestion.isEmpty() ? "" : suggestion + " ") + "known " + what + "s: " + String.join(", ", known), at);
    }
}
