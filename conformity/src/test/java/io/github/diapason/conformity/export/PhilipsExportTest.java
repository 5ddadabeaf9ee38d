package io.github.diapason.conformity.export;

import static io.github.diapason.conformity.export.SpineGeneric.read;
import static io.github.diapason.conformity.export.SpineGeneric.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Philips ExamCard (R5.3): SOAP XML and its binary parameter blocks, read against the printout of the same card. */
class PhilipsExportTest {

    @Test
    void examcard_lists_its_scans_in_examcard_order() {
        ConsoleExport export = read(SpineGeneric.PHILIPS + ".ExamCard");

        assertThat(export.diagnostics()).extracting(Diagnostic::code).containsOnly("ExportKeysWithoutLabel").hasSize(7);
        assertThat(export.programs()).extracting(ConsoleProgram::name).containsExactly(
                "SURVEY", "T1w", "T2w", "DWI", "GRE-MT", "GRE-T1", "GRE-ME");
        assertThat(export.programs()).extracting(ConsoleProgram::sequenceType).containsExactly(
                "FFE", "FFE", "SE", "SE", "FFE", "FFE", "FFE");
        assertThat(export.programs()).allSatisfy(p -> assertThat(p.notRead()).isEmpty());
    }

    @Test
    void t1w_block_decodes_to_what_the_printout_shows() {
        // printout page 3: Total scan duration 04:22.0, Act. TR/TE (ms) 7.8 / 3.5, ACQ matrix M x P 320 x 260,
        // Flip angle (deg) 9, TFE factor 246, shot mode multishot, TE shortest, SENSE yes, P reduction (AP) 2,
        // TFE prepulse invert
        ConsoleExport export = read(SpineGeneric.PHILIPS + ".ExamCard");

        assertThat(value(export, "T1w", "Total scan duration")).isEqualTo("04:22.0");
        assertThat(value(export, "T1w", "Act. TR/TE")).isEqualTo("7.8 / 3.5 ms");
        assertThat(value(export, "T1w", "ACQ matrix M x P")).isEqualTo("320 x 260");
        assertThat(value(export, "T1w", "Flip angle")).isEqualTo("9 deg");
        assertThat(value(export, "T1w", "TFE factor")).isEqualTo("246");
        assertThat(value(export, "T1w", "TE")).isEqualTo("shortest");
        assertThat(value(export, "T1w", "SENSE")).isEqualTo("yes");
        assertThat(value(export, "T1w", "P reduction (AP)")).isEqualTo("2");
        assertThat(value(export, "T1w", "TFE prepulse")).isEqualTo("invert");
        assertThat(value(export, "T1w", "shot mode")).isEqualTo("multishot");
        assertThat(value(export, "SURVEY", "shot mode")).isEqualTo("single-shot");
        // sagittal stack, AP fold-over: readout FH, phase AP, slice RL ("FOV FH 320 / AP 260 / RL 192")
        assertThat(value(export, "T1w", "FOV FH")).isEqualTo("320 mm");
        assertThat(value(export, "T1w", "FOV AP")).isEqualTo("260 mm");
        assertThat(value(export, "T1w", "FOV RL")).isEqualTo("192 mm");
        assertThat(value(export, "T2w", "ACQ voxel size AP")).isEqualTo("0.7996281 mm");
        // a decoded parameter the printout does not show keeps its internal name, with no label
        ConsoleValue weight = export.program("T1w").orElseThrow().byKey("EX_ACQ_patient_weight").orElseThrow();
        assertThat(weight.label()).isEmpty();
        assertThat(weight.location().path()).startsWith("/Array[@id='ref-170']/byte[");
    }

    /** The labels of the printout lines, in order, from the first one labelled {@code from}, {@code count} of them. */
    private static List<String> lines(ConsoleExport export, String program, String from, int count) {
        List<ConsoleValue> values = export.program(program).orElseThrow().values();
        int at = values.indexOf(export.program(program).orElseThrow().value(from).orElseThrow());
        return values.subList(at, at + count).stream().map(v -> (v.label() + " " + v.value() + " " + v.unit()).strip()).toList();
    }

    @Test
    void a_number_typed_under_a_user_defined_choice_follows_that_choice_as_the_printout_shows_it() {
        // spine_generic_philips_R53.pdf, T2w: "TE user defined (ms) 120", "TR user defined (ms) 3500"
        ConsoleExport export = read(SpineGeneric.PHILIPS + ".ExamCard");

        assertThat(lines(export, "T2w", "TE", 2)).containsExactly("TE user defined", "(ms) 120");
        assertThat(lines(export, "T2w", "TR", 2)).containsExactly("TR user defined", "(ms) 3500");
        // GRE-MT: "TR user defined (ms) 57", "Water-fat shift user defined (pixels) 1.66"
        assertThat(lines(export, "GRE-MT", "TR", 2)).containsExactly("TR user defined", "(ms) 57");
        assertThat(lines(export, "GRE-MT", "Water-fat shift", 2)).containsExactly("Water-fat shift user defined", "(pixels) 1.66");
        // T1w (TFE): "shot interval user defined (ms) 2000", "delay user defined (ms) 1000"
        assertThat(lines(export, "T1w", "shot interval", 2)).containsExactly("shot interval user defined", "(ms) 2000");
        assertThat(lines(export, "T1w", "delay", 2)).containsExactly("delay user defined", "(ms) 1000");
        assertThat(export.program("T1w").orElseThrow().byKey("EX_TFEPP_pre_T1_delay").orElseThrow().location().path())
                .startsWith("/Array[@id='ref-170']/byte[");
    }

    @Test
    void a_choice_that_is_not_user_defined_prints_no_typed_number() {
        // DWI: "TE shortest" then "Flip angle 90"; the block's EX_ACQ_first_echo_time 69.66312 is the console's, unlabelled
        ConsoleExport export = read(SpineGeneric.PHILIPS + ".ExamCard");

        assertThat(lines(export, "DWI", "TE", 2)).containsExactly("TE shortest", "69.66312");
        assertThat(export.program("DWI").orElseThrow().byKey("EX_ACQ_first_echo_time").orElseThrow().label()).isEmpty();
        // T2w: "Halfscan default" prints no factor (its block still holds 0.6278125)
        assertThat(lines(export, "T2w", "Halfscan", 2).get(1)).doesNotStartWith("factor");
    }

    @Test
    void a_multi_echo_ffe_prints_its_first_echo_and_echo_spacing() {
        // GRE-ME (3 echoes): "TE first user defined (ms) 7.2", "echospacing user defined (ms) 6.5", NSA 2
        ConsoleExport export = read(SpineGeneric.PHILIPS + ".ExamCard");

        assertThat(lines(export, "GRE-ME", "TE first", 4))
                .containsExactly("TE first user defined", "(ms) 7.2", "echospacing user defined", "(ms) 6.5");
        assertThat(export.program("GRE-ME").orElseThrow().value("TE")).isEmpty();
        assertThat(value(export, "GRE-ME", "NSA")).isEqualTo("2");
        assertThat(value(export, "T2w", "NSA")).isEqualTo("1");
    }

    @Test
    void dwi_shows_its_halfscan_factor_spir_strength_and_epi_factor() {
        // spine_generic_philips_R53.pdf, DWI: "Halfscan yes", "factor 0.7450981", "strength strong", info page "EPI factor 47"
        ConsoleExport export = read(SpineGeneric.PHILIPS + ".ExamCard");

        assertThat(lines(export, "DWI", "Halfscan", 2)).containsExactly("Halfscan yes", "factor 0.7450981");
        assertThat(value(export, "DWI", "strength")).isEqualTo("strong");
        assertThat(value(export, "DWI", "EPI factor")).isEqualTo("47");
    }

    @Test
    void the_cardiac_triggered_dwi_shows_its_tr_in_heart_beats_and_its_trigger_settings() {
        // spine_generic_philips_R53.pdf, DWI: "TR 4 beats", "no trig period 1 beats", "Number of heart phases single phase"
        ConsoleExport export = read(SpineGeneric.PHILIPS + ".ExamCard");

        assertThat(value(export, "DWI", "TR")).isEqualTo("4 beats");
        assertThat(export.program("DWI").orElseThrow().value("TR").orElseThrow().key()).isEqualTo("EX_CARD_min_hb_int_beats");
        assertThat(value(export, "DWI", "no trig period")).isEqualTo("1 beats");
        assertThat(value(export, "DWI", "Number of heart phases")).isEqualTo("single phase");
        assertThat(value(export, "DWI", "device")).isEqualTo("PPU");
        assertThat(value(export, "GRE-MT", "TR")).isEqualTo("user defined"); // untriggered: the TR choice
    }

    @Test
    void sense_factors_are_labelled_with_the_axis_the_printout_names() {
        // T2w sagittal, AP fold-over: "P reduction (AP) 2", "S reduction (RL) 1.5"; GRE-MT transverse: "S reduction (FH) 1"
        ConsoleExport export = read(SpineGeneric.PHILIPS + ".ExamCard");

        assertThat(value(export, "T2w", "P reduction (AP)")).isEqualTo("2");
        assertThat(value(export, "T2w", "S reduction (RL)")).isEqualTo("1.5");
        assertThat(value(export, "GRE-MT", "P reduction (AP)")).isEqualTo("2.1");
        assertThat(value(export, "GRE-MT", "S reduction (FH)")).isEqualTo("1");
    }

    @Test
    void a_triggered_scan_carries_the_heart_rate_the_examcard_enters() {
        // <heartRate>70</heartRate> in the scanner context; the printout's DWI info page: "Entered heartrate 70 (< 78)"
        ConsoleExport export = read(SpineGeneric.PHILIPS + ".ExamCard");

        assertThat(value(export, "DWI", "Entered heartrate")).isEqualTo("70");
        assertThat(export.program("T2w").orElseThrow().value("Entered heartrate")).isEmpty();
    }

    @Test
    void examcard_agrees_with_its_printout_on_every_value_read_but_the_heart_rate_limit() {
        ExportAgreement a = ExportAgreement.of(read(SpineGeneric.PHILIPS + ".ExamCard"), read(SpineGeneric.PHILIPS + ".pdf"));

        assertThat(a.unmatchedPrograms()).isEmpty();
        assertThat(a.printed()).isEqualTo(982);
        assertThat(a.read()).isEqualTo(684); // 642 + issue 12: typed numbers, Halfscan, NSA, strength, EPI factor, triggering, DWI 'Entered heartrate', GRE-MT 'dyn scans' (EX_DYN_nr_scans)
        // the info page adds the highest rate its TR in beats allows ("< 78"), which the ExamCard does not hold
        assertThat(a.disagreements()).containsExactly("DWI / Entered heartrate: export 70 , printout 70 (< 78) ");
    }

    @Test
    void parameter_block_floats_print_as_the_console_does() {
        assertThat(PhilipsParameterBlock.printFloat(83.333336f)).isEqualTo("83.33334");
        assertThat(PhilipsParameterBlock.printFloat(0.9375f)).isEqualTo("0.9375");
        assertThat(PhilipsParameterBlock.printFloat(20f)).isEqualTo("20");
        assertThat(PhilipsParameterBlock.printFloat(0f)).isEqualTo("0");
    }
}
