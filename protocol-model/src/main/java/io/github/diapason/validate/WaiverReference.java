package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Site;
import io.github.diapason.model.Waiver;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.text.Suggestions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every waiver names a site and a sequence of the study, and has an id of its own: a waiver that
 * names nothing would silently never apply. (Whether the site's rules check the parameter it
 * names is told when the rules are derived, where those checks are known.)
 */
final class WaiverReference implements Rule {

    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        List<String> sequenceIds = study.study().protocol().exam().sequences().stream().map(Sequence::id).toList();
        List<String> siteIds = study.study().sites().stream().map(Site::id).toList();
        List<Waiver> waivers = study.waivers().waivers();
        Set<String> ids = new HashSet<>();
        for (int w = 0; w < waivers.size(); w++) {
            Waiver waiver = waivers.get(w);
            String at = "/waivers/" + w;
            if (!ids.add(waiver.id())) {
                out.add(Diagnostic.error(code(), "another waiver has the id '" + waiver.id() + "'",
                        "give each waiver its own id: reports quote it", study.waiverSource().locate(at + "/id")));
            }
            if (!siteIds.contains(waiver.site())) {
                out.add(unknown("site", waiver.site(), siteIds, study.waiverSource().locate(at + "/site")));
            }
            if (!sequenceIds.contains(waiver.sequence())) {
                out.add(unknown("sequence", waiver.sequence(), sequenceIds, study.waiverSource().locate(at + "/sequence")));
            }
        }
        return out;
    }

    private Diagnostic unknown(String what, String ref, List<String> known, SourceLocation at) {
        String suggestion = Suggestions.didYouMean(ref, known);
        return Diagnostic.error(code(), "the waiver names a " + what + " that does not exist: '" + ref + "'",
                (suggestion.isEmpty() ? "" : suggestion + " ") + "known " + what + "s: " + String.join(", ", known), at);
    }
}
