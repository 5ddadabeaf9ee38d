package io.github.diapason.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.model.FunctionalRun;
import io.github.diapason.model.LocalizedText;
import io.github.diapason.model.Orientation;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Technique;
import io.github.diapason.model.Tolerance;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Neutral → vendor → neutral for random valid protocols on the three vendors at 1.5 T and 3 T.
 * "Valid" means values a harmonised study would prescribe (common matrices and thicknesses) with
 * the tolerances such studies accept; GE's discrete receiver bandwidths (vendors.md section 2)
 * are why the bandwidth tolerance is 15 %. Values are in canonical units, so the tolerance is
 * computed here independently of the adapter code.
 */
class RoundTripPropertiesTest {

    private static final double EPS = 1e-9;

    @Property(tries = 400)
    void neutralToVendorToNeutralStaysWithinTolerance(@ForAll("sequences") Sequence sequence,
                                                      @ForAll("vendors") String vendor,
                                                      @ForAll("fieldStrengths") double tesla) {
        ScannerPeriod scanner = Fixtures.scanner(vendor, tesla);
        VendorSequence translated = translate(vendor, scanner, sequence);
        NeutralValues back = Fixtures.adapter(vendor).backTranslate(translated, scanner);
        NeutralValues asked = NeutralValues.requestedBy(sequence);
        sequence.parameters().forEach((name, spec) -> {
            if (name.isCoded() || !back.has(name)) {
                return;
            }
            for (int k = 0; k < asked.all(name).size(); k++) {
                double requested = asked.all(name).get(k);
                double achieved = back.all(name).get(k);
                double allowed = spec.tolerance() == null ? 0 : spec.tolerance().allowedDeviation(requested);
                assertThat(Math.abs(achieved - requested)).as("%s on %s at %s T: asked %s, got %s", name, vendor, tesla,
                        requested, achieved).isLessThanOrEqualTo(allowed + EPS * Math.max(1, requested));
            }
        });
        assertThat(translated.diagnostics()).noneMatch(d -> d.isError());
    }

    @Property(tries = 200)
    void everyDeviationOfTheBackTranslationIsListedAsAnApproximation(@ForAll("sequences") Sequence sequence,
                                                                      @ForAll("vendors") String vendor,
                                                                      @ForAll("fieldStrengths") double tesla) {
        ScannerPeriod scanner = Fixtures.scanner(vendor, tesla);
        VendorSequence translated = translate(vendor, scanner, sequence);
        NeutralValues back = Fixtures.adapter(vendor).backTranslate(translated, scanner);
        NeutralValues asked = NeutralValues.requestedBy(sequence);
        sequence.parameters().keySet().stream().filter(n -> !n.isCoded() && back.has(n)).forEach(name -> {
            double requested = asked.all(name).get(0);
            double achieved = back.all(name).get(0);
            boolean listed = translated.approximations().stream().anyMatch(a -> a.parameter() == name
                    && Math.abs(a.achieved() - achieved) <= EPS * Math.max(1, achieved)
                    && Math.abs(a.requested() - requested) <= EPS * Math.max(1, requested));
            assertThat(listed || Math.abs(achieved - requested) <= EPS * Math.max(1, requested))
                    .as("%s on %s: asked %s, got %s, approximations %s", name, vendor, requested, achieved,
                            translated.approximations()).isTrue();
        });
    }

    @Property(tries = 200)
    void phaseEncodingDirectionSurvivesOnSiemensAndOnPhilipsEpi(@ForAll("sequences") Sequence sequence,
                                                               @ForAll("polarityVendors") String vendor) {
        // a Philips card gives the polarity through the fat shift direction of an EPI only: elsewhere the fat shift
        // runs along the readout (PhilipsFatShiftTest)
        Assume.that(vendor.equals("siemens") || sequence.technique().isEpi());
        ScannerPeriod scanner = Fixtures.scanner(vendor, 3);
        NeutralValues back = Fixtures.adapter(vendor).backTranslate(translate(vendor, scanner, sequence), scanner);
        assertThat(back.code(ParameterName.PhaseEncodingDirection))
                .isEqualTo(NeutralValues.requestedBy(sequence).code(ParameterName.PhaseEncodingDirection));
    }

    @Property(tries = 100)
    void fatSuppressionSurvivesOnEveryVendor(@ForAll("sequences") Sequence sequence, @ForAll("vendors") String vendor) {
        ScannerPeriod scanner = Fixtures.scanner(vendor, 3);
        NeutralValues back = Fixtures.adapter(vendor).backTranslate(translate(vendor, scanner, sequence), scanner);
        // no fat-suppression line (GE prints none when none is programmed) reads back as none
        assertThat(back.code(ParameterName.FatSuppression).orElse("none"))
                .isEqualTo(NeutralValues.requestedBy(sequence).code(ParameterName.FatSuppression).orElse("none"));
    }

    @Provide
    Arbitrary<String> polarityVendors() {
        return Arbitraries.of("siemens", "philips");
    }

    private static VendorSequence translate(String vendor, ScannerPeriod scanner, Sequence sequence) {
        return Fixtures.adapter(vendor).translate(sequence, scanner, SourceLocation.NONE).value().orElseThrow();
    }

    @Provide
    Arbitrary<String> vendors() {
        return Arbitraries.of("siemens", "ge", "philips");
    }

    @Provide
    Arbitrary<Double> fieldStrengths() {
        return Arbitraries.of(1.5, 3.0);
    }

    @Provide
    Arbitrary<Sequence> sequences() {
        return Arbitraries.of(Technique.TSE_2D, Technique.T1_3D_IR_GRE, Technique.GRE_3D, Technique.BOLD_EPI)
                .flatMap(t -> Combinators.combine(geometry(t), timing(t), acceleration(t),
                                Arbitraries.of(Orientation.AXIAL, Orientation.SAGITTAL, Orientation.CORONAL),
                                Arbitraries.of("i", "i-", "j", "j-"),
                                Arbitraries.of(ParameterName.FatSuppression.codes()))
                        .as((g, ti, a, orientation, pe, fat) -> {
                            Map<ParameterName, ParameterSpec> p = new EnumMap<>(ParameterName.class);
                            p.putAll(g);
                            p.putAll(ti);
                            p.putAll(a);
                            p.put(ParameterName.PhaseEncodingDirection, ParameterSpec.code(pe));
                            p.put(ParameterName.FatSuppression, ParameterSpec.code(fat));
                            FunctionalRun run = t == Technique.BOLD_EPI ? new FunctionalRun("rest", 200, 4) : null;
                            return new Sequence("s-" + t.id(), LocalizedText.of(t.id()), t, true, false, orientation,
                                    null, null, null, p, null, run, List.of(), null, null, null, null, null, null, null, null, null);
                        }));
    }

    private static ParameterSpec spec(double value, String unit, Double absolute, Double percent) {
        return ParameterSpec.of(value, unit).withTolerance(new Tolerance(absolute, percent));
    }

    private static Arbitrary<Map<ParameterName, ParameterSpec>> geometry(Technique t) {
        boolean epi = t.isEpi();
        boolean twoD = t == Technique.TSE_2D || epi;
        Arbitrary<Integer> read = epi ? Arbitraries.integers().between(32, 64).map(k -> 2 * k)
                : Arbitraries.integers().between(4, 12).map(k -> 32 * k);
        return Combinators.combine(
                Arbitraries.integers().between(180, 260),
                Arbitraries.of(0.75, 0.8, 0.875, 1.0),
                read,
                Arbitraries.of(0.75, 0.8, 0.9, 1.0),
                Arbitraries.of(1.0, 1.2, 2.0, 2.5, 3.0, 4.0, 5.0),
                Arbitraries.of(0.0, 0.1, 0.2, 0.25, 0.3),
                Arbitraries.integers().between(20, 200)
        ).as((fov, phaseFraction, matrix, resolution, thickness, gapFraction, slices) -> {
            Map<ParameterName, ParameterSpec> p = new EnumMap<>(ParameterName.class);
            p.put(ParameterName.FieldOfViewRead, spec(fov, "mm", 1.0, null));
            p.put(ParameterName.FieldOfViewPhase, spec(fov * phaseFraction, "mm", null, 3.0));
            p.put(ParameterName.AcquisitionMatrixRead, spec(matrix, "count", 0.0, null));
            p.put(ParameterName.AcquisitionMatrixPhase, spec(Math.round(matrix * phaseFraction * resolution), "count", null, 3.0));
            p.put(ParameterName.SliceThickness, spec(thickness, "mm", 0.05, null));
            if (twoD) {
                p.put(ParameterName.SliceGap, spec(thickness * gapFraction, "mm", 0.05, null));
            }
            p.put(ParameterName.NumberOfSlices, spec(slices, "count", 0.0, null));
            return p;
        });
    }

    private static Arbitrary<Map<ParameterName, ParameterSpec>> timing(Technique t) {
        boolean epi = t.isEpi();
        return Combinators.combine(
                Arbitraries.doubles().between(epi ? 500 : 5, 5000).ofScale(1),
                Arbitraries.doubles().between(1.5, 120).ofScale(2),
                Arbitraries.integers().between(5, 90),
                epi ? Arbitraries.integers().between(1200, 2500) : Arbitraries.integers().between(100, 800),
                Arbitraries.integers().between(600, 1200),
                Arbitraries.integers().between(4, 32)
        ).as((tr, te, flip, bandwidth, ti, etl) -> {
            Map<ParameterName, ParameterSpec> p = new EnumMap<>(ParameterName.class);
            p.put(ParameterName.RepetitionTime, spec(tr, "ms", null, 1.0));
            p.put(ParameterName.EchoTime, spec(te, "ms", 0.1, null));
            p.put(ParameterName.FlipAngle, spec(flip, "deg", 1.0, null));
            p.put(ParameterName.PixelBandwidth, spec(bandwidth, "Hz/px", null, 15.0));
            if (t == Technique.T1_3D_IR_GRE) {
                p.put(ParameterName.InversionTime, spec(ti, "ms", 1.0, null));
            }
            if (t == Technique.TSE_2D) {
                p.put(ParameterName.EchoTrainLength, spec(etl, "count", 0.0, null));
            }
            return p;
        });
    }

    private static Arbitrary<Map<ParameterName, ParameterSpec>> acceleration(Technique t) {
        return Combinators.combine(
                Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(1, 4),
                Arbitraries.of(0.75, 1.0),
                Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(50, 500)
        ).as((r, averages, partialFourier, multiband, volumes) -> {
            Map<ParameterName, ParameterSpec> p = new EnumMap<>(ParameterName.class);
            p.put(ParameterName.ParallelReductionFactorInPlane, spec(r, "count", 0.0, null));
            p.put(ParameterName.PartialFourier, spec(partialFourier, "1", 0.01, null));
            if (t.isEpi()) {
                p.put(ParameterName.MultibandAccelerationFactor, spec(multiband, "count", 0.0, null));
                p.put(ParameterName.NumberOfVolumes, spec(volumes, "count", 0.0, null));
            } else {
                // GE shows averages and partial Fourier as one NEX: a valid protocol uses one or the other
                p.put(ParameterName.NumberOfAverages, spec(partialFourier < 1 ? 1 : averages, "count", 0.0, null));
            }
            return p;
        });
    }
}
