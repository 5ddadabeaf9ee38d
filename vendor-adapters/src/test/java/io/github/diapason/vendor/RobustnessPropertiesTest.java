package io.github.diapason.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.DiffusionScheme;
import io.github.diapason.model.Exam;
import io.github.diapason.model.LocalizedText;
import io.github.diapason.model.Orientation;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Shell;
import io.github.diapason.model.Technique;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Bad or partial input gives diagnostics and a parameter set, never an exception (STYLE.md). */
class RobustnessPropertiesTest {

    @Property(tries = 500)
    void anySubsetOfParametersWithAnyValuesTranslatesWithoutThrowing(@ForAll("sequences") Sequence sequence,
                                                                     @ForAll("vendors") String vendor,
                                                                     @ForAll("fieldStrengths") double tesla) {
        Validated<VendorSequence> v = Fixtures.adapter(vendor).translate(sequence, Fixtures.scanner(vendor, tesla),
                SourceLocation.NONE);
        VendorSequence s = v.value().orElseThrow();
        Fixtures.adapter(vendor).backTranslate(s, Fixtures.scanner(vendor, tesla));
        Exam exam = new Exam(null, null, null, null, null, null, List.of(sequence));
        SiteParameterSet set = new SiteTranslator(Fixtures.ADAPTERS).translate(exam, Fixtures.site(List.of(), 64),
                Fixtures.scanner(vendor, tesla), "").value().orElseThrow();
        assertThat(ParametersJson.write(set)).startsWith("{");
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
        Arbitrary<Map<ParameterName, ParameterSpec>> parameters = Arbitraries.maps(
                Arbitraries.of(ParameterName.class),
                Arbitraries.of(-1.0, 0.0, 0.3, 1.0, 2.0, 64.0, 250.0, 3000.0, 1e6))
                .ofMaxSize(ParameterName.values().length)
                .map(m -> {
                    Map<ParameterName, ParameterSpec> p = new EnumMap<>(ParameterName.class);
                    m.forEach((name, value) -> p.put(name, name.isCoded()
                            ? ParameterSpec.code(name.codes().get((int) Math.abs(value) % name.codes().size()))
                            : ParameterSpec.of(value, ConsoleAdapter.canonicalUnit(name))));
                    return p;
                });
        Arbitrary<DiffusionScheme> diffusion = Arbitraries.of(
                new DiffusionScheme(List.of(new Shell(0, 1, null), new Shell(1000, 6, null)), List.of(), null),
                new DiffusionScheme(List.of(), List.of(), null));
        return Combinators.combine(Arbitraries.of(Technique.class), Arbitraries.of(Orientation.class), parameters,
                        diffusion.injectNull(0.5), Arbitraries.of(true, false))
                .as((t, o, p, d, mandatory) -> new Sequence("s", LocalizedText.of("s"), t, mandatory, false, o, null,
                        null, null, p, d, null, List.of(), null, null, null, null, null, null, null, null, null));
    }
}
