package io.github.diapason.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PseudonymMaskTest {

    @Test
    void msCohortPatternWithSiteCodeGivesTheMaskTheTransferSheetPrints() {
        PseudonymMask mask = PseudonymMask.parse("^MSC-[0-9]{2}-[0-9]{4}$").mask().orElseThrow();

        assertThat(mask.fill("07")).isEqualTo("MSC-07-____");
    }

    @Test
    void aNamedSiteGroupTakesTheCodeEvenWhenAnEarlierSlotWouldFit() {
        PseudonymMask mask = PseudonymMask.parse("^[0-9]{2}-(?<site>[0-9]{2})-[0-9]{4}$").mask().orElseThrow();

        assertThat(mask.fill("07")).isEqualTo("__-07-____");
    }

    @Test
    void aCodeThatFitsNoSlotLeavesEveryBlank() {
        PseudonymMask mask = PseudonymMask.parse("MEMO-\\d{2}-\\d{4}").mask().orElseThrow();

        assertThat(mask.fits("ABC")).isFalse();
        assertThat(mask.fill("ABC")).isEqualTo("MEMO-__-____");
    }

    @Test
    void alternationAndOpenRepetitionCannotBeShownAsAMask() {
        assertThat(PseudonymMask.parse("^(MSC|MSX)-[0-9]{2}$").mask()).isEmpty();
        assertThat(PseudonymMask.parse("^MSC-[0-9]+$").refusedConstruct()).isEqualTo("'+'");
    }
}
