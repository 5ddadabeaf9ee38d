package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Site;
import io.github.diapason.read.LoadedStudy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two site ids (or two sequence ids) that differ only in case, such as Lyon and lyon, name the
 * same output folder on macOS and Windows file systems: one site's manual would overwrite the
 * other's there. Ids are compared ignoring case.
 */
final class IdsDifferOnlyInCase implements Rule {

    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        Map<String, String> sites = new HashMap<>();
        for (Site site : study.study().sites()) {
            String other = sites.putIfAbsent(site.id().toLowerCase(Locale.ROOT), site.id());
            if (other != null && !other.equals(site.id())) {
                out.add(diagnostic("site", site.id(), other, study.siteSource(site.id()).locate("/id")));
            }
        }
        Map<String, String> sequences = new HashMap<>();
        List<Sequence> list = study.study().protocol().exam().sequences();
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i).id();
            String other = sequences.putIfAbsent(id.toLowerCase(Locale.ROOT), id);
            if (other != null && !other.equals(id)) {
                out.add(diagnostic("sequence", id, other, study.protocolSource().locate("/exam/sequences/" + i + "/id")));
            }
        }
        return out;
    }

    private Diagnostic diagnostic(String what, String id, String other, SourceLocation at) {
        return Diagnostic.error(code(), what + " ids '" + other + "' and '" + id + "' differ only in case; on macOS"
                        + " and Windows they name the same output folder",
                "give the " + what + "s ids that differ in more than case", at);
    }
}
