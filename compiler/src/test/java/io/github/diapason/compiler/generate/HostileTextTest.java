package io.github.diapason.compiler.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.diapason.compiler.GenerateReport;
import io.github.diapason.compiler.GenerateRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, rows "injection" and "ordinary text breaks the PDF": user text in every field the HTML
 * macro library and the Markdown templates print (contacts, sequence names in the checks,
 * adaptations and reconstructions tables, check items) is escaped by construction, and ordinary
 * text with {@code &}, {@code <} or a control character renders every PDF.
 */
class HostileTextTest {

    private static final Path STUDY = Path.of("../examples/ms-cohort");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;
    private Path study;

    @BeforeEach
    void copyStudy() throws IOException {
        study = temp.resolve("study");
        try (Stream<Path> walk = Files.walk(STUDY)) {
            for (Path p : walk.toList()) {
                Path target = study.resolve(STUDY.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private void edit(java.util.function.Consumer<ObjectNode> change) throws IOException {
        Path file = study.resolve("protocol.json");
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        change.accept(root);
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    private GenerateReport generate(boolean pdf) {
        return new io.github.diapason.compiler.Diapason().generate(new GenerateRequest(study, temp.resolve("out"), Optional.empty(),
                Optional.empty(), pdf, false));
    }

    @Test
    void scriptInContactsAndSequenceTextIsEscapedInEveryHtmlDocument() throws IOException {
        edit(root -> {
            ObjectNode contact = (ObjectNode) root.path("study").path("contacts").get(0);
            contact.put("name", "<script>alert(1)</script>");
            contact.put("role", "\"><img src=x onerror=alert(2)>");
            ObjectNode sequence = (ObjectNode) root.path("exam").path("sequences").get(0);
            ((ObjectNode) sequence.path("name")).put("en", "<b>bold</b> localiser");
            ((ArrayNode) sequence.path("checksBeforeStart")).addObject().put("en", "<iframe src=x>").put("fr", "<iframe>");
        });

        GenerateReport report = generate(false);

        assertThat(report.failed()).as(report.toString()).isFalse();
        for (String name : new String[] {"sites/lyon/manual.en.html", "sites/lyon/transfer-sheet.en.html", "index.html"}) {
            String html = Files.readString(temp.resolve("out").resolve(name));
            assertThat(html).as(name).doesNotContain("<script>", "<img", "<iframe", "<b>bold");
        }
        String manual = Files.readString(temp.resolve("out/sites/lyon/manual.en.html"));
        assertThat(manual).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;bold&lt;/b&gt; localiser",
                "&lt;iframe src=x&gt;");
    }

    @Test
    void ampersandLessThanAndControlCharactersRenderEveryPdf() throws IOException {
        edit(root -> {
            ObjectNode contact = (ObjectNode) root.path("study").path("contacts").get(0);
            contact.put("role", "MR physicist, R&D");
            ObjectNode sequence = (ObjectNode) root.path("exam").path("sequences").get(0);
            ((ArrayNode) sequence.path("checksBeforeStart")).addObject().put("en", "SAR < 80% \u0007 & bell")
                    .put("fr", "DAS < 80 %\u001b[2J");
        });

        GenerateReport report = generate(true);

        assertThat(report.diagnostics()).as(report.toString()).noneMatch(d -> d.isError());
        assertThat(temp.resolve("out/sites/lyon/manual.en.pdf")).isNotEmptyFile();
        String manual = Files.readString(temp.resolve("out/sites/lyon/manual.en.html"));
        assertThat(manual).contains("MR physicist, R&amp;D", "SAR &lt; 80%  &amp; bell").doesNotContain("\u0007", "\u001b");
    }

    @Test
    void markdownValuesCannotOpenHeadingsRowsColumnsOrCloseCodeSpans() throws IOException {
        edit(root -> {
            ObjectNode sequence = (ObjectNode) root.path("exam").path("sequences").get(0);
            ((ObjectNode) sequence.path("name")).put("en", "Localiser\n# Injected heading\n| injected | row |");
            sequence.put("seriesName", "anat`scout");
            ((ArrayNode) sequence.path("checksBeforeStart")).addObject().put("en", "a | b").put("fr", "a | b");
        });

        GenerateReport report = generate(false);

        assertThat(report.failed()).as(report.toString()).isFalse();
        String md = Files.readString(temp.resolve("out/sites/lyon/manual.en.md"));
        assertThat(md).doesNotContain("\n# Injected", "\n| injected")
                .contains("Localiser \\# Injected heading \\| injected \\| row \\|")
                .contains("``anat`scout``")
                .contains("a \\| b");
    }
}
