package io.github.diapason.compiler.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.GenerateReport;
import io.github.diapason.compiler.GenerateRequest;
import io.github.diapason.compiler.ValidationReport;
import io.github.diapason.compiler.ValidationRequest;
import io.github.diapason.conformity.rules.RuleFile;
import io.github.diapason.conformity.rules.RulesJson;
import io.github.diapason.conformity.rules.WaiverRule;
import io.github.diapason.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The study's waivers.json reaches the sites' rules.json, where every checker reading the rules finds
 * them; a waiver naming a parameter the site's rules never check is diagnosed by validate and generate.
 * On a copy of examples/ms-cohort.
 */
class WaiverPublicationTest {

    private static final String GOOD = """
            {"id": "W-LYON-BW", "site": "lyon", "sequence": "t1w-mprage", "parameter": "PixelBandwidth",
             "reason": {"en": "The console offers 240 Hz/px, not 230.", "fr": "La console propose 240 Hz/px, pas 230."},
             "expires": "2027-06-30", "severity": "warning", "acceptedBy": "coordinating centre"}""";
    private static final String TYPO = """
            {"id": "W-LYON-TYPO", "site": "lyon", "sequence": "flair-3d", "parameter": "PixelBandwith",
             "reason": "typo", "expires": "2027-06-30", "severity": "info"}""";

    @TempDir
    Path dir;

    private Path study(String... waivers) throws IOException {
        Path study = dir.resolve("study");
        Path source = Path.of("..", "examples", "ms-cohort");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path target = study.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Files.writeString(study.resolve("waivers.json"), "{\"waivers\": [" + String.join(",\n", waivers) + "]}\n");
        return study;
    }

    @Test
    void a_waiver_naming_a_parameter_the_site_never_checks_is_an_error_located_at_it() throws IOException {
        ValidationReport report = new Diapason().validate(new ValidationRequest(study(GOOD, TYPO), Optional.empty()));
        assertThat(report.diagnostics()).filteredOn(d -> d.code().equals("WaiverUnknownParameter")).singleElement()
                .satisfies(d -> {
                    assertThat(d.isError()).isTrue();
                    assertThat(d.location().file()).endsWith("waivers.json");
                    assertThat(d.location().line()).isEqualTo(4); // the second waiver starts on line 4
                    assertThat(d.location().path()).isEqualTo("/waivers/1/parameter");
                    assertThat(d.hint()).contains("did you mean 'PixelBandwidth'?");
                });
    }

    @Test
    void generate_publishes_each_sites_waivers_in_its_rules_and_only_there() throws IOException {
        Path out = dir.resolve("out");
        GenerateReport report = new Diapason().generate(new GenerateRequest(study(GOOD), out, Optional.empty(),
                Optional.empty(), false, false));
        assertThat(report.diagnostics()).noneMatch(Diagnostic::isError);
        RuleFile lyon = RulesJson.readFile(out.resolve("sites/lyon/rules.json")).value().orElseThrow();
        assertThat(lyon.waivers()).singleElement().satisfies(w -> {
            assertThat(w.id()).isEqualTo("W-LYON-BW");
            assertThat(w.reason("fr")).isEqualTo("La console propose 240 Hz/px, pas 230.");
            assertThat(w.expires()).hasToString("2027-06-30");
        });
        RuleFile london = RulesJson.readFile(out.resolve("sites/london/rules.json")).value().orElseThrow();
        assertThat(london.waivers()).isEmpty();
        assertThat(Files.readString(out.resolve("sites/london/rules.json"))).doesNotContain("waivers");
    }

    @Test
    void published_waivers_survive_a_round_trip_through_rules_json() {
        WaiverRule w = new WaiverRule("W1", "t1w", "EchoTime", null, java.util.Map.of("*", "r"),
                java.time.LocalDate.of(2027, 1, 1), "info", null);
        RuleFile file = RuleFile.of("s", "1.0.0", "lyon", java.util.List.of()).withWaivers(java.util.List.of(w));
        String text = RulesJson.write(file);
        assertThat(text).contains("\"waivers\"");
        // the schema wants at least one rule set, so the file fails there, and only there
        assertThat(RulesJson.read(text, "rules.json").diagnostics()).extracting(d -> d.location().path())
                .containsExactly("/ruleSets");
    }
}
