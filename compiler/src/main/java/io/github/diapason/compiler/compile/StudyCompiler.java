package io.github.diapason.compiler.compile;

import io.github.diapason.compiler.words.Messages;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Subject;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Site;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.resolve.EffectiveProtocol;
import io.github.diapason.resolve.OverrideResolver;
import io.github.diapason.vendor.Feasibility;
import io.github.diapason.vendor.NotRun;
import io.github.diapason.vendor.SiteParameterSet;
import io.github.diapason.vendor.SiteTranslator;
import io.github.diapason.vendor.VendorAdapter;
import io.github.diapason.vendor.VendorAdapters;
import io.github.diapason.vendor.VendorSequence;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The compile stage: for one site and date, choose the scanner period, resolve the overrides,
 * decide feasibility and translate into the vendor's console words. Generate, rules, diff, check
 * and qualification all consume its {@link SiteOutcome}; built once per run with the vendor
 * adapters, so adapters given to it reach every stage. Pure: no I/O.
 */
public final class StudyCompiler {

    private final VendorAdapters adapters;
    private final SiteTranslator translator;
    private final java.util.Map<List<Object>, Validated<String>> directionFiles = new java.util.concurrent.ConcurrentHashMap<>();

    public StudyCompiler(VendorAdapters adapters) {
        this.adapters = adapters;
        this.translator = new SiteTranslator(adapters);
    }

    public VendorAdapters adapters() {
        return adapters;
    }

    /** Every site of the study on {@code date} (see {@link #scannerFor}), in the order of the study. */
    public Compilation compileAll(LoadedStudy study, Optional<LocalDate> date) {
        List<SiteOutcome> outcomes = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Site site : study.study().sites()) {
            Validated<SiteOutcome> compiled = compile(study, site, date);
            diagnostics.addAll(compiled.diagnostics());
            compiled.value().ifPresent(outcomes::add);
        }
        return new Compilation(outcomes, diagnostics);
    }

    /** One site on {@code date}: an error when no scanner period of the site covers it. */
    public Validated<SiteOutcome> compile(LoadedStudy study, Site site, Optional<LocalDate> date) {
        Optional<ScannerPeriod> scanner = scannerFor(site, study, date);
        if (scanner.isEmpty()) {
            return Validated.failed(List.of(Diagnostic.error("NoScannerOnDate", "site '" + site.id()
                            + "' lists no scanner in use on " + studyDate(study, date).orElse(null),
                    "add a scanner period covering that date, or generate for another --date",
                    study.locate(site.id(), "/scanners")).withSubject(Subject.site(site.id()))));
        }
        return compile(study, site, scanner.get());
    }

    /** One site on one scanner period. */
    public Validated<SiteOutcome> compile(LoadedStudy study, Site site, ScannerPeriod scanner) {
        EffectiveProtocol effective = OverrideResolver.resolve(study.study().protocol(), site, scanner);
        Validated<SiteParameterSet> translated = translator.translate(effective.protocol().exam(), site, scanner,
                study.siteSource(site.id()).file());
        List<Diagnostic> diagnostics = new ArrayList<>(translated.diagnostics().stream()
                .map(d -> locate(d, study, site, effective.protocol().exam().sequences())).toList());
        if (translated.value().isEmpty()) {
            return Validated.failed(diagnostics);
        }
        SiteParameterSet set = translated.value().get();
        List<SequenceOutcome> outcomes = new ArrayList<>();
        List<Sequence> sequences = effective.protocol().exam().sequences();
        for (int k = 0; k < sequences.size(); k++) {
            Sequence sequence = sequences.get(k);
            Optional<VendorSequence> vendor = set.sequences().stream()
                    .filter(v -> v.sequenceId().equals(sequence.id())).findFirst();
            Optional<NotRun> notRun = set.notRun().stream()
                    .filter(d -> d.sequenceId().equals(sequence.id())).findFirst();
            // a dynamic of another sequence's series runs with its host, with no card of its own
            Feasibility feasibility = notRun.map(NotRun::feasibility)
                    .orElseGet(() -> new Feasibility(vendor.isPresent() || sequence.dynamicOf() != null
                            ? Feasibility.Verdict.RUNNABLE
                            : Feasibility.Verdict.INFEASIBLE, List.of()));
            notRun.ifPresent(n -> diagnostics.add(notRunDiagnostic(n, site, study, sequenceIndex(study, sequence))));
            outcomes.add(new SequenceOutcome(sequence, feasibility, vendor));
        }
        List<DirectionFileText> directionFiles = directionFiles(set.vendor(), outcomes, study, site, diagnostics);
        diagnostics.sort(Diagnostic.ORDER);
        return Validated.of(new SiteOutcome(effective, set, outcomes, directionFiles, diagnostics), diagnostics);
    }

    /**
     * The direction table of every diffusion sequence the site runs, in its vendor's import format
     * (a user-defined table is how consoles acquire a given scheme: Siemens "Diffusion mode: Free"
     * with a .dvs file, GE tensor.dat, Philips a user-defined gradient file).
     */
    private List<DirectionFileText> directionFiles(String vendor, List<SequenceOutcome> outcomes, LoadedStudy study,
                                                   Site site, List<Diagnostic> diagnostics) {
        List<DirectionFileText> files = new ArrayList<>();
        Optional<VendorAdapter> adapter = adapters.find(vendor, SourceLocation.NONE).value();
        if (adapter.isEmpty()) {
            return files;
        }
        for (SequenceOutcome s : outcomes) {
            if (s.vendor().isEmpty() || s.sequence().diffusion() == null) {
                continue;
            }
            Validated<String> text = directionFile(adapter.get(), s.sequence().diffusion());
            SourceLocation at = study.locate(site.id(), "/exam/sequences/" + sequenceIndex(study, s.sequence())
                    + "/diffusion");
            text.diagnostics().forEach(d -> diagnostics.add(new Diagnostic(d.severity(), d.code(), "site '" + site.id()
                    + "', sequence '" + s.sequence().id() + "': " + d.message(), d.hint(), at,
                    Subject.sequence(site.id(), s.sequence().id()), d.expected(), d.actual())));
            text.value().ifPresent(t -> files.add(new DirectionFileText(s.sequence().id(),
                    adapter.get().directionFile().fileName(s.sequence().id()), t)));
        }
        return files;
    }

    /**
     * A vendor's direction file for a scheme: the same for every site of that vendor (and every
     * scanner period), so written once per adapter and scheme; a few schemes per study.
     */
    private Validated<String> directionFile(VendorAdapter adapter, io.github.diapason.model.DiffusionScheme scheme) {
        List<Object> key = List.of(adapter, scheme);
        Validated<String> text = directionFiles.get(key);
        if (text == null) {
            text = adapter.directionFile(scheme);
            if (directionFiles.size() < 256) {
                directionFiles.put(key, text);
            }
        }
        return text;
    }

    private static int sequenceIndex(LoadedStudy study, Sequence sequence) {
        List<Sequence> base = study.study().protocol().exam().sequences();
        for (int k = 0; k < base.size(); k++) {
            // a part of a split diffusion scheme points at the sequence it comes from
            if (base.get(k).diffusionParts().stream().anyMatch(part -> part.id().equals(sequence.id()))) {
                return k;
            }
        }
        return -1;
    }

    /** A dropped optional sequence is a note; a mandatory one the site cannot run is an error. */
    private static Diagnostic notRunDiagnostic(NotRun notRun, Site site, LoadedStudy study, int index) {
        Messages en = Messages.builtIn("en");
        String reasons = notRun.feasibility().reasons().stream().map(en::reason).collect(Collectors.joining("; "));
        SourceLocation at = study.locate(site.id(), index < 0 ? "/exam/sequences" : "/exam/sequences/" + index);
        Subject subject = Subject.sequence(site.id(), notRun.sequenceId());
        return notRun.dropped()
                ? new Diagnostic(Severity.NOTE, "SequenceDropped", "optional sequence '" + notRun.sequenceId()
                        + "' is dropped at site '" + site.id() + "': " + reasons, "", at).withSubject(subject)
                : Diagnostic.error("SequenceInfeasible", "mandatory sequence '" + notRun.sequenceId()
                        + "' cannot run at site '" + site.id() + "': " + reasons,
                "license the option, change the site's equipment, or make the sequence optional", at)
                .withSubject(subject);
    }

    /**
     * The translator knows pointers only: give them their file, line and column; and name the
     * site, since one protocol line serves every site.
     */
    private static Diagnostic locate(Diagnostic d, LoadedStudy study, Site site, List<Sequence> resolved) {
        SourceLocation at = d.location();
        SourceLocation located = at.hasLine() ? at : study.locate(site.id(), protocolPath(at.path(), study, resolved));
        String message = d.message().contains("site '" + site.id() + "'") ? d.message()
                : "site '" + site.id() + "': " + d.message();
        Subject subject = d.subject().isEmpty() ? Subject.site(site.id()) : d.subject();
        return new Diagnostic(d.severity(), d.code(), message, d.hint(), located, subject, d.expected(), d.actual());
    }

    private static final java.util.regex.Pattern RESOLVED_SEQUENCE = java.util.regex.Pattern.compile("^/exam/sequences/(\\d+)(.*)$");

    /**
     * The translator numbers the resolved sequences, where a split diffusion scheme is several: the path of the
     * protocol's own sequence, so the diagnostic points at its line.
     */
    private static String protocolPath(String path, LoadedStudy study, List<Sequence> resolved) {
        java.util.regex.Matcher m = RESOLVED_SEQUENCE.matcher(path == null ? "" : path);
        if (!m.matches()) {
            return path;
        }
        int k = Integer.parseInt(m.group(1));
        int index = k < resolved.size() ? sequenceIndex(study, resolved.get(k)) : -1;
        return index < 0 ? path : "/exam/sequences/" + index + m.group(2);
    }

    /** The date compiled for: the requested one, else the protocol's date (when it parses). */
    public static Optional<LocalDate> studyDate(LoadedStudy study, Optional<LocalDate> requested) {
        return requested.or(() -> Optional.ofNullable(study.study().protocol().study().date()).flatMap(d -> {
            try {
                return Optional.of(LocalDate.parse(d));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }));
    }

    /**
     * The scanner period to compile for. An explicit date must fall in a period; by default (the
     * protocol's date) a site that installed its scanner later gets its first period after it,
     * and a study without a date gets each site's latest period.
     */
    public static Optional<ScannerPeriod> scannerFor(Site site, LoadedStudy study, Optional<LocalDate> requested) {
        if (requested.isPresent()) {
            return site.scannerOn(requested.get());
        }
        Optional<LocalDate> date = studyDate(study, Optional.empty());
        if (date.isEmpty()) {
            return site.scanners().stream().reduce((a, b) -> b);
        }
        return site.scannerOn(date.get())
                .or(() -> site.scanners().stream().filter(p -> p.validFrom() != null && p.validFrom().isAfter(date.get()))
                        .findFirst())
                .or(() -> site.scanners().stream().reduce((a, b) -> b));
    }
}
