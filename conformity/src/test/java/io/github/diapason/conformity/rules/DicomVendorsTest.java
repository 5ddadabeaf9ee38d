package io.github.diapason.conformity.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where each vendor's DICOM records the phase-encoding polarity (vendor-dicom.json), as the rules rely on it. */
class DicomVendorsTest {

    private static final DicomVendors VENDORS = DicomVendors.load();

    @Test
    void siemensRecordsThePolarityOnEveryReleaseAndAxis() {
        assertThat(VENDORS.phaseEncodingPolarityRecorded("siemens", "syngo MR E11", "i-", false)).isTrue();
    }

    @Test
    void philipsNeverRecordsThePolarity() {
        assertThat(VENDORS.phaseEncodingPolarityRecorded("philips", "5.7.1", "j-", true)).isFalse();
    }

    @Test
    void geRecordsThePolarityOfAnySequenceAlongColumnsFromRx27On() {
        assertThat(VENDORS.phaseEncodingPolarityRecorded("ge", "MR30.1", "j-", false)).isTrue();
        assertThat(VENDORS.phaseEncodingPolarityRecorded("ge", "MR30.1", "i", false)).isFalse();
    }

    @Test
    void geRecordsTheEpiPolarityInItsUserDataFromDv26On() {
        assertThat(VENDORS.phaseEncodingPolarityRecorded("ge", "DV26.0_R03", "j-", true)).isTrue();
        assertThat(VENDORS.phaseEncodingPolarityRecorded("ge", "DV26.0_R03", "j-", false)).isFalse();
        assertThat(VENDORS.phaseEncodingPolarityRecorded("ge", "DV25.1_R02", "j-", true)).isFalse();
        assertThat(VENDORS.phaseEncodingPolarityRecorded("ge", "DV26.0_R03", "i", true)).isFalse();
    }
}
