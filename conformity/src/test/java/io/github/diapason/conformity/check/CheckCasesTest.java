package io.github.diapason.conformity.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.diapason.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker's cases, one folder each under {@code src/test/resources/check-cases/} ({@link CheckCases}
 * says what a folder holds; folders starting with "_" hold what cases share), as protocol-model's malformed-input corpus: adding a case is adding a
 * folder; a failing case prints the actual lines to review and paste into {@code expected.diagnostics}.
 * For every case, whatever it expects: every finding has a location, a message and a hint; no
 * report (JSON, HTML, JUnit) copies an identifying value the exam holds; the JSON report follows
 * its published schema.
 */
class CheckCasesTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(CheckCases.ROOT)) {
            folders = list.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("_")).sorted()
                    .toList();
        }
        if (folders.isEmpty()) {
            fail("no cases under " + CheckCases.ROOT);
        }
        return folders.stream().map(folder -> DynamicTest.dynamicTest(name(folder), () -> runCase(folder)));
    }

    private static String name(Path folder) {
        try {
            Path readme = folder.resolve("README");
            String first = Files.isRegularFile(readme) ? Files.readString(readme).strip().lines().findFirst().orElse("") : "";
            return folder.getFileName() + (first.isEmpty() ? "" : " — " + first);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void runCase(Path folder) throws Exception {
        Path dicom = CheckCases.dicom(folder, temp.resolve(folder.getFileName().toString()));
        CheckReport report = CheckCases.check(folder, dicom);
        List<String> actual = CheckCases.lines(report, folder, dicom);
        Path expectedFile = folder.resolve("expected.diagnostics");
        String printed = folder.getFileName() + " — actual lines (paste into expected.diagnostics after review):\n"
                + String.join("\n", actual);
        if (!Files.isRegularFile(expectedFile)) {
            fail("no expected.diagnostics in " + folder + "\n" + printed);
        }
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual), printed);

        for (ExamReport e : report.exams()) {
            for (Diagnostic d : e.findings()) {
                assertThat(d.location().file()).as("location of %s", d.summary()).isNotEmpty();
                assertThat(d.message()).as("message of %s", d.code()).isNotBlank();
                assertThat(d.hint()).as("hint of %s", d.summary()).isNotBlank();
            }
        }
        for (String report1 : List.of(Reports.json(report), Reports.html(report), Reports.junit(report))) {
            for (String secret : CheckCases.mustNotAppear(folder)) {
                assertThat(report1).as("a report copies an identifying value").doesNotContain(secret);
            }
        }
        ObjectMapper json = new ObjectMapper();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(json.readTree(Reports.schemaText()));
        assertThat(schema.validate(json.readTree(Reports.json(report)))).as("JSON report against its schema").isEmpty();
    }
}
