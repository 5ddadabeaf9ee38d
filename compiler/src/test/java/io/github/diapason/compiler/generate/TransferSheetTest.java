package io.github.diapason.compiler.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.compiler.GenerateReport;
import io.github.diapason.compiler.GenerateRequest;
import io.github.diapason.compiler.compile.StudyCompiler;
import io.github.diapason.validate.StudyValidation;
import io.github.diapason.vendor.VendorAdapters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ms-cohort transfer sheet, CRF and order table carry the site code, the visits, the injection and the wait. */
class TransferSheetTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void generate() {
        StudyGenerator generator = new StudyGenerator(StudyValidation.standard(VendorAdapters.load().ids()),
                new StudyCompiler(VendorAdapters.load()));
        GenerateReport report = generator.generate(new GenerateRequest(Path.of("../examples/ms-cohort"), out,
                Optional.empty(), Optional.empty(), false, true));
        assertThat(report.diagnostics()).noneMatch(d -> d.isError());
    }

    @Test
    void thePseudonymIsAMaskWithTheSiteCodeNotTheRegex() throws Exception {
        String sheet = Files.readString(out.resolve("sites/lyon/transfer-sheet.fr.html"));

        assertThat(sheet).contains("<span class=\"mask\">MSC-07-____</span>").doesNotContain("[0-9]{2}");
    }

    @Test
    void theVisitsAreTickBoxesOnTheTransferSheetAndTheCrf() throws Exception {
        String sheet = Files.readString(out.resolve("sites/london/transfer-sheet.en.html"));
        String crf = Files.readString(out.resolve("sites/lyon/crf-mri.fr.md"));

        assertThat(sheet).contains("<span class=\"box\"></span> Baseline (inclusion)", "<span class=\"box\"></span> Month 12",
                "<span class=\"box\"></span> Month 24");
        assertThat(crf).contains("☐ Inclusion ☐ Mois 12 ☐ Mois 24");
    }

    @Test
    void theInjectionFollowsTheSecondFieldMapAndTheFullWaitPrecedesThePostContrastT1() throws Exception {
        JsonNode timeline = new ObjectMapper().readTree(out.resolve("sites/london/model.en.json").toFile()).get("timeline");
        List<String> kinds = new ArrayList<>();
        double sum = 0;
        for (JsonNode bar : timeline.get("bars")) {
            kinds.add(bar.get("kind").asText());
            sum += bar.get("seconds").asDouble();
        }
        int injection = kinds.indexOf("injection");

        assertThat(kinds.subList(injection - 1, injection + 3)).containsExactly("sequence", "injection", "wait", "sequence");
        assertThat(timeline.get("bars").get(injection + 1).get("seconds").asDouble()).isEqualTo(300.0);
        assertThat(timeline.get("bars").get(injection).get("seconds").asDouble()).isEqualTo(60.0);
        assertThat(timeline.get("totalSeconds").asDouble()).isEqualTo(sum);
        assertThat(Files.readString(out.resolve("sites/london/manual.en.md")))
                .contains("| | *Contrast injection (Dotarem / Clariscan / Gadovist)* | | 1:00 |")
                .contains("*Wait: at least 5 min after the end of the injection before 3D T1-weighted gradient echo with inversion preparation, after gadolinium* | | 5:00 |");
    }
}
