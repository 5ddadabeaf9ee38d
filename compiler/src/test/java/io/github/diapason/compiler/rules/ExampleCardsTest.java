package io.github.diapason.compiler.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.compiler.compile.SequenceOutcome;
import io.github.diapason.compiler.compile.SiteOutcome;
import io.github.diapason.conformity.rules.SequenceRule;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.Site;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.vendor.ConsoleParameter;
import io.github.diapason.vendor.ConsoleValue;
import io.github.diapason.vendor.VendorProfile;
import io.github.diapason.vendor.VendorSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Every example study (examples/ms-cohort, memory-clinic-xml, spine-generic) compiled for every site: what each
 * console card shows for a range and for a diffusion scheme (issue 12: no card prints the middle of a range; every
 * diffusion card's volume count equals the protocol's and the rules').
 */
class ExampleCardsTest {

    private static final List<String> EXAMPLES = List.of("ms-cohort", "memory-clinic-xml", "spine-generic");
    private static final RuleDerivation DERIVATION = new RuleDerivation(Studies.ADAPTERS);

    /** Every runnable sequence of every site of every example, with its site outcome. */
    private static void eachSequence(BiConsumer<SiteOutcome, SequenceOutcome> check) {
        for (String example : EXAMPLES) {
            LoadedStudy study = Studies.load(example);
            for (Site site : study.study().sites()) {
                Validated<SiteOutcome> compiled = Studies.COMPILER.compile(study, site, Optional.empty());
                SiteOutcome outcome = compiled.value().orElseThrow(() -> new AssertionError(compiled.diagnostics()));
                outcome.runnable().forEach(s -> check.accept(outcome, s));
            }
        }
    }

    private static VendorProfile profile(SiteOutcome outcome) {
        return Studies.ADAPTERS.find(outcome.effective().scanner().vendor(), null).value().orElseThrow().profile();
    }

    private static List<ConsoleParameter> shown(VendorSequence card, String concept) {
        return card.cards().stream().flatMap(c -> c.parameters().stream())
                .filter(p -> !p.isChoice())
                .filter(p -> p.concept().equals(concept) || p.concept().startsWith(concept + ".")).toList();
    }

    @Test
    void no_card_prints_the_middle_of_a_range() {
        List<String> checked = new ArrayList<>();
        eachSequence((outcome, s) -> {
            VendorSequence card = s.vendor().orElseThrow();
            for (Map.Entry<ParameterName, ParameterSpec> e : s.sequence().parameters().entrySet()) {
                ParameterSpec spec = e.getValue();
                if (!spec.isRange() || spec.min() == null || spec.max() == null) {
                    continue;
                }
                String where = outcome.effective().site().id() + " " + s.sequence().id() + " " + e.getKey();
                for (String concept : profile(outcome).conceptsOf(e.getKey().name())) {
                    for (ConsoleParameter p : shown(card, concept)) {
                        assertThat(p.value()).as(where + ": " + p.label() + " " + p.value().display())
                                .isInstanceOf(ConsoleValue.Range.class);
                        checked.add(where);
                    }
                }
            }
        });
        // the 3D FLAIR of ms-cohort (flip angle, turbo factor, bandwidth) and memory-clinic-xml (TE), its ASL (TR)
        assertThat(checked).anyMatch(c -> c.contains("flair") && c.endsWith("FlipAngle"))
                .anyMatch(c -> c.endsWith("EchoTime")).anyMatch(c -> c.endsWith("RepetitionTime"));
    }

    @Test
    void every_diffusion_card_counts_the_volumes_of_the_protocol_and_of_the_rules() {
        List<String> checked = new ArrayList<>();
        eachSequence((outcome, s) -> {
            if (s.sequence().diffusion() == null) {
                return;
            }
            String where = outcome.effective().site().id() + " " + s.sequence().id();
            int protocol = s.sequence().diffusion().volumeCount();
            assertThat(cardVolumes(outcome, s)).as(where + " card").isEqualTo(protocol);
            SequenceRule rule = DERIVATION.derive(outcome).ruleSet().sequence(s.sequence().id()).orElseThrow();
            assertThat(rule.counts().diffusionVolumes()).as(where + " rules").isEqualTo(protocol);
            checked.add(outcome.effective().scanner().vendor() + " " + s.sequence().id() + " " + protocol);
        });
        // ms-cohort's multi-shell DWI: 6 b0 + 30 + 60 split into two series (diffusion.series 2) on the three vendors,
        // each part a card, a rule and a direction file of its own; the parts add up to the protocol's 96
        for (String vendor : List.of("siemens", "ge", "philips")) {
            assertThat(checked).contains(vendor + " dwi-multishell-part1 48", vendor + " dwi-multishell-part2 48")
                    .doesNotContain(vendor + " dwi-multishell 96");
        }
        LoadedStudy msCohort = Studies.load("ms-cohort");
        int whole = msCohort.study().protocol().exam().sequences().stream().filter(s -> s.id().equals("dwi-multishell"))
                .findFirst().orElseThrow().diffusion().volumeCount();
        assertThat(whole).isEqualTo(96).isEqualTo(48 + 48);
        eachSequence((outcome, s) -> {
            if (s.sequence().id().startsWith("dwi-multishell-part")) {
                assertThat(outcome.directionFile(s.sequence().id())).as(outcome.effective().site().id() + " "
                        + s.sequence().id() + " direction file").isPresent();
            }
        });
    }

    /**
     * The volumes a radiographer gets from the card: Siemens MDDW the b=0 averages (one b=0
     * without) plus the directions on each weighting,
     * Free the directions of the .dvs; GE the T2 images plus the directions of tensor.dat; Philips the rows of the
     * user-defined gradient file, or one b=0 plus the directions on each other b-factor.
     */
    private static int cardVolumes(SiteOutcome outcome, SequenceOutcome s) {
        VendorSequence card = s.vendor().orElseThrow();
        switch (outcome.effective().scanner().vendor()) {
            case "siemens": {
                int directions = number(card, "diffDirections");
                if (text(card, "diffMode").equals("Free")) {
                    return directions;
                }
                // b=0 weightings give their averages as volumes (1 when the card sets no averages), the others their
                // directions
                List<ConsoleParameter> bValues = shown(card, "bValue");
                List<ConsoleParameter> averages = shown(card, "bAverages");
                int volumes = 0;
                for (int k = 0; k < bValues.size(); k++) {
                    boolean weighted = Double.parseDouble(bValues.get(k).value().display()) > 0;
                    volumes += weighted ? directions
                            : averages.isEmpty() ? 1 : Integer.parseInt(averages.get(k).value().display());
                }
                return volumes;
            }
            case "ge":
                assertThat(text(card, "diffusionMode")).isEqualTo("Tensor");
                return number(card, "t2Images") + number(card, "diffusionDirections");
            case "philips": {
                if (text(card, "directions").equals("user defined")) {
                    String file = outcome.directionFile(s.sequence().id()).orElseThrow().text();
                    return (int) file.lines().skip(1).filter(l -> !l.isBlank()).count();
                }
                int factors = number(card, "bFactors");
                return 1 + number(card, "directions") * (factors - 1);
            }
            default:
                throw new AssertionError(outcome.effective().scanner().vendor());
        }
    }

    private static int number(VendorSequence card, String concept) {
        return Integer.parseInt(card.concept(concept).orElseThrow(() -> new AssertionError("no " + concept)).value().display());
    }

    private static String text(VendorSequence card, String concept) {
        return card.concept(concept).orElseThrow(() -> new AssertionError("no " + concept)).value().display();
    }
}
