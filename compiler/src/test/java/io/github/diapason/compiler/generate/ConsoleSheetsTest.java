package io.github.diapason.compiler.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.compiler.GenerateReport;
import io.github.diapason.compiler.GenerateRequest;
import io.github.diapason.compiler.compile.StudyCompiler;
import io.github.diapason.validate.StudyValidation;
import io.github.diapason.vendor.VendorAdapters;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** console-sheets.<lang>.pdf: one page per sequence the site runs, its series name whole on one line. */
class ConsoleSheetsTest {

    @TempDir
    Path out;

    @Test
    void onePagePerSequenceAndTheSeriesNameNeverBroken() throws Exception {
        StudyGenerator generator = new StudyGenerator(StudyValidation.standard(VendorAdapters.load().ids()),
                new StudyCompiler(VendorAdapters.load()));
        GenerateReport report = generator.generate(new GenerateRequest(Path.of("../examples/ms-cohort"), out,
                Optional.empty(), Optional.empty(), true, true));
        assertThat(report.diagnostics()).noneMatch(d -> d.isError());
        for (String site : List.of("lyon", "london", "amsterdam")) {
            JsonNode model = new ObjectMapper().readTree(out.resolve("sites/" + site + "/model.fr.json").toFile());
            List<String> seriesNames = new ArrayList<>();
            model.get("sequences").forEach(s -> seriesNames.add((s.has("seriesName") ? s.get("seriesName") : s.get("id")).asText()));
            try (PDDocument pdf = Loader.loadPDF(new File(out.resolve("sites/" + site + "/console-sheets.fr.pdf").toString()))) {
                assertThat(pdf.getNumberOfPages()).as(site).isEqualTo(seriesNames.size());
                for (int page = 1; page <= seriesNames.size(); page++) {
                    PDFTextStripper text = new PDFTextStripper();
                    text.setStartPage(page);
                    text.setEndPage(page);
                    String seriesName = seriesNames.get(page - 1);
                    assertThat(text.getText(pdf).lines()).as(site + " page " + page)
                            .anyMatch(line -> (" " + line.strip()).endsWith(" " + seriesName));
                }
            }
            assertThat(Files.readString(out.resolve("sites/" + site + "/manual.fr.html")))
                    .contains("class=\"console-sheet\"");
        }
    }
}
