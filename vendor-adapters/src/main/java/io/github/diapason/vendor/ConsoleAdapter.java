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

    /**
     * The values the acquisition-time formulas read, from the achieved ones: where a console acquires a grid other than
     * the one its settings describe (Philips adds slice oversampling as whole partitions on both sides of a 3D slab),
     * the grid it acquires. The achieved values themselves, which the approximations compare, stay as set.
     */
    protected NeutralValues acquired(NeutralValues achieved) {
        return achieved;
    }

    /** The neutral values a set of console settings means. */
    protected abstract NeutralValues neutral(Map<String, ConsoleValue> settings, Console console,
                                             ScannerPeriod scanner, Orientation orientation);

    /**
     * The settings that say how the dynamics of a series differ from its own sequence ({@code DynamicOf}), on the
     * console's dynamics card after its dynamic scans: none unless the console has such a setting.
     */
    protected List<Setting> dynamicsSettings(Sequence host, List<Sequence> dynamics, Console console) {
        return List.of();
    }

    @Override
    public Validated<VendorSequence> translate(Sequence sequence, ScannerPeriod scanner, SourceLocation location) {
        return translate(sequence, List.of(), scanner, location);
    }

    @Override
    public Validated<VendorSequence> translate(Sequence sequence, List<Sequence> dynamics, ScannerPeriod scanner,
                                               SourceLocation location) {
        if (!profile.supports(sequence.technique())) {
            return Validated.failed(List.of(Diagnostic.error("VendorTechniqueUnsupported",
                    "sequence '" + sequence.id() + "': " + profile.displayName() + " has no product sequence for "
                            + sequence.technique().description(),
                    "drop the sequence for " + id() + " sites or make it optional", location)));
        }
        Console console = profile.console(sequence.technique(), scanner.softwareVersion());
        NeutralValues requested = NeutralValues.requestedBy(sequence);
        List<ConsoleNote> notes = new ArrayList<>();
        List<Setting> settings = new ArrayList<>(settings(sequence, requested, console, scanner, notes));
        if (!dynamics.isEmpty()) {
            settings.addAll(dynamicsSettings(sequence, dynamics, console));
        }
        // the achieved values (approximations, acquisition time) are those of the nominal settings; the cards show
        // a protocol range as a range and a console choice (shortest, Minimum, user defined) as the console does
        NeutralValues achieved = neutral(byConcept(settings), console, scanner, sequence.orientation());
        List<Card> cards = withConsoleSettings(withChoices(sequence, layout(withRanges(sequence, settings, requested, console,
                scanner), console, labelArguments(sequence)), console, notes), sequence.consoleSettings(), console);

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
        // a triggered scan's card may show its TR in heart beats (Philips "TR (beats)", GE "# of RR Intervals"): its
        // repetitions are then counted with the protocol's TR
        NeutralValues timed = achieved.has(ParameterName.RepetitionTime) || triggering(sequence).isEmpty() ? achieved
                : requested.get(ParameterName.RepetitionTime).map(tr -> achieved.with(ParameterName.RepetitionTime, tr))
                .orElse(achieved);
        double estimate = AcquisitionTimes.seconds(sequence, acquired(timed));
        double seconds = Double.isFinite(estimate) && estimate >= 0 ? estimate : 0;
        if (seconds != estimate) {
            diagnostics.add(new Diagnostic(Severity.WARNING, "AcquisitionTimeUnknown", "sequence '" + sequence.id()
                    + "' on " + id() + ": the acquisition time cannot be estimated from its parameters", "", location));
        }
        AcquisitionTime time = AcquisitionTimes.triggered(sequence, timed, seconds, achieved.has(ParameterName.RepetitionTime))
                .map(h -> new AcquisitionTime(h.longest(), profile.acquisitionTimeFormat().format(h.shortest())
                        + "–" + profile.acquisitionTimeFormat().format(h.longest()) + " ("
                        + bpm(h.minBpm()) + "–" + bpm(h.maxBpm()) + " bpm)", h))
                .orElseGet(() -> {
                    double total = seconds + preparationSeconds(sequence, timed);
                    return new AcquisitionTime(total, profile.acquisitionTimeFormat().format(total));
                });
        double reacquired = supportsNavigator() ? AcquisitionTimes.reacquired(sequence, timed, time.seconds()) : 0;
        if (reacquired > 0) {
            // the navigator's re-acquisition lengthens the time up to its bound: the range from none to all of it
            time = new AcquisitionTime(time.seconds() + reacquired, profile.acquisitionTimeFormat().format(
                    time.shortestSeconds()) + "–" + profile.acquisitionTimeFormat().format(time.seconds() + reacquired)
                    + (time.heartRate() == null ? "" : time.display().substring(time.display().indexOf(" ("))),
                    time.heartRate(), reacquired);
        }
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

    /**
     * The settings with every concept a protocol range drives shown as a range: the settings are computed again with
     * each range parameter at its minimum and at its maximum, and a concept whose value moves shows both ends (so a
     * water-fat shift shows the range a bandwidth range gives, a flip angle 90–180 stays 90–180, never its middle).
     */
    private List<Setting> withRanges(Sequence sequence, List<Setting> settings, NeutralValues requested, Console console,
                                     ScannerPeriod scanner) {
        Map<String, List<ConsoleValue>> seen = new LinkedHashMap<>();
        sequence.parameters().forEach((name, spec) -> {
            if (name.isCoded() || !spec.isRange() || spec.min() == null || spec.max() == null) {
                return;
            }
            Unit unit = spec.parsedUnit().orElse(null);
            for (double end : List.of(toCanonical(unit, spec.min()), toCanonical(unit, spec.max()))) {
                settings(sequence, requested.with(name, end), console, scanner, new ArrayList<>())
                        .forEach(at -> seen.computeIfAbsent(at.concept(), k -> new ArrayList<>()).add(at.value()));
            }
        });
        List<Setting> out = new ArrayList<>();
        for (Setting s : settings) {
            List<ConsoleValue> ends = seen.getOrDefault(s.concept(), List.of());
            List<java.math.BigDecimal> numbers = new ArrayList<>();
            for (ConsoleValue v : ends) {
                if (v instanceof ConsoleValue.Numeric n) {
                    numbers.add(n.number());
                }
            }
            if (s.value() instanceof ConsoleValue.Numeric nominal && !numbers.isEmpty() && numbers.size() == ends.size()) {
                numbers.add(nominal.number());
                java.math.BigDecimal low = numbers.stream().min(java.math.BigDecimal::compareTo).orElseThrow();
                java.math.BigDecimal high = numbers.stream().max(java.math.BigDecimal::compareTo).orElseThrow();
                if (low.compareTo(high) != 0) {
                    out.add(new Setting(s.concept(), new ConsoleValue.Range(low, high)));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /**
     * Fields that are a choice before a number (console.json {@code choices}): a protocol {@code setting} shows the
     * console's word for it (Philips "shortest", GE "Minimum") and hides the results of the choice; a number shows
     * the choice that enables typing it ("user defined") and then the number under the console's own label
     * ("(ms)"). A setting the console has no word for keeps the value the console reaches, with a note.
     */
    private static List<Card> withChoices(Sequence sequence, List<Card> cards, Console console, List<ConsoleNote> notes) {
        Map<String, ConsoleChoice> choices = new LinkedHashMap<>();
        console.profile().choices().forEach((concept, choice) -> {
            if (choice.appliesTo(sequence.technique())) {
                choices.put(concept, choice);
            }
        });
        java.util.Set<String> hidden = new java.util.HashSet<>();
        java.util.Set<ParameterName> worded = java.util.EnumSet.noneOf(ParameterName.class);
        choices.forEach((concept, choice) -> ParameterName.byName(choice.parameter()).ifPresent(name ->
                sequence.parameter(name).flatMap(ParameterSpec::consoleSetting).flatMap(choice::word).ifPresent(word -> {
                    hidden.addAll(choice.hides());
                    worded.add(name);
                })));
        sequence.parameters().forEach((name, spec) -> spec.consoleSetting().filter(x -> !worded.contains(name)).ifPresent(
                setting -> notes.add(ConsoleNote.about(name, "the protocol sets the console's " + setting + "; the "
                        + console.profile().displayName() + " card shows the value it is expected to reach: choose the "
                        + setting + " if the console offers it, and keep within the accepted range"))));
        List<Card> out = new ArrayList<>();
        for (Card card : cards) {
            List<ConsoleParameter> shown = new ArrayList<>();
            for (ConsoleParameter p : card.parameters()) {
                String base = p.concept().contains(".") ? p.concept().substring(0, p.concept().indexOf('.')) : p.concept();
                if (hidden.contains(base)) {
                    continue;
                }
                ConsoleChoice choice = choices.get(base);
                Optional<ParameterSpec> spec = choice == null ? Optional.empty()
                        : ParameterName.byName(choice.parameter()).flatMap(sequence::parameter);
                if (spec.isEmpty()) {
                    shown.add(p);
                    continue;
                }
                Optional<String> word = spec.get().consoleSetting().flatMap(choice::word);
                if (word.isPresent()) {
                    shown.add(new ConsoleParameter(p.concept(), p.label(), ConsoleValue.text(word.get()), ""));
                } else if (choice.typed() != null && choice.typedLabel() != null) {
                    shown.add(new ConsoleParameter(ConsoleParameter.choiceOf(p.concept()), p.label(),
                            ConsoleValue.text(choice.typed()), ""));
                    // "(ms)" carries its unit in the label; "gap" does not
                    shown.add(new ConsoleParameter(p.concept(), choice.typedLabel(), p.value(),
                            choice.typedLabel().startsWith("(") ? "" : p.unit()));
                } else {
                    shown.add(p);
                }
            }
            if (!shown.isEmpty()) {
                out.add(new Card(card.name(), shown));
            }
        }
        return out;
    }

    /** The neutral code whose console text (data key {@code prefix + code}) is {@code shown}. */
    protected static Optional<String> codeShownAs(Console console, String prefix, String shown) {
        return console.texts().entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix) && e.getValue().equals(shown))
                .map(e -> e.getKey().substring(prefix.length())).sorted().findFirst();
    }

    /**
     * Seconds the console adds to an untriggered series before its first counted repetition (preparation, reference
     * and dummy scans) and shows in its time: for a multiband EPI, the vendor data's constant
     * {@code multibandEpiPreparationSeconds} (Siemens, measured: see its console.json notes); 0 where the data has none.
     */
    private double preparationSeconds(Sequence sequence, NeutralValues achieved) {
        return sequence.technique().isEpi() && achieved.getOr(ParameterName.MultibandAccelerationFactor, 1) > 1
                ? profile.constants().getOrDefault("multibandEpiPreparationSeconds", 0.0) : 0;
    }

    /**
     * The console has a product navigator for prospective motion correction (Siemens vNav, GE PROMO); without one
     * (Philips) the adapter notes it and the time has no re-acquisition.
     */
    protected boolean supportsNavigator() {
        return true;
    }

    /** The sequence's navigator, when it corrects motion. */
    protected static Optional<io.github.diapason.model.Navigator> navigator(Sequence sequence) {
        return Optional.ofNullable(sequence.navigator()).filter(io.github.diapason.model.Navigator::correctsMotion);
    }

    /** The sequence's cardiac triggering, when it waits for heart beats. */
    protected static Optional<io.github.diapason.model.CardiacTriggering> triggering(Sequence sequence) {
        return Optional.ofNullable(sequence.cardiacTriggering()).filter(io.github.diapason.model.CardiacTriggering::triggered);
    }

    /** The declared trigger delay in ms; empty: the console's shortest. */
    protected static Optional<Double> triggerDelayMs(io.github.diapason.model.CardiacTriggering t) {
        return Optional.ofNullable(t.triggerDelay()).flatMap(io.github.diapason.model.Quantity::canonical);
    }

    private static String bpm(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
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
