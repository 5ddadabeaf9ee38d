package io.github.diapason.conformity.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.model.Deidentification;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidentialityProfileTest {

    private static final ConfidentialityProfile PROFILE = ConfidentialityProfile.load();

    private static List<String> absent(Deidentification policy) {
        return PROFILE.rulesFor(policy).mustBeAbsentOrReplaced().stream().map(ConfidentialityAttribute::keyword).toList();
    }

    @Test
    void theBasicProfileRemovesPatientPhysicianOperatorInstitutionDateAndUidAttributes() {
        List<String> absent = absent(new Deidentification("basic", List.of(), null, List.of(), null));
        assertThat(absent).contains("PatientName", "PatientID", "PatientBirthDate", "ReferringPhysicianName",
                "PerformingPhysicianName", "OperatorsName", "InstitutionName", "StudyDate", "AcquisitionDate",
                "StudyInstanceUID", "SOPInstanceUID", "DeviceSerialNumber");
    }

    @Test
    void keptAttributesAreNotInTheMustBeAbsentList() {
        List<String> absent = absent(new Deidentification("basic", List.of(), null,
                List.of("PatientAge", "SeriesDescription", "ProtocolName"), null));
        assertThat(absent).doesNotContain("PatientAge", "SeriesDescription", "ProtocolName").contains("PatientName");
    }

    @Test
    void retainDeviceIdentityKeepsTheSerialNumberAndStationName() {
        List<String> absent = absent(new Deidentification("basic", List.of("retain-device-identity"), null, List.of(), null));
        assertThat(absent).doesNotContain("DeviceSerialNumber", "StationName").contains("InstitutionName");
    }

    @Test
    void retainLongitudinalDatesKeepsTheStudyDatesButNotTheBirthDate() {
        List<String> absent = absent(new Deidentification("basic", List.of("retain-longitudinal-dates"), null, List.of(), null));
        assertThat(absent).doesNotContain("StudyDate", "AcquisitionDate").contains("PatientBirthDate");
    }

    @Test
    void thePseudonymPatternAppliesToPatientNameAndPatientId() {
        DeidentificationRules rules = PROFILE.rulesFor(new Deidentification("basic", List.of(), "^MSC-[0-9]{4}$", List.of(), null));
        assertThat(rules.pseudonym().pattern()).isEqualTo("^MSC-[0-9]{4}$");
        assertThat(rules.pseudonym().attributes()).containsExactly("PatientName", "PatientID");
    }

    @Test
    void privateTagsAreRemovedUnlessSafePrivateTagsAreRetained() {
        assertThat(PROFILE.rulesFor(new Deidentification("basic", List.of(), null, List.of(), null)).privateAttributes())
                .startsWith("X");
        assertThat(PROFILE.rulesFor(new Deidentification("basic", List.of("retain-safe-private"), null, List.of(), null))
                .privateAttributes()).startsWith("C");
    }

    @Test
    void theProfileListNamesItsSource() {
        assertThat(PROFILE.source()).contains("PS3.15").contains("Table E.1-1");
    }
}
