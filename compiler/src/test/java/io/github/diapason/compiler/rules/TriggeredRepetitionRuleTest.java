package io.github.diapason.compiler.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.diapason.conformity.rules.AttributeRule;
import io.github.diapason.conformity.rules.SequenceRule;
import io.github.diapason.model.Site;
import io.github.diapason.read.LoadedStudy;
import org.junit.jupiter.api.Test;

/**
 * The spine-generic DWI is pulse-triggered (its printouts: "1st Signal/Mode Pulse/Trigger", Philips "TR 4 beats",
 * GE "# of RR Intervals 5"): the TR its DICOM stores follows the participant's heart, so its rule is the range the
 * declared heart rates (50–100 bpm by default) give, not the prescribed TR.
 */
class TriggeredRepetitionRuleTest {

    private static final LoadedStudy SPINE = Studies.load("spine-generic");
    private static final RuleDerivation DERIVATION = new RuleDerivation(Studies.ADAPTERS);

    private static SequenceRule rule(String siteId, String sequence) {
        Site site = SPINE.study().site(siteId).orElseThrow();
        return DERIVATION.derive(Studies.COMPILER.compile(SPINE, site, site.scanners().get(0)).value().orElseThrow())
                .ruleSet().sequence(sequence).orElseThrow();
    }

    @Test
    void aSiemensTriggeredDwiAcceptsOneBeatAtFiftyToOneHundredBpm() {
        AttributeRule tr = rule("prisma-ve11c", "dwi").attribute("RepetitionTime").orElseThrow();

        assertThat(tr.expected()).isEmpty();
        assertThat(tr.min()).isCloseTo(0.6, within(1e-9)); // TR 600 ms = one beat at 100 bpm
        assertThat(tr.max()).isCloseTo(1.2, within(1e-9)); // one beat at 50 bpm
        assertThat(tr.note()).contains("cardiac-triggered").contains("50–100 bpm");
    }

    @Test
    void aTriggeredTrLongerThanTheShortestBeatMayWaitForTheNextOne() {
        AttributeRule tr = rule("cimax-xa61", "dwi").attribute("RepetitionTime").orElseThrow();

        // XA61 TR 790 ms: at 100 bpm (600 ms a beat) the console waits for the second beat, 1.2 s; up to 790 + 600 ms
        assertThat(tr.min()).isCloseTo(0.6, within(1e-9));
        assertThat(tr.max()).isCloseTo(1.39, within(1e-9));
    }

    @Test
    void anUntriggeredSequenceKeepsItsPrescribedTr() {
        AttributeRule tr = rule("prisma-ve11c", "t2w").attribute("RepetitionTime").orElseThrow();

        assertThat(tr.expected()).isNotEmpty();
        assertThat(tr.min()).isNull();
    }
}
