package io.github.diapason.compiler.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The wording bundles as {@link Messages} renders them: through {@link java.text.MessageFormat}. */
class MessagesTest {

    /** MessageFormat reads a lone apostrophe as the start of quoted text and drops it: "study's" became "studys". */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void noMessageHasALoneApostropheThatMessageFormatWouldDrop(String language) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/io/github/diapason/templates/messages_" + language + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(bundle.stringPropertyNames()).isNotEmpty()
                .filteredOn(key -> LONE_APOSTROPHE.matcher(bundle.getProperty(key)).find()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anApostropheReachesTheDocument(String language) {
        Messages messages = Messages.load(Optional.empty(), language);

        assertThat(messages.get("en".equals(language) ? "sheet.refusedText" : "parameter.MagnetizationTransfer"))
                .containsAnyOf("study's", "d'aimantation", "d’aimantation");
    }
}
