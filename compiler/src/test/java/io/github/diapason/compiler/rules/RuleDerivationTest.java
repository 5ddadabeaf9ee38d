package io.github.diapason.compiler.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.diapason.compiler.compile.SiteOutcome;
import io.github.diapason.conformity.rules.AttributeRule;
import io.github.diapason.conformity.rules.ConfidentialityAttribute;
import io.github.diapason.conformity.rules.RequiredField;
import io.github.diapason.conformity.rules.RuleFile;
import io.github.diapason.conformity.rules.RuleSet;
import io.github.diapason.conformity.rules.RulesJson;
import io.github.diapason.conformity.rules.SequenceRule;
import io.github.diapason.conformity.rules.TagLocation;
import io.github.diapason.model.ParameterName;
import io.github.diapason.vendor.VendorAdapter;
import io.github.diapason.vendor.VendorSequence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule derivation on examples/ms-cohort, one site and period at a time (not through the whole generate pipeline). */
class RuleDerivationTest {

    private static final RuleDerivation DERIVATION = new RuleDerivation(Studies.ADAPTERS);

    private static RuleSet rules(String site) {
        return DERIVATION.derive(Studies.compiled(site, 0)).ruleSet();
    }

    private static SequenceRule sequence(String site, String id) {
        return rules(site).sequence(id).orElseThrow();
    }

    private static double expected(SequenceRule s, String attribute) {
        return s.attribute(attribute).orElseThrow().expected().get(0);
    }

    @Test
    void aGeSiteRulesCarryThePixelBandwidthItsDicomWillStore() {
        SiteOutcome london = Studies.compiled("london", 0);
        VendorSequence t1 = london.runnable().stream().filter(s -> s.sequence().id().equals("t1w-mprage")).findFirst()
                .orElseThrow().vendor().orElseThrow();
        VendorAdapter ge = Studies.ADAPTERS.find("ge", null).value().orElseThrow();
        double dicom = ge.neutralValues(t1, london.effective().scanner()).get(ParameterName.PixelBandwidth);
        double rule = expected(sequence("london", "t1w-mprage"), "PixelBandwidth");
        assertThat(rule).isEqualTo(dicom, within(1e-6));
        // vendors.md section 2: ±31.25 kHz at 256 → 244.14 Hz/px, not the 240 the protocol asks
        assertThat(rule).isCloseTo(244.14, within(0.01));
    }

    @Test
    void rulesNameEachSettingAsTheSitesConsoleAndManualDo() {
        // GE: the console sets ±kHz, DICOM stores Hz/px: the rule says so and gives no conversion factor
        AttributeRule bandwidth = sequence("london", "t1w-mprage").attribute("PixelBandwidth").orElseThrow();
        assertThat(bandwidth.console()).isNotNull();
        assertThat(bandwidth.console().label()).isEqualTo("Receiver Bandwidth");
        assertThat(bandwidth.console().unit()).isEqualTo("kHz");
        assertThat(bandwidth.console().value()).isEqualTo("31.25");
        assertThat(bandwidth.console().factor()).isNull();
        // a time converts linearly: seconds in DICOM's BIDS unit, milliseconds on the console
        for (String site : new String[] {"amsterdam", "barcelona", "london", "lyon", "milano", "oslo"}) {
            for (SequenceRule s : rules(site).sequences()) {
                s.attribute("EchoTime").ifPresent(te -> {
                    assertThat(te.console()).as(site + " " + s.id()).isNotNull();
                    assertThat(te.console().label()).as(site + " " + s.id()).startsWith("TE");
                    assertThat(te.console().unit()).isEqualTo("ms");
                    assertThat(te.console().factor()).isEqualTo(1000.0);
                });
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"amsterdam", "barcelona", "london", "lyon", "milano", "oslo"})
    void everyPixelBandwidthRuleToleratesAtLeastOnePercent(String site) {
        for (SequenceRule s : rules(site).sequences()) {
            s.attribute("PixelBandwidth").filter(a -> !a.expected().isEmpty()).ifPresent(a ->
                    assertThat(a.tolerance()).as(site + " " + s.id()).isGreaterThanOrEqualTo(0.01 * a.expected().get(0) - 1e-9));
        }
    }

    @Test
    void aGeInversionPreparedGreHasNoRepetitionTimeRuleAndSaysWhy() {
        SequenceRule t1 = sequence("london", "t1w-mprage");
        assertThat(t1.attribute("RepetitionTime")).isEmpty();
        assertThat(t1.notes()).anyMatch(n -> n.startsWith("RepetitionTime:") && n.contains("dcm2niix"));
    }

    @Test
    void aPhilipsInversionPreparedGreHasNoRepetitionTimeRule() {
        assertThat(sequence("lyon", "t1w-mprage").attribute("RepetitionTime")).isEmpty();
    }

    @Test
    void aSiemensInversionPreparedGreKeepsItsRepetitionTimeInSeconds() {
        assertThat(expected(sequence("barcelona", "t1w-mprage"), "RepetitionTime")).isEqualTo(2.3);
        assertThat(sequence("barcelona", "t1w-mprage").attribute("RepetitionTime").orElseThrow().unit()).isEqualTo("s");
    }

    @Test
    void geFieldMapRulesCarryOppositePolaritiesFromRx27On() {
        // ms-cohort: milano runs MR30.1, whose DICOM records the blip in (0018,9034)
        assertThat(sequence("milano", "fmap-se-epi-ap").attribute("PhaseEncodingDirection").orElseThrow().code()).isEqualTo("j-");
        assertThat(sequence("milano", "fmap-se-epi-pa").attribute("PhaseEncodingDirection").orElseThrow().code()).isEqualTo("j");
    }

    @Test
    void geEpiFieldMapRulesCarryOppositePolaritiesOnDv26FromTheUserData() {
        // london runs DV26.0_R03: no (0018,9034), but its EPI polarity is in the user data (0043,102A) that inspect
        // reads as dcm2niix does (32/32 GE EPI series of the dicom-qa corpus), so two same-polarity maps are caught
        assertThat(sequence("london", "fmap-se-epi-ap").attribute("PhaseEncodingDirection").orElseThrow().code()).isEqualTo("j-");
        assertThat(sequence("london", "fmap-se-epi-pa").attribute("PhaseEncodingDirection").orElseThrow().code()).isEqualTo("j");
        assertThat(sequence("london", "fmap-se-epi-ap").attribute("PhaseEncodingAxis")).isEmpty();
    }

    @Test
    void aPhilipsPhaseEncodingDirectionIsCheckedAsAnAxisOnly() {
        SequenceRule dwi = sequence("lyon", "dwi-multishell-part1");
        assertThat(dwi.attribute("PhaseEncodingDirection")).isEmpty();
        assertThat(dwi.attribute("PhaseEncodingAxis").orElseThrow().code()).doesNotContain("-");
    }

    @Test
    void diffusionRulesRequireBValuesInTheStandardTagOrTheVendorsPrivateOne() {
        List<RequiredField> fields = sequence("london", "dwi-multishell-part1").requiredFields();
        assertThat(fields).extracting(RequiredField::field).containsExactly("DiffusionBValue", "DiffusionGradientDirection");
        assertThat(fields.get(0).anyOf()).extracting(TagLocation::tag).contains("(0018,9087)", "(0043,1039)");
        assertThat(sequence("amsterdam", "dwi-multishell-part2").requiredFields().get(0).anyOf()).extracting(TagLocation::tag)
                .contains("(0029,1010)", "(0019,100C)");
    }

    @Test
    void diffusionRulesCountTheVolumesOfThePrescribedShells() {
        SequenceRule dwi = sequence("london", "dwi-multishell-part1");
        assertThat(dwi.counts().diffusionVolumes()).isPositive();
        assertThat(dwi.counts().bValues()).startsWith(0.0);
    }

    @Test
    void aSplitDiffusionSchemeHasOneRulePerSeriesWhoseVolumesAddUpToTheScheme() {
        // ms-cohort: 6 b0 + 30 + 60 in two series (diffusion.series 2), 3 + 15 + 30 each, named as runs
        RuleSet london = rules("london");
        assertThat(london.sequence("dwi-multishell")).isEmpty();
        SequenceRule first = sequence("london", "dwi-multishell-part1");
        SequenceRule second = sequence("london", "dwi-multishell-part2");
        assertThat(first.counts().diffusionVolumes() + second.counts().diffusionVolumes()).isEqualTo(96);
        assertThat(first.counts().diffusionVolumes()).isEqualTo(48);
        assertThat(first.counts().bValues()).containsExactly(0.0, 1000.0, 2000.0);
        assertThat(second.position()).isEqualTo(first.position() + 1);
    }

    @Test
    void sequencesAreNumberedInExamOrder() {
        List<SequenceRule> sequences = rules("amsterdam").sequences();
        for (int k = 0; k < sequences.size(); k++) {
            assertThat(sequences.get(k).position()).isEqualTo(k + 1);
        }
        assertThat(sequences.get(0).id()).isEqualTo("localiser");
    }

    @Test
    void aSequenceIsRecognisedByItsConsoleSeriesNameThenByItsFingerprint() {
        SequenceRule flair = sequence("amsterdam", "flair-3d");
        assertThat(flair.recognition().seriesNames()).containsExactly("anat-FLAIR_acq-3d");
        assertThat(flair.recognition().fingerprint()).extracting(AttributeRule::attribute).contains("MRAcquisitionType",
                "RepetitionTime");
    }

    @Test
    void keptAttributesAreNotInTheMustBeAbsentList() {
        List<String> absent = rules("lyon").deidentification().mustBeAbsentOrReplaced().stream()
                .map(ConfidentialityAttribute::keyword).toList();
        assertThat(absent).doesNotContain("SeriesDescription", "ProtocolName", "PatientAge", "DeviceSerialNumber")
                .contains("PatientName", "PatientID", "OperatorsName", "InstitutionName");
        assertThat(rules("lyon").deidentification().pseudonym().pattern()).isEqualTo("^MSC-[0-9]{2}-[0-9]{4}$");
    }

    @Test
    void theScannerIsNamedAsItsDicomNamesIt() {
        assertThat(rules("london").scanner().manufacturers()).startsWith("GE MEDICAL SYSTEMS");
        assertThat(rules("lyon").scanner().manufacturers()).contains("Philips Medical Systems", "Philips");
        assertThat(rules("amsterdam").scanner().manufacturers()).startsWith("SIEMENS");
    }

    @Test
    void aSiteWithTwoScannerPeriodsGetsTwoRuleSetsSelectedByDate() {
        RuleFile file = new SiteRules(Studies.COMPILER, DERIVATION).derive(Studies.MS_COHORT, Studies.compiled("barcelona", 0))
                .value().orElseThrow();
        assertThat(file.ruleSets()).hasSize(2);
        assertThat(file.select(LocalDate.of(2024, 6, 1), "167455").orElseThrow().scanner().softwareVersions())
                .containsExactly("syngo MR E11");
        assertThat(file.select(LocalDate.of(2028, 1, 1), "167455").orElseThrow().scanner().softwareVersions())
                .containsExactly("syngo MR XA30");
    }

    @Test
    void eachScannerPeriodExpectsWhatItsOwnSoftwareAcquires() {
        RuleFile file = new SiteRules(Studies.COMPILER, DERIVATION).derive(Studies.MS_COHORT, Studies.compiled("barcelona", 0))
                .value().orElseThrow();
        // override siemens-e11-swi-single-echo: one echo on syngo MR E11, five on XA30
        assertThat(file.ruleSets().get(0).sequence("swi").orElseThrow().attribute("EchoTime").orElseThrow().expected()).hasSize(1);
        assertThat(file.ruleSets().get(1).sequence("swi").orElseThrow().attribute("EchoTime").orElseThrow().expected()).hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"amsterdam", "barcelona", "london", "lyon", "milano", "oslo"})
    void everySitesRuleFileFollowsThePublishedSchema(String site) {
        RuleFile file = new SiteRules(Studies.COMPILER, DERIVATION).derive(Studies.MS_COHORT, Studies.compiled(site, 0))
                .value().orElseThrow();
        var read = RulesJson.read(RulesJson.write(file), site + "/rules.json");
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.value()).contains(file);
    }
}
