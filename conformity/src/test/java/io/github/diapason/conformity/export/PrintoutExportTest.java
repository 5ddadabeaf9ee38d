package io.github.diapason.conformity.export;

import static io.github.diapason.conformity.export.SpineGeneric.read;
import static io.github.diapason.conformity.export.SpineGeneric.value;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The PDF printouts alone, the fallback every site can produce: programs, cards and labelled values. */
class PrintoutExportTest {

    @Test
    void siemens_e11_printout_gives_programs_cards_and_units() {
        ConsoleExport printout = read(SpineGeneric.VE11C + ".pdf");

        assertThat(printout.diagnostics()).isEmpty();
        assertThat(printout.format()).isEqualTo(ExportFormat.PRINTOUT_PDF);
        assertThat(printout.vendor()).isEqualTo("Siemens");
        assertThat(printout.programs()).extracting(ConsoleProgram::name).containsExactly(
                "Localizer", "T1w", "T2w", "DWI_no-ZOOMit", "GRE-MT1", "GRE-MT0", "GRE-T1w", "GRE-ME");
        assertThat(printout.programs()).extracting(ConsoleProgram::sequenceType).containsExactly(
                "fl", "tfl", "spcR", "epse", "fl", "fl", "fl", "me_r");
        assertThat(value(printout, "T1w", "TR")).isEqualTo("2000.0 ms");
        assertThat(value(printout, "T1w", "TE")).isEqualTo("3.72 ms");
        assertThat(value(printout, "T1w", "Flip angle")).isEqualTo("9 deg");
        assertThat(value(printout, "T1w", "Base resolution")).isEqualTo("320");
        assertThat(value(printout, "T1w", "TA")).isEqualTo("4:44");
        ConsoleProgram t1w = printout.program("T1w").orElseThrow();
        assertThat(t1w.byKey("Contrast - Common/Flip angle")).isPresent();
        // a label wrapped over two lines is one label
        assertThat(t1w.value("Start measurement without further preparation").orElseThrow().value()).isEqualTo("Off");
        // a value wrapped over two lines is one value
        assertThat(t1w.value("Filter").orElseThrow().value()).isEqualTo("Distortion Corr.(3D), Prescan Normalize");
        assertThat(t1w.value("TR").orElseThrow().location().path()).matches("page \\d+, y \\d+");
    }

    @Test
    void siemens_b17_and_xa61_printouts_keep_their_own_words() {
        ConsoleExport b17 = read(SpineGeneric.VB17 + ".pdf");
        ConsoleExport xa61 = read(SpineGeneric.XA61 + ".pdf");

        assertThat(b17.programs()).extracting(ConsoleProgram::name).contains("DWI_b0", "GRE-ME");
        assertThat(value(b17, "T1w", "TR")).isEqualTo("2000 ms"); // E11 prints "2000.0 ms"
        assertThat(b17.program("T1w").orElseThrow().sequenceType()).isEqualTo("tfl");
        assertThat(value(xa61, "T1w", "Flip Angle")).isEqualTo("9 deg");
        assertThat(value(xa61, "T1w", "TA")).isEqualTo("4:44 min");
        assertThat(value(xa61, "Localizer", "TA")).isEqualTo("19 sec");
    }

    @Test
    void ge_printout_names_each_series_by_its_description() {
        ConsoleExport printout = read(SpineGeneric.GE_PDF);

        assertThat(printout.vendor()).isEqualTo("GE");
        assertThat(printout.programs()).extracting(ConsoleProgram::name).containsExactly(
                "Localizer", "Cal HNS CTL123", "T1w", "T2w", "DWI", "GRE-MT1", "GRE-MT0", "GRE-T1w", "GRE-ME");
        assertThat(value(printout, "T1w", "Flip Angle")).isEqualTo("9");
        assertThat(value(printout, "T1w", "TE")).isEqualTo("Minimum");
        assertThat(value(printout, "T1w", "Freq")).isEqualTo("320");
        assertThat(value(printout, "T1w", "Coil Configuration")).isEqualTo("HNS CTL Spine;HNS Head/Neck/Chest");
        assertThat(value(printout, "DWI", "Number of Diffusion Directions")).isEqualTo("30");
        assertThat(printout.program("T1w").orElseThrow().byKey("SCAN TIMING/TI")).isPresent();
    }

    @Test
    void philips_printout_splits_the_unit_from_the_label() {
        ConsoleExport printout = read(SpineGeneric.PHILIPS + ".pdf");

        assertThat(printout.vendor()).isEqualTo("Philips");
        assertThat(printout.programs()).extracting(ConsoleProgram::name).containsExactly(
                "SURVEY", "T1w", "T2w", "DWI", "GRE-MT", "GRE-T1", "GRE-ME");
        assertThat(value(printout, "T1w", "Flip angle")).isEqualTo("9 deg");
        assertThat(value(printout, "T1w", "ACQ matrix M x P")).isEqualTo("320 x 260");
        assertThat(value(printout, "T1w", "ACQ voxel MPS")).isEqualTo("1.00 / 1.00 / 1.00 mm");
        assertThat(value(printout, "T1w", "Total scan duration")).isEqualTo("04:22.0");
        // "FOV FH (mm) 320" then indented "AP (mm) 260", "RL (mm) 192": each axis named with its group
        assertThat(value(printout, "T1w", "FOV FH")).isEqualTo("320 mm");
        assertThat(value(printout, "T1w", "FOV AP")).isEqualTo("260 mm");
        assertThat(value(printout, "SURVEY", "FOV AP")).isEqualTo("32 mm");
        assertThat(printout.program("T1w").orElseThrow().byKey("CONTRAST/TE")).isPresent();
    }

    @Test
    void philips_printout_keeps_a_parenthesised_axis_in_the_label() {
        // "S reduction (RL) 1.5" names the axis the factor folds along; "Flip angle (deg) 9" ends in a unit
        ConsoleExport printout = read(SpineGeneric.PHILIPS + ".pdf");

        assertThat(value(printout, "T2w", "S reduction (RL)")).isEqualTo("1.5");
        assertThat(value(printout, "T2w", "P reduction (AP)")).isEqualTo("2");
        assertThat(value(printout, "GRE-MT", "S reduction (FH)")).isEqualTo("1");
        assertThat(printout.program("T2w").orElseThrow().value("S reduction")).isEmpty();
        assertThat(value(printout, "DWI", "no trig period")).isEqualTo("1 beats");
    }
}
