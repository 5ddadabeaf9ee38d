package io.github.diapason.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Text written by the study team, in one or more languages ({@code {"en": "…", "fr": "…"}}),
 * or one text for every language (a plain string, stored under {@link #ANY}).
 */
public record LocalizedText(Map<String, String> texts) {

    public static final String ANY = "*";

    public LocalizedText {
        texts = Collections.unmodifiableMap(new TreeMap<>(texts));
    }

    public static LocalizedText of(String text) {
        return new LocalizedText(Map.of(ANY, text));
    }

    @JsonCreator
    static LocalizedText fromJson(Object json) {
        if (json instanceof String s) {
            return of(s);
        }
        @SuppressWarnings("unchecked")
        Map<String, String> m = (Map<String, String>) json;
        return new LocalizedText(m);
    }

    @JsonValue
    Object toJson() {
        return texts.size() == 1 && texts.containsKey(ANY) ? texts.get(ANY) : texts;
    }

    /** The text in {@code language}, else the language-neutral text, else English, else any. */
    public String in(String language) {
        return Optional.ofNullable(texts.get(language))
                .or(() -> Optional.ofNullable(texts.get(ANY)))
                .or(() -> Optional.ofNullable(texts.get("en")))
                .orElseGet(() -> texts.values().stream().findFirst().orElse(""));
    }
}
