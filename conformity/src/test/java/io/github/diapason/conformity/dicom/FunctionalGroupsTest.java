package io.github.diapason.conformity.dicom;

import io.github.diapason.conformity.dicom.DicomTestWriter.Ds;
import io.github.diapason.conformity.dicom.DicomTestWriter.Syntax;
import org.junit.jupiter.api.Test;

import static io.github.diapason.conformity.dicom.FunctionalGroups.*;
import static org.assertj.core.api.Assertions.assertThat;

class FunctionalGroupsTest {

    private static FunctionalGroups enhancedDiffusion() {
        Ds shared = Ds.of()
                .sq(MR_TIMING_AND_RELATED_PARAMETERS, Ds.of().fd(REPETITION_TIME, 3200.0).fd(FLIP_ANGLE, 90.0))
                .sq(MR_ECHO, Ds.of().fd(EFFECTIVE_ECHO_TIME, 89.0))
                .sq(MR_IMAGING_MODIFIER, Ds.of().fd(PIXEL_BANDWIDTH, 1860.0))
                .sq(PIXEL_MEASURES, Ds.of().text(PIXEL_SPACING, Vr.DS, "2\\2").text(SLICE_THICKNESS, Vr.DS, "2"));
        Ds frame0 = Ds.of().sq(MR_DIFFUSION, Ds.of().fd(DIFFUSION_B_VALUE, 0.0));
        Ds frame1 = Ds.of().sq(MR_DIFFUSION, Ds.of().fd(DIFFUSION_B_VALUE, 1000.0)
                .sq(DIFFUSION_GRADIENT_DIRECTION_SEQUENCE, Ds.of().fd(DIFFUSION_GRADIENT_ORIENTATION, 1, 0, 0)));
        Ds frame2 = Ds.of().sq(MR_DIFFUSION, Ds.of().fd(DIFFUSION_B_VALUE, 1000.0))
                .sq(MR_ECHO, Ds.of().fd(EFFECTIVE_ECHO_TIME, 95.0));
        byte[] file = DicomTestWriter.part10(Syntax.EXPLICIT_LE, Ds.of().sq(SHARED, shared).sq(PER_FRAME, frame0, frame1, frame2));
        return FunctionalGroups.of(new DicomReader().read(file, "enhanced.dcm").value().orElseThrow().dataset());
    }

    @Test
    void a_frame_without_its_own_macro_takes_the_shared_value_and_its_path() {
        Found tr = enhancedDiffusion().find(0, MR_TIMING_AND_RELATED_PARAMETERS, REPETITION_TIME).orElseThrow();

        assertThat(tr.element().number()).contains(3200.0);
        assertThat(tr.path()).isEqualTo("(5200,9229)[0]/(0018,9112)[0]/(0018,0080)");
    }

    @Test
    void a_frame_macro_overrides_the_shared_one() {
        Found te = enhancedDiffusion().find(2, MR_ECHO, EFFECTIVE_ECHO_TIME).orElseThrow();

        assertThat(te.element().number()).contains(95.0);
        assertThat(te.path()).isEqualTo("(5200,9230)[2]/(0018,9114)[0]/(0018,9082)");
    }

    @Test
    void distinct_values_over_frames_give_b_values_and_echo_times() {
        FunctionalGroups fg = enhancedDiffusion();

        assertThat(fg.frameCount()).isEqualTo(3);
        assertThat(fg.distinctNumbers(MR_DIFFUSION, DIFFUSION_B_VALUE)).containsExactly(0.0, 1000.0);
        assertThat(fg.distinctNumbers(MR_ECHO, EFFECTIVE_ECHO_TIME)).containsExactly(89.0, 95.0);
        assertThat(fg.shared(MR_IMAGING_MODIFIER, PIXEL_BANDWIDTH).orElseThrow().element().number()).contains(1860.0);
        assertThat(fg.shared(PIXEL_MEASURES, PIXEL_SPACING).orElseThrow().element().doubles()).containsExactly(2.0, 2.0);
    }

    @Test
    void a_classic_data_set_has_no_functional_groups() {
        assertThat(FunctionalGroups.of(DicomDataset.EMPTY).isPresent()).isFalse();
    }
}
