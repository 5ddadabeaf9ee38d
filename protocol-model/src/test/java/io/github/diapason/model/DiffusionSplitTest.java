package io.github.diapason.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A diffusion scheme split into several series (diffusion.series): its parts and the sequences they become. */
class DiffusionSplitTest {

    private static final GradientVector B0 = new GradientVector(0, 0, 0, 0);

    private static GradientVector v(double x, double b) {
        return new GradientVector(x, Math.sqrt(1 - x * x), 0, b);
    }

    @Test
    void aTableSplitsIntoConsecutiveRunsTheFirstPartsTakingTheRemainder() {
        List<GradientVector> table = List.of(B0, v(1, 1000), v(0.5, 1000), B0, v(0, 2000), v(0.2, 2000), v(0.7, 2000));
        List<DiffusionScheme> parts = new DiffusionScheme(List.of(), table, null, 2).parts();
        assertThat(parts).extracting(DiffusionScheme::volumeCount).containsExactly(4, 3);
        assertThat(parts.get(0).vectors()).isEqualTo(table.subList(0, 4));
        assertThat(parts.get(1).vectors()).isEqualTo(table.subList(4, 7));
        assertThat(parts).allSatisfy(p -> assertThat(p.seriesCount()).isEqualTo(1));
    }

    @Test
    void aTableWithShellsGivesEachPartTheShellsOfItsOwnVectors() {
        List<GradientVector> table = List.of(B0, v(1, 1000), v(0.5, 1000), B0, v(0, 2000), v(0.2, 2000));
        DiffusionScheme scheme = new DiffusionScheme(List.of(new Shell(0, 2, null), new Shell(1000, 2, null),
                new Shell(2000, 2, null)), table, null, 2);
        List<DiffusionScheme> parts = scheme.parts();
        assertThat(parts.get(0).shells()).containsExactly(new Shell(0, 1, null), new Shell(1000, 2, null));
        assertThat(parts.get(1).shells()).containsExactly(new Shell(0, 1, null), new Shell(2000, 2, null));
    }

    @Test
    void shellsAloneSplitEveryShellSoThePartsAddUpToTheScheme() {
        // ms-cohort: 6 b0 + 30 + 60 in two series
        DiffusionScheme scheme = new DiffusionScheme(List.of(new Shell(0, 6, null), new Shell(1000, 30, null),
                new Shell(2000, 61, null)), List.of(), 10, 2);
        List<DiffusionScheme> parts = scheme.parts();
        assertThat(parts.get(0).shells()).extracting(Shell::directions).containsExactly(3, 15, 31);
        assertThat(parts.get(1).shells()).extracting(Shell::directions).containsExactly(3, 15, 30);
        assertThat(parts.stream().mapToInt(DiffusionScheme::volumeCount).sum()).isEqualTo(scheme.volumeCount());
        assertThat(parts).allSatisfy(p -> assertThat(p.b0Interleave()).isEqualTo(10));
    }

    @Test
    void anUnsplitSchemeIsItsOwnOnlyPart() {
        DiffusionScheme scheme = new DiffusionScheme(List.of(new Shell(0, 1, null), new Shell(1000, 30, null)), List.of(), null);
        assertThat(scheme.parts()).containsExactly(scheme);
    }

    @Test
    void eachPartIsASequenceNamedAfterItsSeriesNumber() {
        Sequence dwi = new Sequence("dwi", new LocalizedText(Map.of("en", "DWI", "fr", "Diffusion")), Technique.DIFFUSION_EPI,
                true, false, null, null, null, "dwi_dir-AP", Map.of(), new DiffusionScheme(List.of(new Shell(0, 2, null),
                new Shell(1000, 30, null)), List.of(), null, 2), null, null, null, null, null, null, null, null, null, null, null);
        List<Sequence> parts = dwi.diffusionParts();
        assertThat(parts).extracting(Sequence::id).containsExactly("dwi-part1", "dwi-part2");
        assertThat(parts).extracting(Sequence::seriesName).containsExactly("dwi_dir-AP_run-1", "dwi_dir-AP_run-2");
        assertThat(parts.get(1).name().in("fr")).isEqualTo("Diffusion (2/2)");
        assertThat(parts).extracting(p -> p.diffusion().volumeCount()).containsExactly(16, 16);
        assertThat(dwi.withSeriesName("DTI").diffusionParts()).extracting(Sequence::seriesName).containsExactly("DTI_1", "DTI_2");
    }
}
