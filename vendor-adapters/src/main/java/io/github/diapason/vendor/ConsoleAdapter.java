package io.github.diapason.vendor;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.ConsoleSetting;
import io.github.diapason.model.Orientation;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Unit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The flow every vendor shares: neutral values → console settings (vendor code, steps from data)
 * → cards (labels from data) → back-translation → approximations against the protocol's
 * tolerances → acquisition time. Subclasses hold only the vendor's conversions.
 */
public abstract class ConsoleAdapter implements VendorAdapter {

    private final VendorProfile profile;

    protected ConsoleAdapter(String consoleResource) {
        this.profile = VendorProfile.load(getClass(), consoleResource);
    }

    @Override
    public String id() {
        return profile.vendor();
    }

    @Override
    public VendorProfile profile() {
        return profile;
    }

    /** The console settings for a sequence, in console order; {@code notes} collects what the console cannot express. */
    protected abstract List<Setting> settings(Sequence sequence, NeutralValues requested, Console console,
                                              ScannerPeriod scanner, List<ConsoleNote> notes);

    /** The neutral values a set of console settings means. */
    protected abstract NeutralValues neutral(Map<String, ConsoleValue> settings, Console console,
                                             ScannerPeriod scanner, Orientation orientation);

    @Override
    public Validated<VendorSequence> translate(Sequence sequence, ScannerPeriod scanner, SourceLocation location) {
        if (!profile.supports(sequence.technique())) {
            return Validated.failed(List.of(Diagnostic.error("VendorTechniqueUnsupported",
                    "sequence '" + sequence.id() + "': " + profile.displayName() + " has no product sequence for "
                            + sequence.technique().description(),
                    "drop the sequence for " + id() + " sites or make it optional", location)));
        }
        Console console = profile.console(sequence.technique(), scanner.softwareVersion());
        NeutralValues requested = NeutralValues.requestedBy(sequence);
        List<ConsoleNote> notes = new ArrayList<>();
        List<Setting> settings = settings(sequence, requested, console, scanner, notes);
        List<Card> cards = withConsoleSettings(layout(settings, console, labelArguments(sequence)),
                sequence.consoleSettings(), console);
        NeutralValues achieved = neutral(byConcept(settings), console, scanner, sequence.orientation());

        List<Diagnostic> diagnostics = new ArrayList<>();
        notes.forEach(n -> diagnostics.add(new Diagnostic(Severity.NOTE, "VendorNotExpressed",
                "sequence '" + sequence.id() + "' on " + id() + ": " + n.line(), "", location)));
        List<Approximation> approximations = approximations(sequence, requested, achieved);
        for (Approximation a : approximations) {
            if (!a.withinTolerance()) {
                diagnostics.add(new Diagnostic(sequence.isMandatory() ? Severity.ERROR : Severity.WARNING,
                        "VendorApproximationBeyondTolerance",
                        String.format(Locale.ROOT, "sequence '%s' on %s: %s%s %s %s achievable as %s (deviation %s, allowed %s)",
                                sequence.id(), id(), a.parameter(), a.index() > 0 ? " echo " + a.index() : "",
                                num(a.requested()), a.unit(), num(a.achieved()), num(a.deviation()), num(a.allowedDeviation())),
                        "widen the tolerance or add a justified override for vendor " + id(),
                        location.withPath(location.path() + "/parameters/" + a.parameter())));
            }
        }
        for (ParameterName name : requested.numbers().keySet()) {
            boolean explained = notes.stream().anyMatch(n -> n.parameter() == name);
            if (sequence.parameters().containsKey(name) && !achieved.has(name) && !explained) {
                diagnostics.add(new Diagnostic(Severity.NOTE, "VendorNotExpressed",
                        "sequence '" + sequence.id() + "' on " + id() + ": " + name
                                + " has no console setting in Diapason's " + id() + " data; set it by hand",
                        "", location.withPath(location.path() + "/parameters/" + name)));
            }
        }
        double estimate = AcquisitionTimes.seconds(sequence, achieved);
        double seconds = Double.isFinite(estimate) && estimate >= 0 ? estimate : 0;
        if (seconds != estimate) {
            diagnostics.add(new Diagnostic(Severity.WARNING, "AcquisitionTimeUnknown", "sequence '" + sequence.id()
                    + "' on " + id() + ": the acquisition time cannot be estimated from its parameters", "", location));
        }
        AcquisitionTime time = new AcquisitionTime(seconds, profile.acquisitionTimeFormat().format(seconds));
        String product = profile.productName(sequence.technique()).orElseThrow();
        return Validated.of(new VendorSequence(sequence.id(), id(), sequence.technique(), sequence.orientation(), product, cards, approximations,
                time, diagnostics), diagnostics);
    }

    @Override
    public NeutralValues backTranslate(VendorSequence vendorSequence, ScannerPeriod scanner) {
        Console console = profile.console(vendorSequence.technique(), scanner.softwareVersion());
        Map<String, ConsoleValue> settings = new LinkedHashMap<>();
        vendorSequence.cards().forEach(c -> c.parameters().forEach(p -> settings.put(p.concept(), p.value())));
        return neutral(settings, console, scanner, vendorSequence.orientation());
    }

    /** The neutral code whose console text (data key {@code prefix + code}) is {@code shown}. */
    protected static Optional<String> codeShownAs(Console console, String prefix, String shown) {
        return console.texts().entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix) && e.getValue().equals(shown))
                .map(e -> e.getKey().substring(prefix.length())).sorted().findFirst();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /** Placeholders data labels may use: the phase-encoding and slice axes, e.g. Philips "P reduction (AP)". */
    private static Map<String, String> labelArguments(Sequence sequence) {
        PatientAxes axes = PatientAxes.of(sequence.orientation());
        String phaseAxis = sequence.parameter(ParameterName.PhaseEncodingDirection).map(ParameterSpec::code)
                .flatMap(axes::traversal)
                .or(() -> axes.traversal(PatientAxes.defaultPhaseCode(sequence.orientation())))
                .map(PatientAxes.Traversal::axis).orElseThrow();
        return Map.of("{phaseAxis}", phaseAxis, "{sliceAxis}", axes.sliceAxis());
    }

    private static Map<String, ConsoleValue> byConcept(List<Setting> settings) {
        Map<String, ConsoleValue> m = new LinkedHashMap<>();
        settings.forEach(s -> m.put(s.concept(), s.value()));
        return m;
    }

    /** Settings on the console's cards, in the card order of the vendor data; concepts without a label are not shown. */
    static List<Card> layout(List<Setting> settings, Console console, Map<String, String> arguments) {
        Map<String, List<ConsoleParameter>> byCard = new LinkedHashMap<>();
        console.profile().cards().forEach(c -> byCard.put(c, new ArrayList<>()));
        for (Setting s : settings) {
            console.label(s.baseConcept()).ifPresent(l -> {
                String label = l.label();
                for (Map.Entry<String, String> a : arguments.entrySet()) {
                    label = label.replace(a.getKey(), a.getValue());
                }
                if (s.index() > 0) {
                    label = label + " " + s.index();
                }
                byCard.computeIfAbsent(l.card(), k -> new ArrayList<>())
                        .add(new ConsoleParameter(s.concept(), label, s.value(), l.unit()));
            });
        }
        return byCard.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Card(e.getKey(), e.getValue())).toList();
    }

    /**
     * The sequence's named console settings (GE user CVs...) that no card shows yet, verbatim, on the vendor's
     * card for them (data text {@code consoleSettings.card}); a label already on a card was consumed by the
     * adapter (GE merges the imaging options a site adds into the ones it computes).
     */
    static List<Card> withConsoleSettings(List<Card> cards, Map<String, ConsoleSetting> named, Console console) {
        Set<String> shown = new HashSet<>();
        cards.forEach(c -> c.parameters().forEach(p -> shown.add(p.label())));
        List<ConsoleParameter> extra = named.entrySet().stream().filter(e -> !shown.contains(e.getKey()))
                .map(e -> new ConsoleParameter("consoleSetting", e.getKey(), ConsoleValue.text(e.getValue().value()), ""))
                .toList();
        if (extra.isEmpty()) {
            return cards;
        }
        String name = console.textOr("consoleSettings.card", "Other settings");
        List<Card> out = new ArrayList<>();
        boolean placed = false;
        for (Card c : cards) {
            if (c.name().equals(name)) {
                List<ConsoleParameter> merged = new ArrayList<>(c.parameters());
                merged.addAll(extra);
                out.add(new Card(name, merged));
                placed = true;
            } else {
                out.add(c);
            }
        }
        if (!placed) {
            out.add(new Card(name, extra));
        }
        return out;
    }

    /** Every prescribed number compared with what the console achieves; exact ones are left out. */
    static List<Approximation> approximations(Sequence sequence, NeutralValues requested, NeutralValues achieved) {
        List<Approximation> out = new ArrayList<>();
        sequence.parameters().forEach((name, spec) -> {
            if (name.isCoded() || !achieved.has(name)) {
                return;
            }
            List<Double> asked = requested.all(name);
            List<Double> got = achieved.all(name);
            for (int k = 0; k < Math.min(asked.size(), got.size()); k++) {
                double r = asked.get(k);
                double g = got.get(k);
                if (Math.abs(g - r) <= 1e-9 * Math.max(1, Math.abs(r))) {
                    continue;
                }
                double allowed = allowedDeviation(spec, r);
                boolean within = spec.isRange() ? inRange(spec, g) : Math.abs(g - r) <= allowed + 1e-9 * Math.max(1, Math.abs(r));
                out.add(new Approximation(name, asked.size() > 1 ? k + 1 : 0, r, g, canonicalUnit(name), allowed, within));
            }
        });
        return out;
    }

    private static double allowedDeviation(ParameterSpec spec, double nominalCanonical) {
        Unit unit = spec.parsedUnit().orElse(null);
        if (spec.tolerance() != null) {
            double abs = spec.tolerance().absolute() == null ? 0
                    : unit == null ? spec.tolerance().absolute() : unit.toCanonical(spec.tolerance().absolute());
            double rel = spec.tolerance().percent() == null ? 0
                    : Math.abs(nominalCanonical) * spec.tolerance().percent() / 100.0;
            return Math.max(abs, rel);
        }
        if (spec.isRange()) {
            double lo = spec.min() == null ? nominalCanonical : toCanonical(unit, spec.min());
            double hi = spec.max() == null ? nominalCanonical : toCanonical(unit, spec.max());
            return Math.max(Math.abs(hi - nominalCanonical), Math.abs(nominalCanonical - lo));
        }
        return 0;
    }

    private static boolean inRange(ParameterSpec spec, double achievedCanonical) {
        Unit unit = spec.parsedUnit().orElse(null);
        double eps = 1e-9 * Math.max(1, Math.abs(achievedCanonical));
        return (spec.min() == null || achievedCanonical >= toCanonical(unit, spec.min()) - eps)
                && (spec.max() == null || achievedCanonical <= toCanonical(unit, spec.max()) + eps);
    }

    private static double toCanonical(Unit unit, double v) {
        return unit == null ? v : unit.toCanonical(v);
    }

    /** The canonical unit symbol of a parameter's dimension. */
    public static String canonicalUnit(ParameterName name) {
        return switch (name.dimension()) {
            case TIME -> Unit.MILLISECOND.symbol();
            case ANGLE -> Unit.DEGREE.symbol();
            case LENGTH -> Unit.MILLIMETRE.symbol();
            case PIXEL_BANDWIDTH -> Unit.HERTZ_PER_PIXEL.symbol();
            case FREQUENCY -> Unit.HERTZ.symbol();
            case FIELD_STRENGTH -> Unit.TESLA.symbol();
            case RATIO -> Unit.FRACTION.symbol();
            case COUNT -> Unit.COUNT.symbol();
            case DIFFUSION_WEIGHTING -> Unit.SECOND_PER_SQUARE_MILLIMETRE.symbol();
            case CODE -> "";
        };
    }
}
