package io.github.diapason.compiler.generate;

import io.github.diapason.compiler.words.Messages;
import io.github.diapason.compiler.words.Typography;
import io.github.diapason.model.LocalizedText;
import java.util.List;
import java.util.Locale;

/**
 * Every text a document receives, in that document's language: the study's texts (marked when
 * missing in the language, then shown in a language they exist in — validate lists them as
 * NotTranslated), displayed values with the locale's decimal separator, and the typography of the
 * language. Words the code itself adds come from the bundles through {@link #msg}.
 */
final class Words {

    private final String language;
    private final Messages messages;
    private final Typography typography;

    Words(String language, Messages messages) {
        this.language = language.toLowerCase(Locale.ROOT);
        this.messages = messages;
        this.typography = messages.typography();
    }

    String language() {
        return language;
    }

    Messages messages() {
        return messages;
    }

    String text(LocalizedText t) {
        if (t == null) {
            return "";
        }
        if (t.texts().containsKey(language) || t.texts().containsKey(LocalizedText.ANY) || t.texts().isEmpty()) {
            return typography.text(t.in(language));
        }
        String shown = t.texts().containsKey("en") ? "en" : t.texts().keySet().iterator().next();
        return messages.get("text.untranslated", shown, t.texts().get(shown));
    }

    List<String> texts(List<LocalizedText> list) {
        return list.stream().map(this::text).toList();
    }

    /** A value as displayed, its decimal numbers in this language ("239,9 Hz" in French). */
    String numbers(String display) {
        return typography.numbers(display);
    }

    /** A text that is not the study's (a vendor's product name) in this language's typography. */
    String typography(String s) {
        return typography.text(s);
    }

    String msg(String key, Object... args) {
        return messages.get(key, args);
    }
}
