package io.github.diapason.compiler.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * A sequence one vendor acquires as a dynamic of another sequence's series (DynamicOf), on the spine-generic example:
 * the Philips R5.3 ExamCard acquires GRE-MT0 as dynamic 2 of GRE-MT ('Dynamic study individual', 'dyn scans 2',
 * 'Dyn. scan time 02:10.1', 'Total scan duration 04:20.4'; spine_generic_philips_R53.pdf), Siemens and GE as two
 * series. Only the Philips site has one card, one series and one rule for both.
 */
class DynamicSeriesTest {

    @TempDir
    static Path temp;

    static Path out;

    @BeforeAll
    static void generate() throws IOException {
        out = temp.resolve("out");
        StudyGenerator generator = new StudyGenerator(StudyValidation.standard(VendorAdapters.load().ids()),
                new StudyCompiler(VendorAdapters.load()));
        GenerateReport report = generator.generate(new GenerateRequest(Path.of("../examples/spine-generic"), out,
                Optional.empty(), Optional.empty(), false, true));
        assertThat(report.diagnostics()).noneMatch(d -> d.isError());
    }

    private static JsonNode model(String site) throws IOException {
        return new ObjectMapper().readTree(out.resolve("sites/" + site + "/model.en.json").toFile());
    }

    private static JsonNode sequence(JsonNode model, String id) {
        for (JsonNode s : model.get("sequences")) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        return null;
    }

    private static List<String> cardLines(JsonNode sequence) {
        List<String> lines = new ArrayList<>();
        sequence.get("cards").forEach(c -> c.get("parameters").forEach(p -> lines.add(c.get("name").asText() + ": "
                + p.get("label").asText() + " " + p.get("value").asText())));
        return lines;
    }

    private static JsonNode rules(String site) throws IOException {
        try (Stream<Path> files = Files.walk(out.resolve("sites/" + site))) {
            Path file = files.filter(p -> p.getFileName().toString().equals("rules.json")).findFirst().orElseThrow();
            return new ObjectMapper().readTree(file.toFile()).get("ruleSets").get(0);
        }
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }

    @Test
    void thePhilipsGreMtCardShowsADynamicStudyOfTwoDynamicsAndGreMt0HasNoCard() throws IOException {
        JsonNode philips = model("achieva-r53");

        assertThat(cardLines(sequence(philips, "gre-mt1")))
                .contains("Dyn/Ang: Dynamic study individual", "Dyn/Ang: dyn scans 2");
        assertThat(sequence(philips, "gre-mt0")).isNull();
        assertThat(cardLines(sequence(model("prisma-ve11c"), "gre-mt1"))).noneMatch(l -> l.contains("dyn"));
        assertThat(sequence(model("prisma-ve11c"), "gre-mt0")).isNotNull();
    }

    @Test
    void thePhilipsGreMtTimeCountsBothDynamicsWithin3PercentOfTheConsole() throws IOException {
        double seconds = sequence(model("achieva-r53"), "gre-mt1").get("acquisitionTime").get("seconds").asDouble();
        double console = 4 * 60 + 20.4; // 'Total scan duration 04:20.4'

        assertThat(sequence(model("achieva-r53"), "gre-mt1").get("acquisitionTime").get("display").asText())
                .isEqualTo("04:22.2");
        assertThat(Math.abs(seconds - console) / console).isLessThan(0.03);
    }

    @Test
    void theTransferSheetAndTheManualSayGreMt0IsDynamic2OfGreMtInBothLanguages() throws IOException {
        String sheet = Files.readString(out.resolve("sites/achieva-r53/transfer-sheet.en.html"));

        assertThat(sheet).contains("acquired as dynamic 2 of series GRE-MT (dynamic study), not as a series of its own");
        assertThat(Files.readString(out.resolve("sites/achieva-r53/manual.fr.md")))
                .contains("acquise comme dynamique 2 de la série GRE-MT (étude dynamique), pas comme une série à part");
        assertThat(Files.readString(out.resolve("sites/prisma-ve11c/transfer-sheet.en.html")))
                .doesNotContain("acquired as dynamic").contains("GRE-MT0</code>");
    }

    @Test
    void thePhilipsRulesExpectOneGreMtSeriesOfTwoVolumesAndTheOtherVendorsTwoSeries() throws IOException {
        JsonNode philips = rules("achieva-r53");
        JsonNode host = null;
        for (JsonNode s : philips.get("sequences")) {
            if (s.get("id").asText().equals("gre-mt1")) {
                host = s;
            }
        }

        assertThat(ids(philips.get("sequences"))).contains("gre-mt1").doesNotContain("gre-mt0");
        assertThat(host.get("counts").get("volumes").asInt()).isEqualTo(2);
        assertThat(ids(philips.get("dropped"))).containsExactly("gre-mt0");
        assertThat(philips.get("dropped").get(0).get("reason").asText())
                .isEqualTo("acquired as dynamic 2 of the series of 'gre-mt1', which counts it among its volumes");
        assertThat(ids(rules("mr750-dv2x").get("sequences"))).contains("gre-mt1", "gre-mt0");
    }
}
