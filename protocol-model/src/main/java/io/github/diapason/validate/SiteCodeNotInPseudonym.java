package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.Deidentification;
import io.github.diapason.model.Site;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.text.PseudonymMask;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A site's code has no place in the pseudonym pattern, so its transfer sheet shows a mask without it. */
final class SiteCodeNotInPseudonym implements Rule {
    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        Deidentification d = study.study().protocol().deidentification();
        Optional<PseudonymMask> mask = d == null || d.pseudonymPattern() == null ? Optional.empty()
                : PseudonymMask.parse(d.pseudonymPattern()).mask();
        List<Diagnostic> out = new ArrayList<>();
        if (mask.isEmpty()) {
            return out;
        }
        for (Site site : study.study().sites()) {
            if (site.code() != null && !mask.get().fits(site.code())) {
                out.add(Diagnostic.warning(code(), "the site code '" + site.code() + "' has no place in the pseudonym pattern "
                                + d.pseudonymPattern() + "; the transfer sheet shows the mask " + mask.get().fill(null),
                        "give the code the length and characters of the pattern's site part",
                        study.siteSource(site.id()).locate("/code")));
            }
        }
        return out;
    }
}
