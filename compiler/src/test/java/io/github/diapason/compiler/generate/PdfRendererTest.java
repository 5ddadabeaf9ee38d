package io.github.diapason.compiler.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.diagnostic.Validated;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private static final String CSS;

    static {
        try (var in = PdfRendererTest.class.getResourceAsStream("/io/github/diapason/templates/manual.css")) {
            CSS = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String manual(String body) {
        return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"/><title>t</title><style>" + CSS
                + "</style></head><body><footer class=\"print-footer\">Étude — version 1.2.3</footer>" + body
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"20\"><text x=\"4\" y=\"14\""
                + " font-family=\"Liberation Sans\">T1 (4:54)</text></svg></body></html>";
    }

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void everyFontOfTheManualIsEmbedded() throws IOException {
        Validated<byte[]> pdf = renderer.render(manual("<h1>Manuel d'imagerie</h1><p>b = 1000 s/mm² × 30</p>"
                + "<code>anat-T1w</code>"), "manual.fr.html");

        try (PDDocument doc = Loader.loadPDF(pdf.value().orElseThrow())) {
            List<String> notEmbedded = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded()) {
                        notEmbedded.add(font.getName());
                    }
                }
            }
            assertThat(notEmbedded).isEmpty();
        }
    }

    @Test
    void pagesAreNumberedAndCarryTheVersionInTheFooter() throws IOException {
        String body = "<p>line</p>".repeat(400);

        try (PDDocument doc = Loader.loadPDF(renderer.render(manual(body), "m.html").value().orElseThrow())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            assertThat(text).contains("1 / " + doc.getNumberOfPages()).contains("version 1.2.3");
        }
    }

    @Test
    void sameHtmlGivesTheSameBytes() {
        String html = manual("<p>Same</p>");

        assertThat(renderer.render(html, "a.html").value().orElseThrow())
                .isEqualTo(renderer.render(html, "a.html").value().orElseThrow());
    }

    @Test
    void malformedMarkupFromAUserTemplateIsADiagnostic() {
        Validated<byte[]> pdf = renderer.render("<html><body><p>unclosed</body>", "manual.en.html");

        assertThat(pdf.value()).isEmpty();
        assertThat(pdf.diagnostics()).extracting(d -> d.code()).containsExactly("PdfFailed");
    }
}
