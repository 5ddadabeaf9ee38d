package io.github.diapason.compiler.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.diapason.compiler.GenerateReport;
import io.github.diapason.compiler.GenerateRequest;
import io.github.diapason.compiler.compile.StudyCompiler;
import io.github.diapason.validate.StudyValidation;
import io.github.diapason.vendor.VendorAdapters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sequence run several times ({@code runs}), on a test study: the ms-cohort example with its
 * resting-state fMRI run twice (as studies doing several rs-fMRI runs do, e.g. the HCP's REST1/REST2)
 * and the exam's maximum raised to make room. Each run is a row of the order, a bar of the timeline,
 * a row of the transfer sheet under its BIDS run name, and a series the rules expect.
 */
class RunCountTest {

    @TempDir
    static Path temp;

    static Path out;

    @BeforeAll
    static void generate() throws IOException {
        Path study = temp.resolve("study");
        StudyGeneratorTest.copy(Path.of("../examples/ms-cohort"), study);
        ObjectMapper json = new ObjectMapper();
        ObjectNode protocol = (ObjectNode) json.readTree(study.resolve("protocol.json").toFile());
        ((ObjectNode) protocol.path("exam").path("maximumDuration")).put("value", 70);
        for (JsonNode s : protocol.path("exam").path("sequences")) {
            if (s.path("id").asText().equals("rsfmri")) {
                ((ObjectNode) s).put("runs", 2);
            }
        }
        json.writerWithDefaultPrettyPrinter().writeValue(study.resolve("protocol.json").toFile(), protocol);
        out = temp.resolve("out");
        StudyGenerator generator = new StudyGenerator(StudyValidation.standard(VendorAdapters.load().ids()),
                new StudyCompiler(VendorAdapters.load()));
        GenerateReport report = generator.generate(new GenerateRequest(study, out, Optional.empty(), Optional.empty(), false, true));
        assertThat(report.diagnostics()).noneMatch(d -> d.isError());
    }

    private static List<JsonNode> runBars(JsonNode timeline) {
        List<JsonNode> bars = new ArrayList<>();
        timeline.get("bars").forEach(b -> {
            if (b.has("run")) {
                bars.add(b);
            }
        });
        return bars;
    }

    @Test
    void eachRunIsABarOfTheTimelineUnderTheSequenceNumberAndTheTotalCountsBoth() throws Exception {
        JsonNode model = new ObjectMapper().readTree(out.resolve("sites/london/model.en.json").toFile());
        JsonNode timeline = model.get("timeline");
        List<JsonNode> runs = runBars(timeline);
        double sum = 0;
        for (JsonNode bar : timeline.get("bars")) {
            sum += bar.get("seconds").asDouble();
        }

        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).get("label").asText()).endsWith("— run 1 of 2");
        assertThat(runs.get(1).get("label").asText()).endsWith("— run 2 of 2");
        assertThat(runs.get(1).get("number").asInt()).isEqualTo(runs.get(0).get("number").asInt());
        assertThat(runs.get(1).get("seconds").asDouble()).isEqualTo(runs.get(0).get("seconds").asDouble()).isPositive();
        assertThat(timeline.get("totalSeconds").asDouble()).isEqualTo(sum);
    }

    @Test
    void theTransferSheetHasOneRowPerRunUnderItsBidsRunName() throws Exception {
        String sheet = Files.readString(out.resolve("sites/london/transfer-sheet.en.html"));

        assertThat(sheet).contains("func-bold_task-rest_run-1</code>", "func-bold_task-rest_run-2</code>")
                .doesNotContain("func-bold_task-rest</code>");
    }

    @Test
    void theConsoleSheetAndTheManualSayToRepeatTheProgramInBothLanguages() throws Exception {
        assertThat(Files.readString(out.resolve("sites/london/console-sheets.en.html")))
                .contains("Repeat this program 2 times: 2 runs, one series each, named func-bold_task-rest_run-1, func-bold_task-rest_run-2");
        assertThat(Files.readString(out.resolve("sites/lyon/manual.fr.md"))).contains("Répéter ce programme 2 fois");
    }

    @Test
    void theRulesExpectTwoSeriesRecognisedByTheirRunNames() throws Exception {
        JsonNode rules;
        try (Stream<Path> files = Files.walk(out.resolve("sites/london"))) {
            Path file = files.filter(p -> p.getFileName().toString().equals("rules.json")).findFirst().orElseThrow();
            rules = new ObjectMapper().readTree(file.toFile());
        }
        JsonNode rsfmri = null;
        for (JsonNode s : rules.get("ruleSets").get(0).get("sequences")) {
            if (s.get("id").asText().equals("rsfmri")) {
                rsfmri = s;
            }
        }

        assertThat(rsfmri).isNotNull();
        assertThat(rsfmri.get("counts").get("runs").asInt()).isEqualTo(2);
        assertThat(rsfmri.get("recognition").get("seriesNames")).extracting(JsonNode::asText)
                .containsExactly("func-bold_task-rest", "func-bold_task-rest_run-1", "func-bold_task-rest_run-2");
    }
}
