package io.github.diapason.conformity.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFileTest {

    @Test
    void anExamDateSelectsTheRuleSetOfTheScannerPeriodCoveringIt() {
        RuleFile file = RuleFixtures.twoPeriods();
        assertThat(file.select(LocalDate.of(2020, 5, 1), null).orElseThrow().scanner().softwareVersions())
                .containsExactly("syngo MR E11");
        assertThat(file.select(LocalDate.of(2027, 3, 1), null).orElseThrow().scanner().softwareVersions())
                .containsExactly("syngo MR XA30");
    }

    @Test
    void anExamBeforeEveryPeriodHasNoRuleSet() {
        assertThat(RuleFixtures.twoPeriods().select(LocalDate.of(2010, 1, 1), null)).isEmpty();
    }

    @Test
    void theDeviceSerialNumberPicksTheScannerWhenTheDateIsUnknown() {
        RuleSet a = new RuleSet(RuleFixtures.scanner("E11", "111", null, null), List.of(), List.of(), null);
        RuleSet b = new RuleSet(RuleFixtures.scanner("E11", "222", null, null), List.of(), List.of(), null);
        RuleFile file = RuleFile.of("s", "1", "site", List.of(a, b));
        assertThat(file.select(null, "111").orElseThrow()).isSameAs(a);
        assertThat(file.select(null, " 222 ").orElseThrow()).isSameAs(b);
    }

    @Test
    void everyManufacturerSpellingOfTheVendorIsRecognised() {
        ScannerIdentity philips = new ScannerIdentity("philips", DicomVendors.load().manufacturers("philips"), "Ingenia",
                3.0, List.of(), null, null, null);
        assertThat(philips.isManufacturer("Philips Medical Systems")).isTrue();
        assertThat(philips.isManufacturer("Philips ")).isTrue();
        assertThat(philips.isManufacturer("SIEMENS")).isFalse();
    }

    @Test
    void eachEchoOfAMultiEchoTimeIsCheckedAgainstItsOwnExpectedValue() {
        AttributeRule te = RuleFixtures.t1(2.3).attribute("EchoTime").orElseThrow();
        assertThat(te.accepts(0.00298, 0)).isTrue();
        assertThat(te.accepts(0.005, 1)).isTrue();
        assertThat(te.accepts(0.005, 0)).isFalse();
    }
}
