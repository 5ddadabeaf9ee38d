package io.github.diapason.conformity.export;

import static io.github.diapason.conformity.export.SpineGeneric.read;
import static io.github.diapason.conformity.export.SpineGeneric.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

/** GE protocol.tar (MR750 DV2x) read against the printout of the same protocol. */
class GeExportTest {

    @Test
    void protocol_tar_lists_the_series_of_session_xml_in_order() {
        ConsoleExport export = read(SpineGeneric.GE_TAR);

        // nothing wrong; one note per series names the LxProtocol keys that have no printed label
        assertThat(export.diagnostics()).extracting(Diagnostic::code).containsOnly("ExportKeysWithoutLabel").hasSize(9);
        assertThat(export.diagnostics().get(2).message()).startsWith("'T1w': ").contains("CLINICALCOIL, COIL, HOS");
        assertThat(export.vendor()).isEqualTo("GE");
        assertThat(export.programs()).extracting(ConsoleProgram::name).containsExactly(
                "Localizer", "Cal HNS CTL123", "T1w", "T2w", "DWI", "GRE-MT1", "GRE-MT0", "GRE-T1w", "GRE-ME");
        assertThat(export.programs()).extracting(ConsoleProgram::sequenceType).containsExactly(
                "Spin Echo", "SPGR", "BRAVO", "Cube", "Spin Echo", "SPGR", "SPGR", "SPGR", "MERGE");
    }

    @Test
    void t1w_reads_as_its_printout_shows_it() {
        // printout page 3: Flip Angle 9, TE Minimum, TI 1000, Receiver Bandwidth 142.86, FOV 32.0,
        // Freq 320, Phase 256, Phase FOV 0.80, NEX 1.00, Slice Thickness 1.0, Imaging Options EDR, Fast, IrP, Asset
        ConsoleExport export = read(SpineGeneric.GE_TAR);

        assertThat(value(export, "T1w", "Flip Angle")).isEqualTo("9 deg");
        assertThat(value(export, "T1w", "TE")).isEqualTo("Minimum");
        assertThat(value(export, "T1w", "TI")).isEqualTo("1000 ms");
        assertThat(value(export, "T1w", "Receiver Bandwidth")).isEqualTo("142.86 kHz");
        assertThat(value(export, "T1w", "FOV")).isEqualTo("32.0 cm");
        assertThat(value(export, "T1w", "Freq")).isEqualTo("320");
        assertThat(value(export, "T1w", "Phase")).isEqualTo("256");
        assertThat(value(export, "T1w", "Phase FOV")).isEqualTo("0.80");
        assertThat(value(export, "T1w", "Imaging Options")).isEqualTo("EDR, Fast, IrP, Asset");
        assertThat(value(export, "T2w", "TR")).isEqualTo("2500.0 ms");
        assertThat(value(export, "T2w", "Echo Train Length")).isEqualTo("78");
        // the series' .pn/notes.html, printed under "Protocol Notes"
        assertThat(value(export, "T1w", "Protocol Notes")).isEqualTo("Coil: HNS 35FOV rhimsize: 320 rhrcxres: 320 rhrcyres: 256");
        // a user CV has its console name; keys without a printed label keep the LxProtocol key
        assertThat(value(export, "T1w", "User CV23")).isEqualTo("100.00");
        ConsoleValue phaseAccel = export.program("T1w").orElseThrow().byKey("PHASEACCEL").orElseThrow();
        assertThat(phaseAccel.label()).isEmpty();
        assertThat(phaseAccel.value()).isEqualTo("2.00");
        assertThat(phaseAccel.location().file()).endsWith("protocol.tar!adult_spine_20190130_spine_generic_without_FOCUS_2019013012151030_7/T1w_20190130091913460_4/LxProtocol");
        assertThat(phaseAccel.location().line()).isPositive();
    }

    @Test
    void dwi_fat_saturation_and_diffusion_directions_are_read_under_the_printout_labels() {
        // spine_generic_ge_750_no-FOCUS.pdf, DWI: "Fat/Water Saturation Fat" (LxProtocol SUPPTQ 1),
        // "Diffusion Directions Tensor" (DFAX 16); the other series hold neither key and print neither line
        ConsoleExport export = read(SpineGeneric.GE_TAR);

        assertThat(value(export, "DWI", "Fat/Water Saturation")).isEqualTo("Fat");
        assertThat(value(export, "DWI", "Diffusion Directions")).isEqualTo("Tensor");
        assertThat(export.program("DWI").orElseThrow().value("Diffusion Directions").orElseThrow().key()).isEqualTo("DFAX");
        assertThat(export.program("T2w").orElseThrow().value("Fat/Water Saturation")).isEmpty();
    }

    @Test
    void the_dwi_protocol_holds_its_user_cvs_but_no_phase_encoding_polarity() {
        // GE sets the EPI blip with pepolar, a research CV, not a user CV; a clinical protocol keeps a polarity only
        // through a type-in PSD such as epi2alt (github.com/mr-jaemin/ge-mri, How-to/Diffusion_PSD). The DWI's
        // LxProtocol holds user CVs 5, 9, 16, 17, 18 (USERCV_MASK 459296 = bits 5, 9, 16, 17, 18) and 39, the pulse
        // sequence "Spin Echo" with EPI, DIFF and no HyperBand, and no key naming a PSD file or a polarity.
        ConsoleProgram dwi = read(SpineGeneric.GE_TAR).program("DWI").orElseThrow();

        assertThat(dwi.values()).extracting(ConsoleValue::key).filteredOn(k -> k.startsWith("USERCV"))
                .containsExactly("USERCV5", "USERCV9", "USERCV16", "USERCV17", "USERCV18", "USERCV39", "USERCV_MASK",
                        "USERCV_MASK2");
        assertThat(dwi.byKey("USERCV_MASK").orElseThrow().value()).isEqualTo(Integer.toString(
                (1 << 5) | (1 << 9) | (1 << 16) | (1 << 17) | (1 << 18)));
        assertThat(dwi.values()).extracting(ConsoleValue::key).noneMatch(k -> k.contains("POLAR")
                || k.contains("PSD") && !k.equals("PSDTRIG")); // PSDTRIG is the trigger source, "Internal"
        assertThat(dwi.value("Imaging Options").orElseThrow().value()).isEqualTo("Gat, EDR, EPI, DIFF");
    }

    @Test
    void protocol_tar_agrees_with_its_printout_on_every_value_read() {
        ExportAgreement a = ExportAgreement.of(read(SpineGeneric.GE_TAR), read(SpineGeneric.GE_PDF));

        assertThat(a.unmatchedPrograms()).isEmpty();
        assertThat(a.printed()).isEqualTo(361);
        assertThat(a.read()).isEqualTo(329); // 327 + DWI SUPPTQ and DFAX (issue 12)
        assertThat(a.disagreements()).isEmpty();
    }
}
