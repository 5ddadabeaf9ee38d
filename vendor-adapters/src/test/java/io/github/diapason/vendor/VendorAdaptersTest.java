package io.github.diapason.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.Technique;
import org.junit.jupiter.api.Test;

class VendorAdaptersTest {

    @Test
    void serviceLoaderFindsTheThreeVendors() {
        assertThat(VendorAdapters.load().ids()).containsExactly("ge", "philips", "siemens");
    }

    @Test
    void lookupIgnoresCase() {
        assertThat(VendorAdapters.load().find("Siemens", SourceLocation.NONE).value()).isPresent();
    }

    @Test
    void unknownVendorGivesAnErrorListingTheValidOnes() {
        Validated<VendorAdapter> v = VendorAdapters.load().find("toshiba", SourceLocation.file("sites/x.json"));
        assertThat(v.value()).isEmpty();
        Diagnostic d = v.diagnostics().get(0);
        assertThat(d.code()).isEqualTo("UnknownVendor");
        assertThat(d.isError()).isTrue();
        assertThat(d.message()).contains("toshiba").contains("ge, philips, siemens");
        assertThat(d.location().file()).isEqualTo("sites/x.json");
    }

    @Test
    void supportMatrixHasARowPerTechniqueWithEachVendorsProductName() {
        String matrix = VendorAdapters.load().supportMatrix();
        for (Technique t : Technique.values()) {
            assertThat(matrix).contains("| " + t.id() + " |");
        }
        assertThat(matrix).contains("| 3d-ir-gre | BRAVO (IR-prepared 3D SPGR) | 3D T1-TFE with inversion prepulse | MPRAGE (tfl) |");
    }

    @Test
    void supportMatrixListsTheVendorNameOfEachOption() {
        assertThat(VendorAdapters.load().supportMatrix())
                .contains("| multiband | HyperBand | MultiBand SENSE | SMS (Simultaneous Multi-Slice) |");
    }

    @Test
    void everyAdapterCoversEveryTechniqueOfTheClosedVocabulary() {
        for (VendorAdapter a : VendorAdapters.load().all()) {
            for (Technique t : Technique.values()) {
                assertThat(a.profile().supports(t)).as(a.id() + " " + t.id()).isTrue();
            }
        }
    }
}
