package io.github.diapason.compiler.rules;

import io.github.diapason.compiler.compile.SequenceOutcome;
import io.github.diapason.compiler.compile.SiteOutcome;
import io.github.diapason.compiler.words.Messages;
import io.github.diapason.conformity.rules.AttributeRule;
import io.github.diapason.conformity.rules.ConfidentialityProfile;
import io.github.diapason.conformity.rules.DeidentificationRules;
import io.github.diapason.conformity.rules.DicomVendors;
import io.github.diapason.conformity.rules.DroppedSequenceRule;
import io.github.diapason.conformity.rules.ExpectedCounts;
import io.github.diapason.conformity.rules.Recognition;
import io.github.diapason.conformity.rules.RequiredField;
import io.github.diapason.conformity.rules.RuleSet;
import io.github.diapason.conformity.rules.ScannerIdentity;
import io.github.diapason.conformity.rules.SequenceRule;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.model.Deidentification;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Shell;
import io.github.diapason.model.Technique;
import io.github.diapason.model.Unit;
import io.github.diapason.vendor.NeutralValues;
import io.github.diapason.vendor.VendorAdapter;
import io.github.diapason.vendor.VendorAdapters;
import io.github.diapason.vendor.VendorSequence;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Derives the conformity rule set of one site on one scanner period from its compiled outcome.
 * Expected values are what THAT site's DICOM will carry: the vendor adapter back-translates the
 * console parameter set the site was given (e.g. the GE PixelBandwidth 2000·R/N_freq from its
 * ±kHz Receiver Bandwidth, the Philips one from the water-fat shift), then values are converted
 * to BIDS units. Pure: no I/O; problems come back as {@link Diagnostic}s.
 */
final class RuleDerivation {

    private final VendorAdapters adapters;
    private final DicomVendors vendors;
    private final ConfidentialityProfile profile;
    private final AttributeCatalogue catalogue = AttributeCatalogue.BUILT_IN;

    public RuleDerivation(VendorAdapters adapters) {
        this(adapters, DicomVendors.load(), ConfidentialityProfile.load());
    }

    public RuleDerivation(VendorAdapters adapters, DicomVendors vendors, ConfidentialityProfile profile) {
        this.adapters = adapters;
        this.vendors = vendors;
        this.profile = profile;
    }

    /** The rule set and the diagnostics found while deriving it (e.g. analysis fields de-identification would remove). */
    public record Derived(RuleSet ruleSet, List<Diagnostic> diagnostics) {
        public Derived {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * Everything {@link #ruleSet} reads, and nothing else: the scanner period, each sequence's outcome (resolved
     * sequence, feasibility, console form), the de-identification policy and the site's language (sequence names).
     * All are immutable records with value equality, their maps sorted (so equal keys iterate alike); the adapters,
     * vendor table and profile are this instance's own. Sites with equal keys therefore get equal rule sets: real
     * studies have many sites on the same scanner model and software, and the derivation is ~11 % of generate's
     * CPU (bench/generate/README.md). A component compared by identity could only cause a miss, never a wrong hit.
     */
    private record Key(ScannerPeriod scanner, List<SequenceOutcome> sequences, Deidentification policy,
                       String language) {
    }

    /** Rule sets already derived in this run (one instance per generate run), by their complete inputs. */
    private final Map<Key, RuleSet> derived = new ConcurrentHashMap<>();

    public Derived derive(SiteOutcome outcome) {
        ScannerPeriod scanner = outcome.effective().scanner();
        Deidentification policy = outcome.effective().protocol().deidentification();
        Key key = new Key(scanner, outcome.sequences(), policy, outcome.effective().site().language());
        RuleSet ruleSet = derived.get(key);
        if (ruleSet == null) {
            // Derived outside the map's lock; two threads racing on one key compute equal values.
            ruleSet = ruleSet(key);
            derived.putIfAbsent(key, ruleSet);
        }
        Optional<VendorAdapter> adapter = adapters.find(scanner.vendor(), SourceLocation.NONE).value();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (SequenceOutcome s : outcome.sequences()) {
            if (s.vendor().isPresent() && adapter.isPresent() && s.feasibility().runnable()
                    && needsDiffusionFields(s.sequence()) && !keepsPrivate(policy)) {
                diagnostics.add(Diagnostic.warning("RulesAnalysisFieldNotKept",
                        "site '" + outcome.effective().site().id() + "': sequence '" + s.sequence().id()
                                + "' needs diffusion b-values and directions, which classic " + scanner.vendor()
                                + " DICOM holds in private tags, but the de-identification policy removes private tags",
                        "add the option retain-safe-private to deidentification.options",
                        SourceLocation.NONE.withPath("/deidentification/options")));
            }
        }
        return new Derived(ruleSet, diagnostics);
    }

    private RuleSet ruleSet(Key key) {
        ScannerPeriod scanner = key.scanner();
        Optional<VendorAdapter> adapter = adapters.find(scanner.vendor(), SourceLocation.NONE).value();
        List<SequenceRule> sequences = new ArrayList<>();
        List<DroppedSequenceRule> dropped = new ArrayList<>();
        int position = 0;
        for (SequenceOutcome s : key.sequences()) {
            if (s.vendor().isPresent() && adapter.isPresent() && s.feasibility().runnable()) {
                position++;
                sequences.add(sequenceRule(s.sequence(), s.vendor().get(), adapter.get(), scanner, position,
                        key.language()));
            } else if (s.sequence().dynamicOf() != null && s.feasibility().runnable()) {
                // no series of its own: its host's rule expects one volume more per dynamic (NumberOfVolumes)
                dropped.add(new DroppedSequenceRule(s.sequence().id(), "acquired as dynamic "
                        + s.sequence().dynamicOf().dynamic() + " of the series of '" + s.sequence().dynamicOf().sequence()
                        + "', which counts it among its volumes"));
            } else {
                String reason = s.feasibility().reasons().stream().map(Messages.builtIn("en")::reason)
                        .collect(java.util.stream.Collectors.joining("; "));
                dropped.add(new DroppedSequenceRule(s.sequence().id(),
                        (s.feasibility().verdict().name().equals("INFEASIBLE") ? "infeasible on this scanner: " : "")
                                + reason));
            }
        }
        DeidentificationRules deid = profile.rulesFor(key.policy());
        return new RuleSet(identity(scanner), sequences, dropped, deid);
    }

    private static boolean keepsPrivate(Deidentification policy) {
        return policy == null || policy.options().contains("retain-safe-private");
    }

    private static boolean needsDiffusionFields(Sequence sequence) {
        return sequence.technique() == Technique.DIFFUSION_EPI || sequence.diffusion() != null;
    }

    ScannerIdentity identity(ScannerPeriod p) {
        return new ScannerIdentity(p.vendor(), vendors.manufacturers(p.vendor()), p.model(), p.fieldStrength(),
                p.softwareVersion() == null ? List.of() : List.of(p.softwareVersion()), p.deviceSerialNumber(),
                p.validFrom(), p.validTo());
    }

    SequenceRule sequenceRule(Sequence sequence, VendorSequence vendorSequence, VendorAdapter adapter,
                              ScannerPeriod scanner, int position, String language) {
        NeutralValues site = adapter.backTranslate(vendorSequence, scanner);
        NeutralValues requested = NeutralValues.requestedBy(sequence);
        String vendor = scanner.vendor();
        String technique = sequence.technique().id();
        List<AttributeRule> attributes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ParameterName name : ParameterName.values()) {
            ParameterSpec spec = sequence.parameters().get(name);
            if (spec == null) {
                continue;
            }
            Optional<AttributeCatalogue.Entry> entry = catalogue.entry(name.name());
            if (entry.isEmpty()) {
                continue;
            }
            AttributeCatalogue.Entry e = entry.get();
            Optional<String> withheld = vendors.withheld(vendor, technique, e.attribute());
            if (withheld.isPresent()) {
                notes.add(e.attribute() + ": " + withheld.get());
                continue;
            }
            if (name.isCoded()) {
                codeRule(name, spec, e, vendor, scanner.softwareVersion(), sequence.technique().isEpi()).ifPresent(attributes::add);
                continue;
            }
            if (name == ParameterName.RepetitionTime && sequence.cardiacTriggering() != null
                    && sequence.cardiacTriggering().triggered()) {
                List<Double> trs = site.has(name) ? site.all(name) : requested.all(name);
                attributes.add(triggeredRepetitionRule(sequence.cardiacTriggering(), trs.isEmpty() ? null : trs.get(0), e));
                continue;
            }
            if (spec.isRange()) {
                attributes.add(rangeRule(spec, e));
                continue;
            }
            if (spec.setting() != null) {
                settingRule(spec, e).ifPresent(attributes::add);
                continue;
            }
            List<Double> values = site.has(name) ? site.all(name) : requested.all(name);
            if (values.isEmpty()) {
                continue;
            }
            attributes.add(numberRule(e, values, spec, site.has(name) ? "" : "prescribed value: "
                    + vendor + " console data has no setting for it"));
        }
        derived(site, requested, vendor, technique, notes).forEach(attributes::add);
        attributes.replaceAll(a -> ConsoleWording.of(a, vendorSequence, adapter.profile()));
        return new SequenceRule(sequence.id(), sequence.name() == null ? sequence.id() : sequence.name().in(language == null ? "en" : language),
                technique, sequence.orientation() == null ? null : sequence.orientation().id(),
                sequence.isMandatory(), sequence.repeatIfNonConformant(), position,
                recognition(sequence, attributes), attributes, counts(sequence, site, requested),
                requiredFields(sequence, vendor), notes);
    }

    private Optional<AttributeRule> codeRule(ParameterName name, ParameterSpec spec, AttributeCatalogue.Entry e,
                                             String vendor, String softwareVersion, boolean epi) {
        if (spec.code() == null) {
            return Optional.empty();
        }
        return switch (name) {
            case MRAcquisitionType -> Optional.of(AttributeRule.code(e.attribute(), e.dicom(), spec.code(), e.sidecar(), null));
            // the expected polarity per series where the site's DICOM records it (GE from Rx27 on, EPI from DV26 on:
            // vendor-dicom.json)
            case PhaseEncodingDirection -> Optional.of(vendors.phaseEncodingPolarityRecorded(vendor, softwareVersion, spec.code(), epi)
                    ? AttributeRule.code(e.attribute(), e.dicom(), spec.code(), e.sidecar(), null)
                    // vendors.md section 4: Philips DICOM does not record the polarity; dcm2niix then writes PhaseEncodingAxis
                    : AttributeRule.code("PhaseEncodingAxis", "(0018,1312) axis only: " + vendor
                    + " DICOM does not record the polarity", spec.code().replace("-", ""), true, null));
            default -> Optional.empty();
        };
    }

    /**
     * A cardiac-triggered sequence's stored TR follows the participant's heart: each repetition spans
     * {@code beatsPerRepetition} R-R intervals, and a TR set in ms longer than them waits for the next beat. The rule
     * accepts what the declared heart-rate range (default 50–100 bpm) gives, and the prescribed TR itself: from
     * min(TR, beats x shortest R-R) to max(beats x longest R-R, TR + beats x shortest R-R). A fixed TR would fail
     * every triggered exam whose heart rate differs from the one the protocol was written for.
     */
    private AttributeRule triggeredRepetitionRule(io.github.diapason.model.CardiacTriggering triggering, Double trMs,
                                                  AttributeCatalogue.Entry e) {
        double beats = triggering.beatsPerRepetition();
        double shortest = beats * 60_000.0 / triggering.heartRate().max();
        double longest = beats * 60_000.0 / triggering.heartRate().min();
        double min = trMs == null ? shortest : Math.min(trMs, shortest);
        double max = trMs == null ? longest : Math.max(longest, trMs + shortest);
        return AttributeRule.range(e.attribute(), e.dicom(), e.unit(), round(min * e.scale()), round(max * e.scale()),
                e.sidecar(), "cardiac-triggered: the stored TR follows the heart rate ("
                        + io.github.diapason.compiler.words.Messages.plain(triggering.heartRate().min()) + "–"
                        + io.github.diapason.compiler.words.Messages.plain(triggering.heartRate().max()) + " bpm)");
    }

    private AttributeRule rangeRule(ParameterSpec spec, AttributeCatalogue.Entry e) {
        Unit unit = spec.parsedUnit().orElse(null);
        Double min = spec.min() == null ? null : round(toCanonical(unit, spec.min()) * e.scale());
        Double max = spec.max() == null ? null : round(toCanonical(unit, spec.max()) * e.scale());
        return AttributeRule.range(e.attribute(), e.dicom(), e.unit(), min, max, e.sidecar(), null);
    }

    /**
     * A console setting (minimum, maximum) gives no number to expect: the rule accepts the range the protocol
     * gives for it, the value the console reaches widened by its tolerance, never a value of Diapason's making.
     */
    private Optional<AttributeRule> settingRule(ParameterSpec spec, AttributeCatalogue.Entry e) {
        return spec.acceptedCanonical().map(b -> AttributeRule.range(e.attribute(), e.dicom(), e.unit(),
                Double.isInfinite(b[0]) ? null : round(b[0] * e.scale()),
                Double.isInfinite(b[1]) ? null : round(b[1] * e.scale()), e.sidecar(),
                "set to the console's " + spec.setting()));
    }

    private AttributeRule numberRule(AttributeCatalogue.Entry e, List<Double> canonicalValues, ParameterSpec spec,
                                     String note) {
        List<Double> expected = canonicalValues.stream().map(v -> round(v * e.scale())).toList();
        double first = canonicalValues.get(0);
        double tolerance = Math.max(e.tolerance().at(expected.get(0)), protocolDeviation(spec, first) * e.scale());
        return AttributeRule.number(e.attribute(), e.dicom(), e.unit(), expected, round(tolerance), e.sidecar(),
                note.isEmpty() ? null : note);
    }

    /** The deviation the protocol allows, in the canonical unit (ConsoleAdapter applies the same reading). */
    private static double protocolDeviation(ParameterSpec spec, double nominalCanonical) {
        if (spec.tolerance() == null) {
            return 0;
        }
        Unit unit = spec.parsedUnit().orElse(null);
        double abs = spec.tolerance().absolute() == null ? 0 : toCanonical(unit, spec.tolerance().absolute());
        double rel = spec.tolerance().percent() == null ? 0 : Math.abs(nominalCanonical) * spec.tolerance().percent() / 100;
        return Math.max(abs, rel);
    }

    private List<AttributeRule> derived(NeutralValues site, NeutralValues requested, String vendor, String technique,
                                        List<String> notes) {
        List<AttributeRule> out = new ArrayList<>();
        Optional<Double> thickness = site.get(ParameterName.SliceThickness).or(() -> requested.get(ParameterName.SliceThickness));
        Optional<Double> gap = site.get(ParameterName.SliceGap).or(() -> requested.get(ParameterName.SliceGap));
        if (thickness.isPresent() && gap.isPresent()) {
            catalogue.entry("SpacingBetweenSlices").ifPresent(e -> out.add(AttributeRule.number(e.attribute(), e.dicom(),
                    e.unit(), List.of(round(thickness.get() + gap.get())), e.tolerance().absolute(), e.sidecar(), null)));
        }
        Optional<Double> read = site.get(ParameterName.FieldOfViewRead);
        Optional<Double> phase = site.get(ParameterName.FieldOfViewPhase);
        if (read.isPresent() && phase.isPresent() && read.get() > 0 && requested.has(ParameterName.FieldOfViewPhase)) {
            catalogue.entry("PercentPhaseFOV").ifPresent(e -> out.add(AttributeRule.number(e.attribute(), e.dicom(),
                    e.unit(), List.of(round(100 * phase.get() / read.get())), e.tolerance().absolute(), e.sidecar(), null)));
        }
        return out;
    }

    /** Name first, then a fingerprint: the coded attributes and wide ranges around the timing values. */
    private Recognition recognition(Sequence sequence, List<AttributeRule> attributes) {
        List<AttributeRule> fingerprint = new ArrayList<>();
        for (AttributeRule a : attributes) {
            Optional<AttributeCatalogue.Entry> e = catalogue.byAttribute(a.attribute());
            if (e.isEmpty() || e.get().fingerprintPercent() == null) {
                continue;
            }
            if (a.coded()) {
                fingerprint.add(a);
            } else if (!a.expected().isEmpty()) {
                double pct = e.get().fingerprintPercent() / 100;
                double lo = a.expected().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                double hi = a.expected().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                fingerprint.add(AttributeRule.range(a.attribute(), a.dicom(), a.unit(), round(lo * (1 - pct)),
                        round(hi * (1 + pct)), a.sidecar(), null));
            } else {
                fingerprint.add(a);
            }
        }
        // a sequence run several times: each run under its numbered name, or all under the same one
        List<String> names = new ArrayList<>();
        if (sequence.seriesName() != null && !sequence.seriesName().isBlank()) {
            names.add(sequence.seriesName());
        }
        sequence.runSeriesNames().stream().filter(n -> !names.contains(n)).forEach(names::add);
        return new Recognition(names, Recognition.NAME_ATTRIBUTES, fingerprint);
    }

    private static ExpectedCounts counts(Sequence sequence, NeutralValues site, NeutralValues requested) {
        Integer slices = site.get(ParameterName.NumberOfSlices).or(() -> requested.get(ParameterName.NumberOfSlices))
                .map(v -> (int) Math.round(v)).orElse(null);
        Integer volumes = site.get(ParameterName.NumberOfVolumes).or(() -> requested.get(ParameterName.NumberOfVolumes))
                .map(v -> (int) Math.round(v))
                .orElse(sequence.functional() == null ? null : sequence.functional().volumes());
        Integer diffusionVolumes = null;
        List<Double> bValues = List.of();
        if (sequence.diffusion() != null && !sequence.diffusion().shells().isEmpty()) {
            // the series' own volumes, as the cards count them (DiffusionScheme#volumeCount)
            diffusionVolumes = sequence.diffusion().volumeCount();
            bValues = new ArrayList<>(new TreeSet<>(sequence.diffusion().shells().stream().map(Shell::bValue).toList()));
        }
        ExpectedCounts c = new ExpectedCounts(slices, volumes, diffusionVolumes == null || diffusionVolumes == 0
                ? null : diffusionVolumes, bValues, sequence.runs() > 1 ? sequence.runs() : null);
        return c.isEmpty() ? null : c;
    }

    private List<RequiredField> requiredFields(Sequence sequence, String vendor) {
        if (!needsDiffusionFields(sequence)) {
            return List.of();
        }
        return List.of(
                new RequiredField("DiffusionBValue", "b-value of each diffusion volume (analysis)",
                        vendors.bValueLocations(vendor)),
                new RequiredField("DiffusionGradientDirection", "gradient direction of each diffusion volume (analysis)",
                        vendors.gradientDirectionLocations(vendor)));
    }

    private static double toCanonical(Unit unit, double v) {
        return unit == null ? v : unit.toCanonical(v);
    }

    /** Ten significant digits: the conversions' binary noise (0.0023000000000000004) never reaches the files. */
    static double round(double v) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(10)).doubleValue();
    }
}
