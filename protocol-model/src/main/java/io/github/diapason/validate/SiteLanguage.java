package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.Site;
import io.github.diapason.read.LoadedStudy;
import java.util.ArrayList;
import java.util.List;

/** A site's manual language is one the study writes its texts in (else the site reads a fallback language). */
final class SiteLanguage implements Rule {
    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<String> languages = study.study().protocol().study().languages();
        List<Diagnostic> out = new ArrayList<>();
        if (languages.isEmpty()) {
            return out;
        }
        for (Site site : study.study().sites()) {
            if (!languages.contains(site.language())) {
                out.add(Diagnostic.warning(code(), "site '" + site.id() + "' reads '" + site.language()
                                + "', which the study does not list among its languages " + languages,
                        "add it to study.languages and translate the texts, or change the site's language",
                        study.siteSource(site.id()).locate("/language")));
            }
        }
        return out;
    }
}
