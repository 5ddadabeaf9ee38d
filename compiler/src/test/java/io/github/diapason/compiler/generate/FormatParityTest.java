package io.github.diapason.compiler.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.compiler.GenerateRequest;
import io.github.diapason.compiler.compile.StudyCompiler;
import io.github.diapason.validate.StudyValidation;
import io.github.diapason.vendor.VendorAdapters;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * One document model, three formats: every text of the model a reader needs (study and site
 * texts, console cards, approximations, adjustments, contrast, serial number, de-identification,
 * contacts…) is found in the HTML manual, in the Markdown manual and in the PDF manual. Texts are
 * compared without whitespace, since each format breaks lines its own way.
 */
class FormatParityTest {

    /** Model keys that hold codes the templates turn into words (or attributes), not text printed as is. */
    private static final Set<String> CODES = Set.of("id", "language", "languages", "technique", "orientation", "level",
            "method", "vendor", "requiredOptions", "keep", "parameter", "sequences", "status", "timeline", "validFrom",
            "validTo", "patientPosition", "href", "overrides",
            // the site's questionnaire answers, not manual content
            "licensedOptions", "phantoms");

    @TempDir
    Path out;

    @ParameterizedTest
    @CsvSource({"ms-cohort, lyon, fr", "ms-cohort, london, en", "memory-clinic-xml, nantes, fr"})
    void htmlMarkdownAndPdfCarryTheSameTexts(String example, String site, String language) throws Exception {
        StudyGenerator generator = new StudyGenerator(StudyValidation.standard(VendorAdapters.load().ids()),
                new StudyCompiler(VendorAdapters.load()));
        generator.generate(new GenerateRequest(Path.of("../examples/" + example), out, Optional.empty(),
                Optional.empty(), true, true));
        Path dir = out.resolve("sites/" + site);
        JsonNode model = new ObjectMapper().readTree(dir.resolve("model." + language + ".json").toFile());
        List<String> texts = new ArrayList<>();
        leaves(model, "", texts);
        assertThat(texts).hasSizeGreaterThan(30);
        Map<String, String> formats = new TreeMap<>();
        formats.put("html", squash(FrenchDocumentsTest.textKeepingCode(Files.readString(dir.resolve("manual." + language + ".html")), true)));
        formats.put("md", squash(FrenchDocumentsTest.textKeepingCode(Files.readString(dir.resolve("manual." + language + ".md")), false)));
        try (PDDocument pdf = Loader.loadPDF(new File(dir.resolve("manual." + language + ".pdf").toString()))) {
            // The running footer and page numbers interrupt a paragraph that crosses a page: not content.
            String html = Files.readString(dir.resolve("manual." + language + ".html"));
            java.util.regex.Matcher footer = java.util.regex.Pattern.compile("<footer class=\"print-footer\">(.*?)</footer>").matcher(html);
            String footerText = footer.find() ? squash(FrenchDocumentsTest.textKeepingCode(footer.group(1), true)) : "\u0000";
            String text = squash(new PDFTextStripper().getText(pdf))
                    .replaceAll(java.util.regex.Pattern.quote(footerText) + "\\d+/\\d+", "");
            formats.put("pdf", text);
        }
        formats.forEach((format, text) -> {
            List<String> missing = texts.stream().filter(t -> !text.contains(squash(t))).distinct().toList();
            assertThat(missing).as(format + " lacks model texts").isEmpty();
        });
    }

    private static void leaves(JsonNode node, String key, List<String> out) {
        if (CODES.contains(key)) {
            return;
        }
        if (node.isTextual() && !node.asText().isBlank()) {
            out.add(node.asText());
        }
        node.fields().forEachRemaining(e -> leaves(e.getValue(), e.getKey(), out));
        if (node.isArray()) {
            node.forEach(n -> leaves(n, key, out));
        }
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s\\u00A0\\u202F\\u00AD]+", "");
    }
}
