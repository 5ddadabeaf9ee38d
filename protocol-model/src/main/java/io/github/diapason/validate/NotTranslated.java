package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.LocalizedText;
import io.github.diapason.model.Site;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.read.SourceMap;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A text the study team wrote lacks one of the study's languages: documents in that language show
 * it in a language it exists in, marked as untranslated. A plain string is one text for every
 * language: fine for a name ("SWI", "3D FLAIR"), but prose of {@value #PROSE_WORDS} words or more
 * written once in a multilingual study is most likely in one language only, and is reported too
 * (a document cannot mark it: its language is unknown). The model's records mirror the JSON shape, so the walk builds each
 * text's JSON pointer from the record components' names.
 */
final class NotTranslated implements Rule {

    private static final int QUOTE = 60;
    static final int PROSE_WORDS = 3;

    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<String> languages = study.study().protocol().study().languages();
        List<Diagnostic> out = new ArrayList<>();
        if (languages.size() < 2) {
            return out;
        }
        walk(study.study().protocol(), "", languages, study.protocolSource(), out);
        for (Site site : study.study().sites()) {
            walk(site, "", languages, study.siteSource(site.id()), out);
        }
        return out;
    }

    private void walk(Object value, String pointer, List<String> languages, SourceMap source, List<Diagnostic> out) {
        if (value instanceof LocalizedText text) {
            if (text.texts().containsKey(LocalizedText.ANY)) {
                if (text.texts().get(LocalizedText.ANY).strip().split("\\s+").length >= PROSE_WORDS) {
                    out.add(Diagnostic.warning(code(), "not translated to " + String.join(", ", languages)
                                    + ": \"" + quote(text) + "\" is written once for every language",
                            "give it per language ({\"" + languages.get(0) + "\": …, \"" + languages.get(1)
                                    + "\": …}; in XML one <text xml:lang=…> each)",
                            source.locate(pointer)));
                }
                return;
            }
            for (String language : languages) {
                if (!text.texts().containsKey(language)) {
                    out.add(Diagnostic.warning(code(), "not translated to " + language + ": \"" + quote(text) + "\"",
                            "add the '" + language + "' text; until then " + language
                                    + " documents show it untranslated, marked",
                            source.locate(pointer)));
                }
            }
        } else if (value instanceof Record record) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                walk(read(c, record), pointer + "/" + c.getName(), languages, source, out);
            }
        } else if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                walk(item, pointer + "/" + i++, languages, source, out);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, pointer + "/" + Pointers.escape(String.valueOf(k)), languages, source, out));
        }
    }

    private static Object read(RecordComponent c, Record record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("model records have public accessors", e);
        }
    }

    private static String quote(LocalizedText text) {
        String s = text.texts().values().stream().findFirst().orElse("").strip().replaceAll("\\s+", " ");
        return s.length() <= QUOTE ? s : s.substring(0, QUOTE - 1) + "…";
    }
}
