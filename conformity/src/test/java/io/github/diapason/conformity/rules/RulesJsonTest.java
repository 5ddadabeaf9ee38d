package io.github.diapason.conformity.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;
import org.junit.jupiter.api.Test;

class RulesJsonTest {

    @Test
    void aWrittenRuleFileReadsBackEqual() {
        RuleFile file = RuleFixtures.twoPeriods();
        Validated<RuleFile> read = RulesJson.read(RulesJson.write(file), "rules.json");
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.value()).contains(file);
    }

    @Test
    void writingIsDeterministic() {
        assertThat(RulesJson.write(RuleFixtures.twoPeriods())).isEqualTo(RulesJson.write(RuleFixtures.twoPeriods()));
    }

    @Test
    void datesAreWrittenAsIsoDates() {
        assertThat(RulesJson.write(RuleFixtures.twoPeriods())).contains("\"validFrom\" : \"2018-03-01\"");
    }

    @Test
    void brokenJsonIsADiagnosticWithItsLine() {
        Validated<RuleFile> read = RulesJson.read("{\n  \"siteId\": ,\n}", "rules.json");
        assertThat(read.value()).isEmpty();
        assertThat(read.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("RulesNotJson");
            assertThat(d.location().line()).isEqualTo(2);
        });
    }

    @Test
    void aFileAgainstTheSchemaIsReportedNotThrown() {
        String text = RulesJson.write(RuleFixtures.twoPeriods()).replace("\"position\" : 1", "\"position\" : 0");
        Validated<RuleFile> read = RulesJson.read(text, "rules.json");
        assertThat(read.value()).isEmpty();
        assertThat(read.diagnostics()).extracting(Diagnostic::code).contains("RulesSchemaMinimum");
        assertThat(read.diagnostics()).extracting(d -> d.location().path())
                .contains("/ruleSets/0/sequences/0/position");
    }

    @Test
    void theSchemaIsPublishedAsAResource() {
        assertThat(RulesJson.schemaText()).contains("\"$id\": \"" + RuleFile.SCHEMA_ID + "\"");
    }
}
