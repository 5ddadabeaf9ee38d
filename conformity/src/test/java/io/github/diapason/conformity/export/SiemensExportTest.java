package io.github.diapason.conformity.export;

import static io.github.diapason.conformity.export.SpineGeneric.read;
import static io.github.diapason.conformity.export.SpineGeneric.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Siemens .exar1 (E11C, XA61) and .edx (B17) read against the printouts of the same programs. */
class SiemensExportTest {

    @Test
    void exar1_e11_lists_the_programs_in_exam_explorer_order_with_their_sequences() {
        ConsoleExport export = read(SpineGeneric.VE11C + ".exar1");

        assertThat(export.diagnostics()).isEmpty();
        assertThat(export.format()).isEqualTo(ExportFormat.SIEMENS_EXAR1);
        assertThat(export.programs()).extracting(ConsoleProgram::name).containsExactly(
                "Localizer", "T1w", "T2w", "DWI_no-ZOOMit", "GRE-MT1", "GRE-MT0", "GRE-T1w", "GRE-ME");
        assertThat(export.programs()).extracting(ConsoleProgram::sequenceType).containsExactly(
                "gre", "tfl", "tse_vfl", "ep2d_diff", "gre", "gre", "gre", "medic");
    }

    @Test
    void exar1_e11_t1w_reads_as_its_printout_shows_it() {
        // printout page 3: TR 2000.0 ms, TE 3.72 ms, TI 1000 ms, Flip angle 9 deg, Base resolution 320,
        // FoV read 320 mm, FoV phase 81.3 %, Accel. factor PE 2, Bandwidth 150 Hz/Px, TA 4:44
        ConsoleExport export = read(SpineGeneric.VE11C + ".exar1");

        assertThat(value(export, "T1w", "TR")).isEqualTo("2000 ms");
        assertThat(value(export, "T1w", "TE")).isEqualTo("3.72 ms");
        assertThat(value(export, "T1w", "TI")).isEqualTo("1000 ms");
        assertThat(value(export, "T1w", "Flip angle")).isEqualTo("9 deg");
        assertThat(value(export, "T1w", "Base resolution")).isEqualTo("320");
        assertThat(value(export, "T1w", "FoV read")).isEqualTo("320 mm");
        assertThat(value(export, "T1w", "FoV phase")).isEqualTo("81.3 %");
        assertThat(value(export, "T1w", "Slice thickness")).isEqualTo("1 mm");
        assertThat(value(export, "T1w", "PAT mode")).isEqualTo("GRAPPA");
        assertThat(value(export, "T1w", "Accel. factor PE")).isEqualTo("2");
        assertThat(value(export, "T1w", "Bandwidth")).isEqualTo("150 Hz/Px");
        assertThat(value(export, "T1w", "TA")).isEqualTo("4:44");
        assertThat(value(export, "DWI_no-ZOOMit", "Phase partial Fourier")).isEqualTo("7/8");
        assertThat(value(export, "DWI_no-ZOOMit", "b-value 2")).isEqualTo("800 s/mm²");
        assertThat(value(export, "DWI_no-ZOOMit", "Diff. directions")).isEqualTo("30");
        assertThat(value(export, "T2w", "Averages")).isEqualTo("1.4");
        assertThat(value(export, "GRE-MT1", "MTC")).isEqualTo("On");
        assertThat(value(export, "GRE-MT1", "Slice oversampling")).isEqualTo("18.2 %");
        assertThat(value(export, "Localizer", "Concatenations")).isEqualTo("8");
        assertThat(value(export, "Localizer", "Orientation")).isEqualTo("Coronal");
        assertThat(value(export, "GRE-ME", "Flow comp.")).isEqualTo("Yes");
        assertThat(value(export, "T1w", "Phase enc. dir.")).isEqualTo("A >> P");
        assertThat(value(export, "T2w", "Phase enc. dir.")).isEqualTo("H >> F"); // sagittal, in-plane rotation 90°
        ConsoleValue tr = export.program("T1w").orElseThrow().value("TR").orElseThrow();
        assertThat(tr.key()).isEqualTo("alTR[0]");
        assertThat(tr.location().path()).endsWith("/alTR[0]");
    }

    @Test
    void exar1_reads_the_cardiac_trigger_of_the_dwi_as_the_physio_card_prints_it() {
        // VE11C printout, DWI_no-ZOOMit, Physio - Signal1: "1st Signal/Mode Pulse/Trigger", "Trigger pulse 1",
        // "Trigger delay 0 ms"; T1w "1st Signal/Mode None"; XA61 prints "Trigger Pulse", "Trigger Delay"
        ConsoleExport ve11c = read(SpineGeneric.VE11C + ".exar1");
        assertThat(value(ve11c, "DWI_no-ZOOMit", "1st Signal/Mode")).isEqualTo("Pulse/Trigger");
        assertThat(value(ve11c, "DWI_no-ZOOMit", "Trigger pulse")).isEqualTo("1");
        assertThat(value(ve11c, "DWI_no-ZOOMit", "Trigger delay")).isEqualTo("0 ms");
        assertThat(value(ve11c, "DWI_no-ZOOMit", "Concatenations")).isEqualTo("5");
        assertThat(value(ve11c, "T1w", "1st Signal/Mode")).isEqualTo("None");
        assertThat(ve11c.program("T1w").orElseThrow().value("Trigger pulse")).isEmpty();
        ConsoleExport xa61 = read(SpineGeneric.XA61 + ".exar1");
        assertThat(value(xa61, "DWI", "Trigger Pulse")).isEqualTo("1");
        assertThat(value(xa61, "DWI", "Trigger Delay")).isEqualTo("0 ms");
    }

    @Test
    void exar1_reads_the_averages_per_b_value_as_each_version_prints_them() {
        // sDiffusion.alAverages[0] 5, [1] 1: the VE11C printout's b-value table prints them after the b-values as a
        // second "b-value 1 5", "b-value 2 1"; the XA61 printout as "Averages 1 5", "Averages 2 1"
        ConsoleProgram ve11c = read(SpineGeneric.VE11C + ".exar1").program("DWI_no-ZOOMit").orElseThrow();
        assertThat(ve11c.values()).filteredOn(v -> v.label().startsWith("b-value"))
                .extracting(v -> v.label() + " " + (v.value() + " " + v.unit()).strip())
                .containsExactly("b-value 1 0 s/mm²", "b-value 2 800 s/mm²", "b-value 1 5", "b-value 2 1");
        ConsoleExport xa61 = read(SpineGeneric.XA61 + ".exar1");
        assertThat(value(xa61, "DWI", "Averages 1")).isEqualTo("5");
        assertThat(value(xa61, "DWI", "Averages 2")).isEqualTo("1");
    }

    @Test
    void exar1_e11_agrees_with_its_printout_on_every_value_read() {
        ExportAgreement a = ExportAgreement.of(read(SpineGeneric.VE11C + ".exar1"), read(SpineGeneric.VE11C + ".pdf"));

        assertThat(a.unmatchedPrograms()).isEmpty();
        assertThat(a.printed()).isEqualTo(994);
        assertThat(a.read()).isEqualTo(343); // 327 + DWI 'Fat sat. mode Strong' + Physio '1st Signal/Mode' x 9, DWI trigger pulse and delay + 'Elliptical scanning Off' on the five 3D programs (issue 12)
        assertThat(a.disagreements()).isEmpty();
    }

    @Test
    void exar1_holding_several_exam_programs_lists_them_one_after_the_other_each_step_naming_its_program() {
        ConsoleExport export = read("Siemens/Prisma_VE11B/spine_generic_siemens-ve11.exar1");

        assertThat(export.hasErrors()).isFalse();
        assertThat(export.programs()).hasSize(32);
        assertThat(export.diagnostics()).extracting(Diagnostic::code).containsExactly("ExportSiemensSeveralPrograms");
        assertThat(export.programs().subList(0, 8)).extracting(ConsoleProgram::name).containsExactly(
                "Localizer", "T1w", "T2w", "DWI_non-ZOOMit", "GRE-MT1", "GRE-MT0", "GRE-T1w", "GRE-ME");
        assertThat(export.programs().get(0).byKey("EdfProgram")).isPresent();
        assertThat(export.programs().subList(0, 8)).extracting(p -> p.byKey("EdfProgram").orElseThrow().value())
                .containsOnly(export.programs().get(0).byKey("EdfProgram").orElseThrow().value());
    }

    @Test
    void exar1_xa61_uses_the_xa_words_and_agrees_with_its_printout() {
        ConsoleExport export = read(SpineGeneric.XA61 + ".exar1");
        assertThat(export.diagnostics()).isEmpty();
        assertThat(export.programs()).extracting(ConsoleProgram::name).containsExactly(
                "Localizer", "T1w", "T2w", "DWI", "GRE-ME", "GRE-T1w", "GRE-MT1", "GRE-MT0");
        // XA61 printout: "Flip Angle 9 deg", "FOV Read 320 mm", "Acceleration Factor PE 2"
        assertThat(value(export, "T1w", "Flip Angle")).isEqualTo("9 deg");
        assertThat(value(export, "T1w", "FOV Read")).isEqualTo("320 mm");
        assertThat(value(export, "T1w", "Acceleration Factor PE")).isEqualTo("2");
        assertThat(value(export, "T1w", "Multi-Slice Mode")).isEqualTo("Single Shot");
        assertThat(value(export, "T1w", "Distortion Correction")).isEqualTo("3D");

        ExportAgreement a = ExportAgreement.of(export, read(SpineGeneric.XA61 + ".pdf"));
        assertThat(a.printed()).isEqualTo(1039);
        assertThat(a.read()).isEqualTo(315); // 288 + the DWI 'Averages 1', 'Averages 2' + the SPACE T2w turbo factor (XA61 sequence "space") + 8 'Fat-Water Contrast' + DWI 'Fat Saturation' + Physio + five 3D 'Elliptical Scanning Off' (issue 12)
        assertThat(a.disagreements()).isEmpty();
    }

    @Test
    void a_spair_fat_suppression_shows_its_mode_in_each_software_s_words() {
        // E11 printout, DWI_no-ZOOMit: "Fat suppr. SPAIR", "Fat sat. mode Strong" (sPrepPulses.ucFatSatMode 2);
        // T1w "Fat suppr. None" and no mode, although its protocol also holds ucFatSatMode 2
        ConsoleExport e11 = read(SpineGeneric.VE11C + ".exar1");
        assertThat(value(e11, "DWI_no-ZOOMit", "Fat suppr.")).isEqualTo("SPAIR");
        assertThat(value(e11, "DWI_no-ZOOMit", "Fat sat. mode")).isEqualTo("Strong");
        assertThat(e11.program("T1w").orElseThrow().value("Fat sat. mode")).isEmpty();
        // XA61 printout: "Fat-Water Contrast SPAIR" and "Fat Saturation Weak" on the DWI (sPrepPulses.lFatWaterContrast
        // 4096, ucFatSatMode 1, protocol DWI_ES192_TE72_SPAIRweak), "Fat-Water Contrast Standard" (1) elsewhere
        ConsoleExport xa = read(SpineGeneric.XA61 + ".exar1");
        assertThat(value(xa, "DWI", "Fat-Water Contrast")).isEqualTo("SPAIR");
        assertThat(value(xa, "DWI", "Fat Saturation")).isEqualTo("Weak");
        assertThat(value(xa, "T2w", "Fat-Water Contrast")).isEqualTo("Standard");
        assertThat(xa.program("T2w").orElseThrow().value("Fat Saturation")).isEmpty();
        assertThat(xa.program("DWI").orElseThrow().value("Fat-Water Contrast").orElseThrow().key())
                .isEqualTo("sPrepPulses.lFatWaterContrast");
    }

    @Test
    void edx_b17_is_read_through_its_zlib_text_and_agrees_with_its_printout_but_one_value() {
        ConsoleExport export = read(SpineGeneric.VB17 + ".edx");

        assertThat(export.format()).isEqualTo(ExportFormat.SIEMENS_EDX);
        assertThat(export.diagnostics()).isEmpty();
        // names are UTF-7 in the file: "DWI+AF8-b0" is DWI_b0
        assertThat(export.programs()).extracting(ConsoleProgram::name).containsExactly(
                "Localizer", "T1w", "T2w", "DWI_b0", "DWI", "GRE-MT1", "GRE-MT0", "GRE-T1w", "GRE-ME");
        assertThat(value(export, "T1w", "TR")).isEqualTo(value(read(SpineGeneric.VE11C + ".exar1"), "T1w", "TR"));
        assertThat(export.program("DWI").orElseThrow().notRead())
                .containsExactly("sPrepPulses.ucFatSat (code 2 not seen on a printout)");

        ExportAgreement a = ExportAgreement.of(export, read(SpineGeneric.VB17 + ".pdf"));
        assertThat(a.printed()).isEqualTo(1025);
        assertThat(a.read()).isEqualTo(370); // 353 + Physio '1st Signal/Mode' and the DWI triggering + 'Elliptical scanning Off' on the four 3D programs the B17 printout lists it for (issue 12)
        // sKSpace.dPhaseResolution = 1.0125 in the B17 T2w protocol, printed "Phase resolution 100 %"
        assertThat(a.disagreements()).isEqualTo(List.of("T2w / Phase resolution: export 101.25 %, printout 100 %"));
    }
}
