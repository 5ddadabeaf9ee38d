package io.github.diapason.vendor;

import static io.github.diapason.vendor.Fixtures.seq;
import static io.github.diapason.vendor.Fixtures.shown;
import static io.github.diapason.vendor.Fixtures.translate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.model.Orientation;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Technique;
import io.github.diapason.model.Tolerance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Settings that are not typed numbers, as each console shows them: the spine-generic printouts
 * (compiler test resources, console-exports/spine-generic) show Philips "TE shortest", "TR user defined" then
 * "(ms) 3500", "Water-fat shift maximum", and GE "TE Minimum"; Siemens shows numbers only.
 */
class ConsoleChoiceTest {

    private static ParameterSpec minimum(double value, String unit, double absolute) {
        return new ParameterSpec(value, null, null, null, unit, new Tolerance(absolute, null), null, "minimum");
    }

    private static ParameterSpec range(double min, double max, String unit) {
        return new ParameterSpec(null, null, min, max, unit, null, null, null);
    }

    private static Sequence t1(ParameterSpec te) {
        return seq("t1w", Technique.T1_3D_IR_GRE).orientation(Orientation.SAGITTAL)
                .p(ParameterName.RepetitionTime, 2000, "ms").spec(ParameterName.EchoTime, te)
                .p(ParameterName.InversionTime, 1000, "ms").p(ParameterName.PixelBandwidth, 150, "Hz/px")
                .code(ParameterName.MRAcquisitionType, "3D").code(ParameterName.PhaseEncodingDirection, "i").build();
    }

    @Test
    void philips_shows_shortest_for_a_minimum_echo_time() {
        VendorSequence s = translate("philips", 3, t1(minimum(3.5, "ms", 1)));
        assertThat(shown(s, "TE")).isEqualTo("shortest");
    }

    @Test
    void philips_shows_user_defined_then_the_typed_value_under_its_own_label() {
        VendorSequence s = translate("philips", 3, t1(ParameterSpec.of(3.72, "ms")));
        List<ConsoleParameter> contrast = s.card("Contrast").orElseThrow().parameters();
        List<String> lines = contrast.stream().map(p -> p.label() + ": " + p.value().display()).toList();
        assertThat(lines).containsSubsequence("shot interval: user defined", "(ms): 2000.0");
        assertThat(lines).containsSubsequence("TE: user defined", "(ms): 3.72");
        assertThat(lines).containsSubsequence("delay: user defined", "(ms): 1000");
    }

    @Test
    void philips_shows_maximum_water_fat_shift_for_the_lowest_bandwidth_and_no_bandwidth_result() {
        Sequence lowest = seq("t2w", Technique.TSE_2D).spec(ParameterName.PixelBandwidth,
                new ParameterSpec(411.2, null, null, null, "Hz/px", new Tolerance(null, 20.0), null, "minimum")).build();
        VendorSequence s = translate("philips", 3, lowest);
        assertThat(shown(s, "Water-fat shift")).isEqualTo("maximum");
        assertThat(s.parameter("BW")).isEmpty();
        assertThat(s.parameter("(pixels)")).isEmpty();
    }

    @Test
    void philips_shows_minimum_water_fat_shift_for_an_epi_at_its_shortest_echo_spacing() {
        // spine-generic R5.3 printout, DWI: 'Water-fat shift minimum' (info page WFS 23.594 pixels at EPI factor 47)
        Sequence dwi = seq("dwi", Technique.DIFFUSION_EPI).p(ParameterName.EchoTrainLength, 47, "count")
                .spec(ParameterName.EchoSpacing, new ParameterSpec(1.156, null, null, null, "ms", new Tolerance(1.0, null),
                        null, "minimum")).build();
        assertThat(shown(translate("philips", 3, dwi), "Water-fat shift")).isEqualTo("minimum");
        Sequence typed = seq("dwi", Technique.DIFFUSION_EPI).p(ParameterName.EchoTrainLength, 47, "count")
                .p(ParameterName.EchoSpacing, 1.156, "ms").build();
        assertThat(shown(translate("philips", 3, typed), "Water-fat shift")).isNotEqualTo("minimum");
    }

    @Test
    void philips_programs_evenly_spaced_echoes_as_count_first_echo_and_spacing() {
        // spine-generic R5.3 printout, GRE-ME: 'Echoes 3', 'TE first user defined (ms) 7.2', 'echospacing user defined (ms) 6.5'
        Sequence me = seq("gre-me", Technique.GRE_2D).spec(ParameterName.EchoTime,
                new ParameterSpec(null, List.of(7.2, 13.7, 20.2), null, null, "ms", null, null, null)).build();
        VendorSequence s = translate("philips", 3, me);
        List<String> lines = s.card("Contrast").orElseThrow().parameters().stream()
                .map(p -> p.label() + ": " + p.value().display()).toList();
        assertThat(lines).containsSubsequence("Echoes: 3", "TE first: user defined", "(ms): 7.20",
                "echospacing: user defined", "(ms): 6.50");
        assertThat(s.parameter("TE 1")).isEmpty();
    }

    @Test
    void philips_keeps_one_line_per_echo_when_the_echoes_are_not_evenly_spaced() {
        Sequence uneven = seq("gre-me", Technique.GRE_2D).spec(ParameterName.EchoTime,
                new ParameterSpec(null, List.of(4.0, 9.0, 20.0), null, null, "ms", null, null, null)).build();
        VendorSequence s = translate("philips", 3, uneven);
        assertThat(s.parameter("TE first")).isEmpty();
        assertThat(s.parameter("TE 3")).isPresent();
    }

    @Test
    void ge_shows_minimum_and_min_full_for_the_echo_time() {
        assertThat(shown(translate("ge", 3, t1(minimum(3.72, "ms", 1))), "TE")).isEqualTo("Minimum");
        ParameterSpec full = new ParameterSpec(3.72, null, null, null, "ms", new Tolerance(1.0, null), null, "minimum-full");
        assertThat(shown(translate("ge", 3, t1(full)), "TE")).isEqualTo("Min Full");
    }

    @Test
    void siemens_shows_the_value_the_console_reaches_and_a_note_to_choose_the_minimum() {
        VendorSequence s = translate("siemens", 3, t1(minimum(3.72, "ms", 1)));
        assertThat(shown(s, "TE")).isEqualTo("3.72");
        assertThat(s.diagnostics()).anyMatch(d -> d.message().contains("EchoTime: the protocol sets the console's minimum"));
    }

    @Test
    void a_range_is_shown_as_its_two_ends_on_every_console_never_its_middle() {
        Sequence flair = seq("flair", Technique.FLAIR_3D).p(ParameterName.RepetitionTime, 5000, "ms")
                .p(ParameterName.EchoTime, 390, "ms").p(ParameterName.InversionTime, 1800, "ms")
                .spec(ParameterName.FlipAngle, range(90, 180, "deg")).code(ParameterName.MRAcquisitionType, "3D").build();
        for (String vendor : List.of("siemens", "ge", "philips")) {
            ConsoleParameter flip = translate(vendor, 3, flair).concept("flipAngle").orElseThrow();
            assertThat(flip.value()).as(vendor).isInstanceOf(ConsoleValue.Range.class);
            assertThat(flip.value().display()).as(vendor).isEqualTo("90–180");
        }
    }

    @Test
    void a_bandwidth_range_becomes_the_water_fat_shift_range_it_allows() {
        Sequence tse = seq("t2", Technique.TSE_2D).spec(ParameterName.PixelBandwidth, range(200, 250, "Hz/px")).build();
        ConsoleValue wfs = translate("philips", 3, tse).concept("waterFatShift").orElseThrow().value();
        // 434.2 Hz fat-water shift at 3 T (vendors.md section 2): 434.2 / 250 = 1.737, 434.2 / 200 = 2.171 pixels
        assertThat(wfs.display()).isEqualTo("1.737–2.171");
    }

    @Test
    void philips_fat_shift_runs_along_the_readout_outside_epi_and_along_the_phase_encoding_of_an_epi() {
        // spine-generic R5.3 printout: sagittal T1w with AP fold-over F; transverse GRE with AP fold-over L; DWI P
        Sequence sagittal = seq("t1w", Technique.T1_3D_IR_GRE).orientation(Orientation.SAGITTAL)
                .code(ParameterName.PhaseEncodingDirection, "i").build();
        Sequence transverse = seq("gre", Technique.GRE_2D).code(ParameterName.PhaseEncodingDirection, "j").build();
        Sequence epi = seq("dwi", Technique.BOLD_EPI).code(ParameterName.PhaseEncodingDirection, "j-").build();
        assertThat(shown(translate("philips", 3, sagittal), "fat shift direction")).isEqualTo("F");
        assertThat(shown(translate("philips", 3, transverse), "fat shift direction")).isEqualTo("L");
        assertThat(shown(translate("philips", 3, epi), "fat shift direction")).isEqualTo("P");
    }

    @Test
    void philips_multiband_sense_turns_sense_on() {
        Sequence bold = seq("bold", Technique.BOLD_EPI).p(ParameterName.MultibandAccelerationFactor, 3, "count").build();
        VendorSequence s = translate("philips", 3, bold);
        assertThat(shown(s, "SENSE")).isEqualTo("yes");
        assertThat(shown(s, "MultiBand SENSE")).isEqualTo("yes");
        assertThat(s.diagnostics()).anyMatch(d -> d.message().contains("MultiBand SENSE needs SENSE on"));
    }

    @Test
    void fractional_sense_reductions_reach_the_philips_card_and_siemens_keeps_whole_ipat_factors() {
        Sequence vista = seq("t2w", Technique.TSE_3D).orientation(Orientation.SAGITTAL)
                .p(ParameterName.ParallelReductionFactorInPlane, 2.6, "count")
                .p(ParameterName.ParallelReductionFactorOutOfPlane, 1.5, "count")
                .code(ParameterName.MRAcquisitionType, "3D").build();
        VendorSequence philips = translate("philips", 3, vista);
        // The R5.3 printout puts the phase-encoding direction in the label: "P reduction (AP) 2"
        // (console-exports/spine-generic/Philips/spine_generic_philips_R53.pdf, T1w and T2w).
        assertThat(philips.concept("pReduction").orElseThrow().value().display()).isEqualTo("2.6");
        assertThat(philips.concept("sReduction").orElseThrow().value().display()).isEqualTo("1.5");
        assertThat(translate("siemens", 3, vista).concept("accelFactorPE").orElseThrow().value().display()).isEqualTo("3");
    }
}
