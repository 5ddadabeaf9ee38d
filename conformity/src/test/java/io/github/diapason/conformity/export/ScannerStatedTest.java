package io.github.diapason.conformity.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The scanner model and software each spine-generic export states, as qualification compares them with the site file. */
class ScannerStatedTest {

    @Test
    void exar1_states_the_software_of_its_branch_baseline() {
        // Branch.Baseline "N4_VE11C_LATEST_20160120" and "MAJORVERSION:VA61A, PROTOCOL:66110001, ..."
        assertThat(SpineGeneric.read(SpineGeneric.VE11C + ".exar1").software()).isEqualTo("VE11C");
        assertThat(SpineGeneric.read(SpineGeneric.XA61 + ".exar1").software()).isEqualTo("VA61A");
        assertThat(SpineGeneric.read(SpineGeneric.XA61 + ".exar1").model()).isEmpty();
    }

    @Test
    void examcard_states_its_software_stream() {
        ConsoleExport export = SpineGeneric.read(SpineGeneric.PHILIPS + ".ExamCard");
        assertThat(export.software()).isEqualTo("5.3.1.0");
        assertThat(export.model()).isEmpty();
    }

    @Test
    void printouts_state_what_their_letterhead_names() {
        ConsoleExport ve = SpineGeneric.read(SpineGeneric.VE11C + ".pdf");
        assertThat(ve.model()).isEqualTo("Prisma_fit");
        assertThat(ve.software()).isEmpty();
        ConsoleExport xa = SpineGeneric.read(SpineGeneric.XA61 + ".pdf");
        assertThat(xa.model()).isEqualTo("3.0T X60");
        assertThat(xa.software()).isEqualTo("VA61A");
        assertThat(SpineGeneric.read(SpineGeneric.PHILIPS + ".pdf").software()).isEqualTo("5.3.1.0");
        ConsoleExport ge = SpineGeneric.read(SpineGeneric.GE_PDF);
        assertThat(ge.model()).isEmpty();
        assertThat(ge.software()).isEmpty();
    }

    @Test
    void a_ge_protocol_tar_states_no_scanner() {
        ConsoleExport export = SpineGeneric.read(SpineGeneric.GE_TAR);
        assertThat(export.model()).isEmpty();
        assertThat(export.software()).isEmpty();
    }
}
