package io.github.diapason.compiler.generate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Site;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.resolve.EffectiveProtocol;
import io.github.diapason.resolve.OverrideResolver;
import io.github.diapason.vendor.DroppedSequence;
import io.github.diapason.vendor.Feasibility;
import io.github.diapason.vendor.SiteParameterSet;
import io.github.diapason.vendor.SiteTranslator;
import io.github.diapason.vendor.VendorAdapters;
import io.github.diapason.vendor.VendorSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compiles one site: resolve overrides for its scanner, then let the vendor adapters decide
 * feasibility and translate (vendor-adapters' {@link SiteTranslator}); diagnostics are then
 * located in the protocol or site file they are about. Pure: no I/O.
 */
public final class SiteCompiler {

    private final SiteTranslator translator;

    public SiteCompiler(VendorAdapters adapters) {
        this.translator = new SiteTranslator(adapters);
    }

    public Validated<SiteOutcome> compile(LoadedStudy study, Site site, ScannerPeriod scanner) {
        EffectiveProtocol effective = OverrideResolver.resolve(study.study().protocol(), site, scanner);
        Validated<SiteParameterSet> translated = translator.translate(effective.protocol().exam(), site, scanner,
                study.siteSource(site.id()).file());
        List<Diagnostic> diagnostics = translated.diagnostics().stream().map(d -> locate(d, study, site)).toList();
        if (translated.value().isEmpty()) {
            return Validated.failed(diagnostics);
        }
        SiteParameterSet set = translated.value().get();
        List<SequenceOutcome> outcomes = new ArrayList<>();
        for (Sequence sequence : effective.protocol().exam().sequences()) {
            Optional<VendorSequence> vendor = set.sequences().stream()
                    .filter(v -> v.sequenceId().equals(sequence.id())).findFirst();
            Optional<DroppedSequence> dropped = set.dropped().stream()
                    .filter(d -> d.sequenceId().equals(sequence.id())).findFirst();
            Feasibility feasibility = vendor.isPresent() ? new Feasibility(Feasibility.Verdict.RUNNABLE, List.of())
                    : dropped.map(d -> new Feasibility(Feasibility.Verdict.DROPPED, List.of(d.reason())))
                    .orElseGet(() -> new Feasibility(Feasibility.Verdict.INFEASIBLE, reasons(diagnostics, sequence)));
            outcomes.add(new SequenceOutcome(sequence, feasibility, vendor));
        }
        return Validated.of(new SiteOutcome(effective, set, outcomes, diagnostics), diagnostics);
    }

    /**
     * The translator knows pointers only: give them their file, line and column; and name the
     * site, since one protocol line serves every site.
     */
    private static Diagnostic locate(Diagnostic d, LoadedStudy study, Site site) {
        SourceLocation at = d.location();
        SourceLocation located = at.hasLine() ? at
                : at.path().startsWith("/exam") || at.path().startsWith("/overrides")
                ? study.protocolSource().locate(at.path())
                : study.siteSource(site.id()).locate(at.path());
        String message = d.message().contains("site '" + site.id() + "'") ? d.message()
                : "site '" + site.id() + "': " + d.message();
        return new Diagnostic(d.severity(), d.code(), message, d.hint(), located);
    }

    private static List<String> reasons(List<Diagnostic> diagnostics, Sequence sequence) {
        return diagnostics.stream().filter(Diagnostic::isError)
                .filter(d -> d.message().contains("'" + sequence.id() + "'"))
                .map(Diagnostic::message).toList();
    }
}
