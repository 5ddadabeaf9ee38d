package io.github.diapason.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, rows "terminal escape sequences echoed raw" and "symlinked site file echoes its target". */
class DiagnosticFormatterTest {

    @TempDir
    Path dir;

    @Test
    void escapeSequencesInExcerptsMessagesAndHintsNeverReachTheTerminal() throws IOException {
        Path file = Files.writeString(dir.resolve("protocol.json"), "{\"name\": \"\u001b]0;pwned\u0007\u001b[2J\"}\n");
        Diagnostic d = Diagnostic.error("X", "bad name \u001b[31mred", "hint \u009b1m", new SourceLocation(file.toString(), 1, 10, ""));

        String printed = new DiagnosticFormatter().format(d);

        assertThat(printed).doesNotContain("\u001b", "\u0007", "\u009b");
        assertThat(printed).contains("bad name \\u001B[31mred", "hint \\u009B1m", "{\"name\": \"?]0;pwned??[2J\"}");
        // The caret stays under column 10: masking keeps one character per character.
        assertThat(printed.lines().filter(l -> l.contains("^")).findFirst().orElseThrow()).endsWith(" ".repeat(9) + "^");
    }

    @Test
    void noExcerptIsQuotedThroughASymbolicLink() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "CI_TOKEN=abc\n");
        Path link = Files.createSymbolicLink(dir.resolve("env.json"), secret);
        Diagnostic d = Diagnostic.error("X", "bad", "fix", new SourceLocation(link.toString(), 1, 1, ""));

        assertThat(new DiagnosticFormatter().format(d)).doesNotContain("CI_TOKEN");
    }

    @Test
    void eachCodeIsCappedPerFileWithOneLineForTheRest() {
        java.util.List<Diagnostic> many = new java.util.ArrayList<>();
        for (int i = 0; i < 300_000; i++) {
            many.add(Diagnostic.error("SCHEMA_UNKNOWN_FIELD", "unknown field", "remove it",
                    new SourceLocation("protocol.json", i + 1, 3, "/k" + i)));
        }
        many.add(Diagnostic.warning("OTHER", "other", "fix", new SourceLocation("protocol.json", 1, 1, "")));

        java.util.List<Diagnostic> capped = DiagnosticCap.apply(many);

        assertThat(capped).hasSize(DiagnosticCap.PER_CODE + 2);
        assertThat(capped.get(DiagnosticCap.PER_CODE).message()).startsWith("and " + (300_000 - DiagnosticCap.PER_CODE) + " more");
        assertThat(capped.get(DiagnosticCap.PER_CODE).isError()).isTrue();
    }
}
