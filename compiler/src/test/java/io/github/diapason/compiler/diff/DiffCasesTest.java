package io.github.diapason.compiler.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.compiler.compile.StudyCompiler;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.validate.StudyValidation;
import io.github.diapason.vendor.VendorAdapters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Data-driven diff cases: each folder under {@code src/test/resources/diff/} holds {@code old/} and
 * {@code new/} study folders and {@code expected-changes.txt}, one change per line. Adding a case is
 * adding a folder. Run with {@code -Ddiff.write=true} to write the actual list (then review it).
 */
class DiffCasesTest {

    private static final Path CASES = Path.of("src/test/resources/diff");
    private static final StudyValidation VALIDATION = StudyValidation.standard(io.github.diapason.vendor.VendorAdapters.load().ids());
    private static final ProtocolDiffer DIFFER = new ProtocolDiffer(new StudyCompiler(VendorAdapters.load()));

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(CASES)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void changesAreTheExpectedOnes(String name) throws IOException {
        Path dir = CASES.resolve(name);
        LoadedStudy old = read(dir.resolve("old"));
        LoadedStudy now = read(dir.resolve("new"));

        List<String> actual = DIFFER.diff(old, now, Optional.empty()).changes().stream()
                .map(DiffCasesTest::line).toList();

        Path expectedFile = dir.resolve("expected-changes.txt");
        if (Boolean.getBoolean("diff.write")) {
            Files.write(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("changes of case %s", name)
                .containsExactlyElementsOf(Files.readAllLines(expectedFile, StandardCharsets.UTF_8));
    }

    /** {@code KIND @site sequence subject: before -> after (detail) [sites] {reasons}}, empty parts left out. */
    static String line(Change c) {
        StringBuilder s = new StringBuilder(c.kind().name()).append(" @").append(c.site().isEmpty() ? "*" : c.site());
        if (!c.sequence().isEmpty()) {
            s.append(' ').append(c.sequence());
        }
        if (!c.subject().isEmpty()) {
            s.append(' ').append(c.subject());
        }
        s.append(": ").append(c.before()).append(" -> ").append(c.after());
        if (!c.detail().isEmpty()) {
            s.append(" (").append(c.detail()).append(')');
        }
        s.append(" ").append(c.sites());
        if (!c.reasons().isEmpty()) {
            s.append(" {").append(String.join(" | ", c.reasons())).append('}');
        }
        return s.toString();
    }

    private static LoadedStudy read(Path dir) {
        Validated<LoadedStudy> read = VALIDATION.validate(dir);
        assertThat(read.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::summary))
                .as("fixture %s must be valid", dir).isEmpty();
        return read.value().orElseThrow();
    }
}
