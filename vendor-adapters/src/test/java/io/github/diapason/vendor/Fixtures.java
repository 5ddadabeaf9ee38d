package io.github.diapason.vendor;

import io.github.diapason.model.Coil;
import io.github.diapason.model.DiffusionScheme;
import io.github.diapason.model.FunctionalRun;
import io.github.diapason.model.LocalizedText;
import io.github.diapason.model.Orientation;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Site;
import io.github.diapason.model.Technique;
import io.github.diapason.model.Tolerance;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Small builders for neutral sequences, sites and scanners used across the tests. */
final class Fixtures {
    static final VendorAdapters ADAPTERS = VendorAdapters.load();

    private Fixtures() {
    }

    static VendorAdapter adapter(String vendor) {
        return ADAPTERS.find(vendor, null).value().orElseThrow();
    }

    static ScannerPeriod scanner(String vendor, double tesla) {
        return scanner(vendor, tesla, "VE11C");
    }

    static ScannerPeriod scanner(String vendor, double tesla, String software) {
        return new ScannerPeriod(vendor, vendor + "-model", tesla, software, "SN1", null, null);
    }

    static Site site(List<String> licensedOptions, int coilChannels) {
        return new Site("site-a", "Site A", "en", List.of(), List.of(), List.of(new Coil("Head 32", coilChannels)),
                licensedOptions, List.of(), List.of(), false, List.of());
    }

    /** A builder of one neutral sequence. */
    static final class Seq {
        private final String id;
        private final Technique technique;
        private Orientation orientation = Orientation.AXIAL;
        private boolean mandatory = true;
        private final Map<ParameterName, ParameterSpec> parameters = new EnumMap<>(ParameterName.class);
        private DiffusionScheme diffusion;
        private FunctionalRun functional;
        private List<String> options = List.of();

        Seq(String id, Technique technique) {
            this.id = id;
            this.technique = technique;
        }

        Seq orientation(Orientation o) {
            orientation = o;
            return this;
        }

        Seq optional() {
            mandatory = false;
            return this;
        }

        Seq p(ParameterName name, double value, String unit) {
            parameters.put(name, ParameterSpec.of(value, unit));
            return this;
        }

        Seq p(ParameterName name, double value, String unit, Tolerance tolerance) {
            parameters.put(name, ParameterSpec.of(value, unit).withTolerance(tolerance));
            return this;
        }

        Seq echoes(String unit, Double... values) {
            parameters.put(ParameterName.EchoTime, new ParameterSpec(null, List.of(values), null, null, unit, null, null, null));
            return this;
        }

        Seq spec(ParameterName name, ParameterSpec spec) {
            parameters.put(name, spec);
            return this;
        }

        Seq code(ParameterName name, String code) {
            parameters.put(name, ParameterSpec.code(code));
            return this;
        }

        Seq diffusion(DiffusionScheme scheme) {
            diffusion = scheme;
            return this;
        }

        Seq functional(FunctionalRun run) {
            functional = run;
            return this;
        }

        Seq requires(String... required) {
            options = List.of(required);
            return this;
        }

        Sequence build() {
            return new Sequence(id, LocalizedText.of(id), technique, mandatory, false, orientation, null, null, null,
                    parameters, diffusion, functional, options, null, null, null, null, null, null, null, null, null);
        }
    }

    static Seq seq(String id, Technique technique) {
        return new Seq(id, technique);
    }

    static VendorSequence translate(String vendor, double tesla, Sequence sequence) {
        return adapter(vendor).translate(sequence, scanner(vendor, tesla), io.github.diapason.diagnostic.SourceLocation.NONE)
                .value().orElseThrow();
    }

    /** The displayed value of a console label, as printed. */
    static String shown(VendorSequence s, String label) {
        return s.parameter(label).orElseThrow(() -> new AssertionError("no console parameter '" + label + "' in "
                + s.cards())).value().display();
    }
}
