package io.github.diapason.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 10: terminal escape sequences from JSON excerpts and DICOM SeriesDescription were echoed raw. */
class ControlCharactersTest {

    @Test
    void forTerminalShowsEveryControlCharacterAsAnEscapeAndKeepsLinesAndTabs() {
        String seriesDescription = "T1 \u001b]0;owned\u0007 \u009b2J\u007f\r";

        String shown = ControlCharacters.forTerminal("{\n\t\"series\": \"" + seriesDescription + "\"\n}");

        assertThat(shown).isEqualTo("{\n\t\"series\": \"T1 \\u001B]0;owned\\u0007 \\u009B2J\\u007F\\u000D\"\n}");
        assertThat(shown.chars()).noneMatch(c -> ControlCharacters.isUnsafe(c) || c == '\r');
    }

    @Test
    void stripDropsThemAndMaskKeepsColumns() {
        assertThat(ControlCharacters.strip("a\u0000b\u0085c\td\n")).isEqualTo("abc\td\n");
        assertThat(ControlCharacters.masked("a\u001bb")).isEqualTo("a?b");
        assertThat(ControlCharacters.strip("plain")).isSameAs("plain");
    }
}
