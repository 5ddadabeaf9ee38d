package io.github.diapason.compiler.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.diapason.compiler.output.OutputTree;
import io.github.diapason.conformity.rules.RuleFile;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThirdPartyFormatsTest {

    private static final RuleDerivation DERIVATION = new RuleDerivation(Studies.ADAPTERS);

    private static RuleFile file(String site) {
        return new SiteRules(Studies.COMPILER, DERIVATION).derive(Studies.MS_COHORT, Studies.compiled(site, 0))
                .value().orElseThrow();
    }

    private static List<String> lorisRow(String site, String scanType) {
        String[] lines = LorisMriProtocol.csv(file(site)).split("\n");
        List<String> header = Arrays.asList(lines[0].split(",", -1));
        String row = Arrays.stream(lines).filter(l -> l.contains("," + scanType + ",")).findFirst().orElseThrow();
        List<String> cells = Arrays.asList(row.split(",", -1));
        assertThat(cells).hasSameSizeAs(header);
        return cells;
    }

    private static String cell(List<String> row, String column) {
        return row.get(LorisMriProtocol.COLUMNS.indexOf(column));
    }

    @Test
    void lorisRowsGiveTimesInMilliseconds() {
        List<String> flair = lorisRow("amsterdam", "flair-3d");
        double trMin = Double.parseDouble(cell(flair, "TR_min"));
        double trMax = Double.parseDouble(cell(flair, "TR_max"));
        assertThat(trMin).isLessThanOrEqualTo(5000).isGreaterThan(4000);
        assertThat(trMax).isGreaterThanOrEqualTo(5000).isLessThan(6000);
    }

    @Test
    void lorisRowsPutTheSlicesOfASagittalSeriesOnX() {
        List<String> t1 = lorisRow("amsterdam", "t1w-mprage");
        assertThat(cell(t1, "xspace_min")).isEqualTo("208");
        assertThat(cell(t1, "zspace_min")).isEmpty();
        assertThat(cell(t1, "series_description_regex")).isEqualTo("^anat-T1w_acq-mprage$");
    }

    @Test
    void lorisRowsLeaveTheGeInversionPreparedTrEmpty() {
        assertThat(cell(lorisRow("london", "t1w-mprage"), "TR_min")).isEmpty();
    }

    @Test
    void dcm2bidsTakesDatatypeSuffixAndEntitiesFromTheReproInName() {
        JsonNode config = Dcm2BidsConfig.config(file("amsterdam").ruleSets().get(0));
        JsonNode bold = stream(config).filter(d -> d.path("id").asText().equals("rsfmri")).findFirst().orElseThrow();
        assertThat(bold.path("datatype").asText()).isEqualTo("func");
        assertThat(bold.path("suffix").asText()).isEqualTo("bold");
        assertThat(bold.path("custom_entities").asText()).isEqualTo("task-rest");
        assertThat(bold.at("/criteria/SeriesDescription").asText()).isEqualTo("func-bold_task-rest");
        assertThat(bold.at("/criteria/RepetitionTime/btwe").size()).isEqualTo(2);
    }

    @Test
    void dcm2bidsFallsBackOnTheTechniqueAndLeavesLocalisersOut() {
        JsonNode config = Dcm2BidsConfig.config(file("amsterdam").ruleSets().get(0));
        assertThat(stream(config).map(d -> d.path("id").asText())).doesNotContain("localiser");
        JsonNode swi = stream(config).filter(d -> d.path("id").asText().equals("swi")).findFirst().orElseThrow();
        assertThat(swi.path("datatype").asText()).isEqualTo("anat");
    }

    @Test
    void aSiteWithAHistoryGetsThirdPartyFilesPerScannerPeriod() {
        OutputTree tree = new OutputTree();
        new RuleOutputs(Studies.COMPILER).render(Studies.MS_COHORT, Studies.compiled("barcelona", 0), tree);
        assertThat(tree.files().keySet()).contains("sites/barcelona/rules.json", "sites/barcelona/loris-mri_protocol.csv",
                "sites/barcelona/dcm2bids_config.json", "sites/barcelona/bids/t1w-mprage.schema.json",
                "sites/barcelona/scanner-periods/2018-03-01/dcm2bids_config.json",
                "sites/barcelona/scanner-periods/2027-03-01/bids/t1w-mprage.schema.json");
    }

    @Test
    void theRuleOutputsAreByteIdenticalFromRunToRun() {
        OutputTree a = new OutputTree();
        OutputTree b = new OutputTree();
        new RuleOutputs(Studies.COMPILER).render(Studies.MS_COHORT, Studies.compiled("lyon", 0), a);
        new RuleOutputs(Studies.COMPILER).render(Studies.MS_COHORT, Studies.compiled("lyon", 0), b);
        assertThat(a.files().keySet()).isEqualTo(b.files().keySet());
        a.files().forEach((k, v) -> assertThat(new String(v, StandardCharsets.UTF_8))
                .isEqualTo(new String(b.files().get(k), StandardCharsets.UTF_8)));
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode config) {
        return java.util.stream.StreamSupport.stream(config.path("descriptions").spliterator(), false);
    }
}
