package io.github.diapason.vendor;

import static io.github.diapason.vendor.Fixtures.seq;
import static io.github.diapason.vendor.Fixtures.shown;
import static io.github.diapason.vendor.Fixtures.translate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.model.Orientation;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Technique;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** ADNI3 on a Siemens Prisma (VE11), vendors.md section 7: the published console values. */
class Adni3SiemensGoldenTest {

    /** Sagittal accelerated MPRAGE: 208 x 1.0 mm, 256 x 240 in-plane at 1.0 mm. */
    static Sequence mprage() {
        return seq("t1-mprage", Technique.T1_3D_IR_GRE).orientation(Orientation.SAGITTAL)
                .p(ParameterName.NumberOfSlices, 208, "count")
                .p(ParameterName.SliceThickness, 1.0, "mm")
                .p(ParameterName.FieldOfViewRead, 256, "mm")
                .p(ParameterName.FieldOfViewPhase, 240, "mm")
                .p(ParameterName.VoxelSizeRead, 1.0, "mm")
                .p(ParameterName.VoxelSizePhase, 1.0, "mm")
                .p(ParameterName.RepetitionTime, 2300, "ms")
                .p(ParameterName.EchoTime, 2.98, "ms")
                .p(ParameterName.InversionTime, 900, "ms")
                .p(ParameterName.FlipAngle, 9, "deg")
                .p(ParameterName.ParallelReductionFactorInPlane, 2, "count")
                .p(ParameterName.ParallelReferenceLines, 32, "count")
                .p(ParameterName.PixelBandwidth, 240, "Hz/px")
                .build();
    }

    @Nested
    class Mprage {
        private final VendorSequence s = translate("siemens", 3, mprage());

        @Test
        void showsFovPhaseAsNinetyThreePointEightPercent() {
            assertThat(shown(s, "FoV phase")).isEqualTo("93.8");
            assertThat(s.parameter("FoV phase").orElseThrow().unit()).isEqualTo("%");
        }

        @Test
        void keepsFullPhaseResolutionOnTheBaseMatrix() {
            assertThat(shown(s, "Base resolution")).isEqualTo("256");
            assertThat(shown(s, "Phase resolution")).isEqualTo("100");
        }

        @Test
        void printsTimingAndContrastAtConsolePrecision() {
            assertThat(shown(s, "TR")).isEqualTo("2300.0");
            assertThat(shown(s, "TE")).isEqualTo("2.98");
            assertThat(shown(s, "TI")).isEqualTo("900");
            assertThat(shown(s, "Flip angle")).isEqualTo("9");
            assertThat(shown(s, "Slices per slab")).isEqualTo("208");
        }

        @Test
        void setsGrappaTwoWithThirtyTwoReferenceLines() {
            assertThat(shown(s, "PAT mode")).isEqualTo("GRAPPA");
            assertThat(shown(s, "Accel. factor PE")).isEqualTo("2");
            assertThat(shown(s, "Ref. lines PE")).isEqualTo("32");
            assertThat(s.card("Resolution - iPAT").orElseThrow().parameter("PAT mode")).isPresent();
        }

        @Test
        void setsBandwidth240HzPerPixel() {
            assertThat(shown(s, "Bandwidth")).isEqualTo("240");
            assertThat(s.parameter("Bandwidth").orElseThrow().unit()).isEqualTo("Hz/Px");
        }

        @Test
        void takesFiveTwelveFrom136LinesOf2300ms() {
            assertThat(s.acquisitionTime().seconds()).isCloseTo(312.8, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(s.acquisitionTime().display()).isEqualTo("5:12");
        }

        @Test
        void needsNoApproximation() {
            assertThat(s.approximations()).isEmpty();
            assertThat(s.diagnostics()).isEmpty();
        }
    }

    @Nested
    class Flair {
        private final VendorSequence s = translate("siemens", 3,
                seq("flair-3d", Technique.FLAIR_3D).orientation(Orientation.SAGITTAL)
                        .p(ParameterName.NumberOfSlices, 160, "count")
                        .p(ParameterName.SliceThickness, 1.2, "mm")
                        .p(ParameterName.FieldOfViewRead, 256, "mm")
                        .p(ParameterName.AcquisitionMatrixRead, 256, "count")
                        .p(ParameterName.RepetitionTime, 4800, "ms")
                        .p(ParameterName.EchoTime, 441, "ms")
                        .p(ParameterName.InversionTime, 1650, "ms")
                        .p(ParameterName.ParallelReductionFactorInPlane, 3, "count")
                        .p(ParameterName.PixelBandwidth, 849, "Hz/px")
                        .p(ParameterName.EchoTrainLength, 243, "count")
                        .build());

        @Test
        void reproducesThePublishedSpaceFlairValues() {
            assertThat(s.productName()).contains("SPACE");
            assertThat(shown(s, "Slices per slab")).isEqualTo("160");
            assertThat(shown(s, "Slice thickness")).isEqualTo("1.20");
            assertThat(shown(s, "TR")).isEqualTo("4800.0");
            assertThat(shown(s, "TE")).isEqualTo("441.00");
            assertThat(shown(s, "TI")).isEqualTo("1650");
            assertThat(shown(s, "Accel. factor PE")).isEqualTo("3");
            assertThat(shown(s, "Bandwidth")).isEqualTo("849");
            assertThat(shown(s, "Turbo factor")).isEqualTo("243");
        }
    }

    @Nested
    class GreFieldMap {
        private final VendorSequence s = translate("siemens", 3,
                seq("fmap-gre", Technique.GRE_FIELDMAP)
                        .p(ParameterName.NumberOfSlices, 54, "count")
                        .p(ParameterName.SliceThickness, 3.0, "mm")
                        .p(ParameterName.SliceGap, 0.75, "mm")
                        .p(ParameterName.RepetitionTime, 571, "ms")
                        .echoes("ms", 4.92, 7.38)
                        .p(ParameterName.FlipAngle, 60, "deg")
                        .p(ParameterName.PixelBandwidth, 301, "Hz/px")
                        .build());

        @Test
        void showsTheGapAsDistFactorTwentyFivePercent() {
            assertThat(shown(s, "Dist. factor")).isEqualTo("25");
            assertThat(shown(s, "Slices")).isEqualTo("54");
        }

        @Test
        void listsBothEchoTimes() {
            assertThat(shown(s, "TE 1")).isEqualTo("4.92");
            assertThat(shown(s, "TE 2")).isEqualTo("7.38");
        }

        @Test
        void readsBothEchoesAndTheGapBack() {
            NeutralValues back = Fixtures.adapter("siemens").backTranslate(s, Fixtures.scanner("siemens", 3));
            assertThat(back.all(ParameterName.EchoTime)).containsExactly(4.92, 7.38);
            assertThat(back.get(ParameterName.SliceGap)).contains(0.75);
        }

        @Test
        void setsFlipAndBandwidth() {
            assertThat(shown(s, "Flip angle")).isEqualTo("60");
            assertThat(shown(s, "Bandwidth")).isEqualTo("301");
        }
    }
}
