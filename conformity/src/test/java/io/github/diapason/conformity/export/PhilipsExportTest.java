package io.github.diapason.conformity.export;

import static io.github.diapason.conformity.export.SpineGeneric.read;
import static io.github.diapason.conformity.export.SpineGeneric.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.diagnostic.Diagnostic;
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
        assertThat(value(export, "T1w", "P reduction")).isEqualTo("2");
        assertThat(value(export, "T1w", "TFE prepulse")).isEqualTo("invert");
        assertThat(value(export, "T1w", "shot mode")).isEqualTo("multishot");
        assertThat(value(export, "SURVEY", "shot mode")).isEqualTo("single-shot");
        // sagittal stack, AP fold-over: readout FH, phase AP, slice RL ("FOV FH 320 / AP 260 / RL 192")
        assertThat(value(export, "T1w", "FOV FH")).isEqualTo("320 mm");
        assertThat(value(export, "T1w", "FOV AP")).isEqualTo("260 mm");
        assertThat(value(export, "T1w", "FOV RL")).isEqualTo("192 mm");
        assertThat(value(export, "T2w", "ACQ voxel size AP")).isEqualTo("0.7996281 mm");
        // a decoded parameter the printout does not show keeps its internal name, with no label
        ConsoleValue delay = export.program("T1w").orElseThrow().byKey("EX_TFEPP_pre_T1_delay").orElseThrow();
        assertThat(delay.label()).isEmpty();
        assertThat(delay.value()).isEqualTo("1000");
        assertThat(delay.location().path()).startsWith("/Array[@id='ref-170']/byte[");
    }

    @Test
    void examcard_agrees_with_its_printout_on_every_value_read() {
        ExportAgreement a = ExportAgreement.of(read(SpineGeneric.PHILIPS + ".ExamCard"), read(SpineGeneric.PHILIPS + ".pdf"));

        assertThat(a.unmatchedPrograms()).isEmpty();
        assertThat(a.printed()).isEqualTo(982);
        assertThat(a.read()).isEqualTo(642);
        assertThat(a.disagreements()).isEmpty();
    }

    @Test
    void parameter_block_floats_print_as_the_console_does() {
        assertThat(PhilipsParameterBlock.printFloat(83.333336f)).isEqualTo("83.33334");
        assertThat(PhilipsParameterBlock.printFloat(0.9375f)).isEqualTo("0.9375");
        assertThat(PhilipsParameterBlock.printFloat(20f)).isEqualTo("20");
        assertThat(PhilipsParameterBlock.printFloat(0f)).isEqualTo("0");
    }
}
