package io.github.diapason.vendor;

import static io.github.diapason.vendor.Fixtures.seq;
import static io.github.diapason.vendor.Fixtures.shown;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.model.Exam;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Technique;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GE sets the EPI blip with the CV pepolar (0 P>>A, 1 A>>P; github.com/mr-jaemin/ge-mri, How-to/Diffusion_PSD):
 * issue 12 found GE AP and PA spin-echo field maps identical on their cards.
 */
class GeFieldMapPolarityTest {

    private static Sequence map(String id, String code) {
        return seq(id, Technique.SE_EPI_FIELDMAP).p(ParameterName.RepetitionTime, 8000, "ms")
                .code(ParameterName.PhaseEncodingDirection, code).build();
    }

    @Test
    void geApAndPaFieldMapsDifferByPepolar() {
        // axial: j is P>>A, j- is A>>P (ms-cohort fmap-se-epi-pa / -ap)
        VendorSequence pa = Fixtures.translate("ge", 3, map("fmap-pa", "j"));
        VendorSequence ap = Fixtures.translate("ge", 3, map("fmap-ap", "j-"));
        assertThat(shown(pa, "pepolar")).isEqualTo("0");
        assertThat(shown(ap, "pepolar")).isEqualTo("1");
        assertThat(ap.cards()).anySatisfy(card -> {
            assertThat(card.name()).isEqualTo("User CVs");
            assertThat(card.parameters()).anySatisfy(p -> assertThat(p.label()).isEqualTo("pepolar"));
        });
    }

    @Test
    void geDiffusionNamesTheTypeInPsdThatSetsThePolarity() {
        // non-HyperBand: epi2 is PA (pepolar 0), epi2alt AP; HyperBand: epi2 is AP, epi2altoff PA
        assertThat(shown(Fixtures.translate("ge", 3, seq("dwi", Technique.DIFFUSION_EPI)
                .code(ParameterName.PhaseEncodingDirection, "j").build()), "type-in PSD")).isEqualTo("epi2");
        assertThat(shown(Fixtures.translate("ge", 3, seq("dwi", Technique.DIFFUSION_EPI)
                .code(ParameterName.PhaseEncodingDirection, "j-").build()), "type-in PSD")).isEqualTo("epi2alt");
        VendorSequence hyperBandPa = Fixtures.translate("ge", 3, seq("dwi", Technique.DIFFUSION_EPI)
                .p(ParameterName.MultibandAccelerationFactor, 3, "count").code(ParameterName.PhaseEncodingDirection, "j").build());
        assertThat(shown(hyperBandPa, "type-in PSD")).isEqualTo("epi2altoff");
        assertThat(shown(hyperBandPa, "pepolar")).isEqualTo("0");
    }

    @Test
    void geLeftRightPolarityIsANoteNotAnInventedControl() {
        VendorSequence rl = Fixtures.translate("ge", 3, map("fmap-rl", "i"));
        assertThat(rl.parameter("pepolar")).isEmpty();
        assertThat(rl.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("pepolar CV is documented for A/P"));
    }

    @Test
    void fieldMapsOfOnePolarityAtASiteAreAnError() {
        Exam exam = new Exam(null, null, null, null, null, null, List.of(map("fmap-ap", "j-"), map("fmap-pa", "j-")));
        SiteParameterSet set = new SiteTranslator(Fixtures.ADAPTERS).translate(exam, Fixtures.site(List.of(), 32),
                Fixtures.scanner("ge", 3), "sites/a.json").value().orElseThrow();
        assertThat(set.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("FieldMapPolaritiesIdentical");
            assertThat(d.message()).contains("fmap-ap, fmap-pa").contains("j-");
            assertThat(d.location().path()).isEqualTo("/exam/sequences/1/parameters/PhaseEncodingDirection");
        });
    }

    @Test
    void fieldMapsOfOppositePolarityPass() {
        Exam exam = new Exam(null, null, null, null, null, null, List.of(map("fmap-ap", "j-"), map("fmap-pa", "j")));
        SiteParameterSet set = new SiteTranslator(Fixtures.ADAPTERS).translate(exam, Fixtures.site(List.of(), 32),
                Fixtures.scanner("ge", 3), "sites/a.json").value().orElseThrow();
        assertThat(set.diagnostics()).noneSatisfy(d -> assertThat(d.code()).isEqualTo("FieldMapPolaritiesIdentical"));
    }
}
