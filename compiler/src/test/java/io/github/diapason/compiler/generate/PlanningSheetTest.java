package io.github.diapason.compiler.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.GenerateReport;
import io.github.diapason.compiler.GenerateRequest;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.Sequence;
import io.github.diapason.read.StudyReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** planning.csv and planning.<lang>.html of ms-cohort: figures that follow from the protocol and the site files. */
class PlanningSheetTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void generate() {
        GenerateReport report = new Diapason().generate(new GenerateRequest(Path.of("../examples/ms-cohort"), out,
                Optional.empty(), Optional.empty(), false, true));
        assertThat(report.diagnostics()).noneMatch(Diagnostic::isError);
    }

    @Test
    void storageOfASeriesIsMatrixTimesSlicesTimesVolumesTimesTwoBytes() {
        Sequence rest = StudyReader.withDefaultFormats().read(Path.of("../examples/ms-cohort")).value().orElseThrow()
                .study().protocol().sequence("rsfmri").orElseThrow();
        PlanningSheet.Series series = PlanningSheet.series(rest);

        assertThat(series.volumes()).isEqualTo(rest.functional().volumes());
        assertThat(series.bytes()).isEqualTo(2L * series.read() * series.phase() * series.slices() * series.volumes());
    }

    @Test
    void aVisitIsTheExamWithItsInjectionAndWaitPlusTheMarginAndEveryCountFollowsFromIt() throws Exception {
        List<String> lines = Files.readAllLines(out.resolve("planning.csv"));
        String[] header = lines.get(0).split(",");
        String[] lyon = lines.stream().filter(l -> l.startsWith("lyon,")).findFirst().orElseThrow().split(",");
        JsonNode timeline = new ObjectMapper().readTree(out.resolve("sites/lyon/model.fr.json").toFile()).get("timeline");
        double examMinutes = timeline.get("totalSeconds").asDouble() / 60;

        assertThat(Double.parseDouble(column(header, lyon, "exam_minutes"))).isCloseTo(examMinutes, org.assertj.core.data.Offset.offset(0.05));
        assertThat(Double.parseDouble(column(header, lyon, "visit_minutes"))).isCloseTo(examMinutes + 10, org.assertj.core.data.Offset.offset(0.05));
        assertThat(column(header, lyon, "visits")).isEqualTo("3");
        assertThat(column(header, lyon, "participants")).isEqualTo("40");
        assertThat(column(header, lyon, "contrast_doses")).isEqualTo("120");
        assertThat(Double.parseDouble(column(header, lyon, "participant_hours")))
                .isCloseTo((examMinutes + 10) * 3 * 40 / 60, org.assertj.core.data.Offset.offset(0.05));
        assertThat(column(header, lyon, "phantom_hours")).isEqualTo("3.0");
    }

    @Test
    void aSiteThatDoesNotRunThePostContrastSequenceGivesNoDose() throws Exception {
        List<String> lines = Files.readAllLines(out.resolve("planning.csv"));
        String[] oslo = lines.stream().filter(l -> l.startsWith("oslo,")).findFirst().orElseThrow().split(",");
        JsonNode model = new ObjectMapper().readTree(out.resolve("sites/oslo/model.en.json").toFile());
        boolean runsPostContrast = false;
        for (JsonNode s : model.get("sequences")) {
            runsPostContrast |= s.get("id").asText().equals("t1w-postcontrast");
        }

        assertThat(runsPostContrast).isFalse();
        assertThat(column(lines.get(0).split(","), oslo, "contrast_doses")).isEqualTo("0");
    }

    @Test
    void theFrenchSheetWritesDecimalCommasAndTheEnglishOneDecimalPoints() throws Exception {
        JsonNode fr = new ObjectMapper().readTree(out.resolve("model.planning.fr.json").toFile());
        JsonNode en = new ObjectMapper().readTree(out.resolve("model.planning.en.json").toFile());

        assertThat(fr.get("totals").get("gigabytes").asText()).matches("\\d+,\\d\\d");
        assertThat(en.get("totals").get("gigabytes").asText()).matches("\\d+\\.\\d\\d");
        assertThat(Files.readString(out.resolve("planning.fr.html"))).contains(fr.get("totals").get("gigabytes").asText());
    }

    private static String column(String[] header, String[] row, String name) {
        return row[Arrays.asList(header).indexOf(name)];
    }
}
