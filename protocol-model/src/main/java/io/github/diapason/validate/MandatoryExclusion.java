package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.Site;
import io.github.diapason.read.LoadedStudy;
import java.util.ArrayList;
import java.util.List;

/** A site may decline only optional sequences: the mandatory part is what makes the data poolable. */
final class MandatoryExclusion implements Rule {
    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        for (Site site : study.study().sites()) {
            for (int e = 0; e < site.excludedSequences().size(); e++) {
                String ref = site.excludedSequences().get(e).sequence();
                String pointer = "/excludedSequences/" + e + "/sequence";
                study.study().protocol().sequence(ref).filter(s -> s.isMandatory()).ifPresent(s ->
                        out.add(Diagnostic.error(code(), "site '" + site.id() + "' excludes '" + ref
                                        + "', which is mandatory",
                                "only optional sequences may be excluded; if the site cannot run it, discuss an "
                                        + "override with the coordinating centre",
                                study.siteSource(site.id()).locate(pointer))));
            }
        }
        return out;
    }
}
