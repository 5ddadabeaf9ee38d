package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Site;
import io.github.diapason.read.LoadedStudy;
import java.util.ArrayList;
import java.util.List;

/**
 * Site and sequence ids name output folders and files ({@code sites/<site>/},
 * {@code bids/<sequence>.schema.json}); file systems refuse names over 255 bytes, and Windows
 * paths over 260 characters. An id over {@link #MAX} characters would pass validation and then fail
 * generation half-way, so it is an error here.
 */
final class IdTooLong implements Rule {

    /** Leaves room for the longest suffix Diapason adds and for the folders above the output. */
    static final int MAX = 64;

    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        List<Sequence> sequences = study.study().protocol().exam().sequences();
        for (int i = 0; i < sequences.size(); i++) {
            String id = sequences.get(i).id();
            if (id != null && id.length() > MAX) {
                out.add(diagnostic("sequence", id, study.protocolSource().locate("/exam/sequences/" + i + "/id")));
            }
        }
        for (Site site : study.study().sites()) {
            if (site.id() != null && site.id().length() > MAX) {
                out.add(diagnostic("site", site.id(), study.siteSource(site.id()).locate("/id")));
            }
        }
        return out;
    }

    private Diagnostic diagnostic(String what, String id, io.github.diapason.diagnostic.SourceLocation at) {
        return Diagnostic.error(code(), what + " id '" + id.substring(0, 24) + "…' is " + id.length()
                        + " characters long; ids name output files, and are limited to " + MAX,
                "shorten the id (the " + what + "'s full name goes in its name field)", at);
    }
}
