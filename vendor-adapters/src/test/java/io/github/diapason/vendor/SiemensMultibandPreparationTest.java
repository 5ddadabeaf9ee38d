package io.github.diapason.vendor;

import static io.github.diapason.vendor.Fixtures.seq;
import static io.github.diapason.vendor.Fixtures.translate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.github.diapason.model.FunctionalRun;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.Technique;
import org.junit.jupiter.api.Test;

/**
 * The preparation a Siemens multiband EPI series shows in its time (the Siemens console.json constant multibandEpiPreparationSeconds), measured on the
 * UK Biobank fMRI times (UkBiobankSiemensGoldenTest), against published times it was not drawn from.
 */
class SiemensMultibandPreparationTest {

    @Test
    void hcpRestingStateRunOf1200FramesAt720MsTakesItsPublishedFourteenThirtyThree() {
        // humanconnectome.org, "HCP protocols YA 3T imaging": REST, 1200 frames per run, TR 720 ms, multiband 8,
        // run duration 14:33; 1200 x 0.72 s = 14:24 without preparation (-1.0 %)
        VendorSequence s = translate("siemens", 3, seq("rest", Technique.BOLD_EPI)
                .p(ParameterName.NumberOfSlices, 72, "count")
                .p(ParameterName.RepetitionTime, 720, "ms")
                .p(ParameterName.MultibandAccelerationFactor, 8, "count")
                .functional(new FunctionalRun("rest", 1200, null))
                .build());
        assertThat(s.acquisitionTime().seconds()).isCloseTo(14 * 60 + 33, withinPercentage(0.5));
    }

    @Test
    void singleBandEpiHasNoPreparationAdded() {
        VendorSequence s = translate("siemens", 3, seq("bold", Technique.BOLD_EPI)
                .p(ParameterName.NumberOfSlices, 36, "count")
                .p(ParameterName.RepetitionTime, 2000, "ms")
                .functional(new FunctionalRun("rest", 150, null))
                .build());
        assertThat(s.acquisitionTime().seconds()).isEqualTo(300);
    }
}
