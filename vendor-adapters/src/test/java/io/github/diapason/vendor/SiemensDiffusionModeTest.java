package io.github.diapason.vendor;

import static io.github.diapason.vendor.Fixtures.seq;
import static io.github.diapason.vendor.Fixtures.translate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.model.DiffusionScheme;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.Shell;
import io.github.diapason.model.Technique;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which Siemens diffusion mode a scheme gets. The spine-generic DWI (b 0 x 5, b 800 x 30) is MDDW with b=0 averages
 * 5 on the VE11C and XA61 printouts (spine_generic_Prisma_VE11C_no-ZOOMit.pdf: 'b-value 1 0 s/mm²', then the
 * averages column 'b-value 1 5'); its BIDS data (spine-generic/data-multi-subject sub-cmrra01, sub-geneva01) hold 35
 * volumes, so the averages are separate volumes and the card keeps the protocol's volume count.
 */
class SiemensDiffusionModeTest {

    private static VendorSequence dwi(DiffusionScheme scheme) {
        return translate("siemens", 3, seq("dwi", Technique.DIFFUSION_EPI)
                .p(ParameterName.RepetitionTime, 600, "ms").p(ParameterName.EchoTime, 55, "ms")
                .p(ParameterName.FieldOfViewRead, 86, "mm").p(ParameterName.AcquisitionMatrixRead, 96, "count")
                .p(ParameterName.AcquisitionMatrixPhase, 36, "count").p(ParameterName.NumberOfSlices, 15, "count")
                .diffusion(scheme).build());
    }

    private static String value(VendorSequence s, String concept) {
        return s.concept(concept).orElseThrow(() -> new AssertionError("no " + concept + " in " + s.cards()))
                .value().display();
    }

    @Test
    void oneShellWithRepeatedB0IsMddwWithTheB0AveragesOnTheB0Weighting() {
        VendorSequence s = dwi(new DiffusionScheme(List.of(new Shell(0, 5, null), new Shell(800, 30, null)), List.of(), null));
        assertThat(List.of(value(s, "diffMode"), value(s, "diffWeightings"), value(s, "bValue.1"), value(s, "bValue.2"),
                value(s, "bAverages.1"), value(s, "bAverages.2"), value(s, "diffDirections")))
                .containsExactly("MDDW", "2", "0", "800", "5", "1", "30");
        // 5 b=0 + 30 directions, one TR each
        assertThat(s.acquisitionTime().seconds()).isCloseTo(35 * 0.6, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void oneShellWithOneB0IsMddwWithoutAverages() {
        VendorSequence s = dwi(new DiffusionScheme(List.of(new Shell(0, 1, null), new Shell(1000, 64, null)), List.of(), null));
        assertThat(value(s, "diffMode")).isEqualTo("MDDW");
        assertThat(s.concept("bAverages.1")).isEmpty();
    }

    @Test
    void interleavedB0KeepsTheFreeTable() {
        VendorSequence s = dwi(new DiffusionScheme(List.of(new Shell(0, 5, null), new Shell(800, 30, null)), List.of(), 6));
        assertThat(List.of(value(s, "diffMode"), value(s, "diffDirections"))).containsExactly("Free", "35");
    }
}
