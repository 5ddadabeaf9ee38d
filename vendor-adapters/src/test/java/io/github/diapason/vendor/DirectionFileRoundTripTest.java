package io.github.diapason.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.DiffusionScheme;
import io.github.diapason.model.GradientVector;
import io.github.diapason.model.Shell;
import io.github.diapason.vendor.diffusion.DirectionFile;
import io.github.diapason.vendor.diffusion.GeTensorFile;
import io.github.diapason.vendor.diffusion.PhilipsVectorFile;
import io.github.diapason.vendor.diffusion.SiemensDvsFile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** vendors.md section 6: each vendor's direction file written from the neutral b-table and read back. */
class DirectionFileRoundTripTest {

    static final DiffusionScheme TWO_SHELLS = new DiffusionScheme(List.of(), List.of(
            new GradientVector(0, 0, 0, 0),
            new GradientVector(1, 0, 0, 1000),
            new GradientVector(0, 1, 0, 1000),
            new GradientVector(0.6, 0.0, 0.8, 1000),
            new GradientVector(0, 0, 1, 2000),
            new GradientVector(0.48, 0.6, -0.64, 2000)), null);

    static DirectionFile format(String vendor) {
        return Fixtures.adapter(vendor).directionFile();
    }

    private static void assertSameTable(List<GradientVector> read, List<GradientVector> expected) {
        assertThat(read).hasSameSizeAs(expected);
        for (int k = 0; k < expected.size(); k++) {
            GradientVector r = read.get(k);
            GradientVector e = expected.get(k);
            assertThat(r.bValue()).as("b of %d", k).isCloseTo(e.bValue(), within(1e-6));
            assertThat(new double[] {r.x(), r.y(), r.z()}).as("direction %d", k)
                    .containsExactly(new double[] {e.x(), e.y(), e.z()}, within(1e-5));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"siemens", "philips"})
    void roundTripsEveryVolumeIncludingBZero(String vendor) {
        String text = format(vendor).write(TWO_SHELLS).value().orElseThrow();
        assertSameTable(format(vendor).read(text, 2000).value().orElseThrow(), TWO_SHELLS.vectors());
    }

    @Test
    void geRoundTripsTheWeightedVolumesAndLeavesBZeroToTheConsole() {
        String text = new GeTensorFile().write(TWO_SHELLS).value().orElseThrow();
        assertSameTable(new GeTensorFile().read(text, 2000).value().orElseThrow(), TWO_SHELLS.vectors().subList(1, 6));
    }

    @Test
    void siemensEncodesLowerShellsAsShorterVectors() {
        String text = new SiemensDvsFile().write(TWO_SHELLS).value().orElseThrow();
        assertThat(text).contains("[directions=6]", "CoordinateSystem = xyz", "Normalisation = none",
                "Vector[0] = ( 0.000000, 0.000000, 0.000000 )", "Vector[1] = ( 0.707107, 0.000000, 0.000000 )",
                "Vector[4] = ( 0.000000, 0.000000, 1.000000 )");
    }

    @Test
    void philipsListsBZeroFirstWithTheBValueInTheFourthColumn() {
        DiffusionScheme zeroLast = new DiffusionScheme(List.of(), List.of(new GradientVector(1, 0, 0, 1000),
                new GradientVector(0, 0, 0, 0)), null);
        String text = new PhilipsVectorFile().write(zeroLast).value().orElseThrow();
        assertThat(text.lines().toList()).containsExactly("Diapason b-table", "0.000000 0.000000 0.000000 0",
                "1.000000 0.000000 0.000000 1000");
    }

    @Test
    void geStartsTheBlockWithTheDirectionCount() {
        String text = new GeTensorFile().write(TWO_SHELLS).value().orElseThrow();
        assertThat(text.lines().filter(l -> !l.startsWith("#")).findFirst()).contains("5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"siemens", "ge", "philips"})
    void generatesUnitDirectionsWithANoteWhenOnlyShellsAreGiven(String vendor) {
        DiffusionScheme shells = new DiffusionScheme(List.of(new Shell(0, 1, null), new Shell(1000, 30, null)), List.of(), null);
        Validated<String> file = format(vendor).write(shells);
        assertThat(file.diagnostics()).extracting(d -> d.code()).containsExactly("DiffusionDirectionsGenerated");
        List<GradientVector> read = format(vendor).read(file.value().orElseThrow(), 1000).value().orElseThrow();
        assertThat(read.stream().filter(v -> v.bValue() > 0)).hasSize(30)
                .allSatisfy(v -> assertThat(v.x() * v.x() + v.y() * v.y() + v.z() * v.z()).isCloseTo(1, within(1e-6)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"siemens", "ge", "philips"})
    void malformedFileGivesADiagnosticNotAnException(String vendor) {
        Validated<List<GradientVector>> read = format(vendor).read("3\n[directions=2]\nVector[0] = ( a, b )\n1 2\n", 1000);
        assertThat(read.value()).isEmpty();
        assertThat(read.diagnostics()).isNotEmpty().allSatisfy(d -> assertThat(d.code()).isEqualTo("DiffusionFileMalformed"));
    }
}
