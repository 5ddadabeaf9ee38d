package io.github.diapason.compiler.generate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.Equipment;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Site;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.resolve.EffectiveProtocol;
import io.github.diapason.resolve.OverrideResolver;
import io.github.diapason.vendor.Feasibility;
import io.github.diapason.vendor.VendorAdapter;
import io.github.diapason.vendor.VendorAdapters;
import io.github.diapason.vendor.VendorSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compiles one site: resolve overrides for its scanner, decide feasibility of each sequence,
 * translate the runnable ones into the vendor's console parameters. Pure: no I/O.
 */
public final class SiteCompiler {

    private final VendorAdapters adapters;

    public SiteCompiler(VendorAdapters adapters) {
        this.adapters = adapters;
    }

    public Validated<SiteOutcome> compile(LoadedStudy study, Site site, ScannerPeriod scanner) {
        Protocol protocol = study.study().protocol();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Validated<VendorAdapter> adapter = adapters.find(scanner.vendor(),
                study.siteSource(site.id()).locate("/scanners/" + site.scanners().indexOf(scanner) + "/vendor"));
        diagnostics.addAll(adapter.diagnostics());
        if (adapter.value().isEmpty()) {
            return Validated.failed(diagnostics);
        }
        EffectiveProtocol effective = OverrideResolver.resolve(protocol, site, scanner);
        Integer minimumChannels = Optional.ofNullable(protocol.exam().equipment()).map(Equipment::coil)
                .map(c -> c.minimumChannels()).orElse(null);
        List<SequenceOutcome> outcomes = new ArrayList<>();
        List<Sequence> sequences = effective.protocol().exam().sequences();
        for (int i = 0; i < sequences.size(); i++) {
            Sequence sequence = sequences.get(i);
            var location = study.protocolSource().locate("/exam/sequences/" + i);
            Feasibility feasibility = adapter.value().get().feasibility(sequence, site, scanner, minimumChannels);
            Optional<VendorSequence> vendor = Optional.empty();
            switch (feasibility.verdict()) {
                case RUNNABLE -> {
                    Validated<VendorSequence> translated = adapter.value().get().translate(sequence, scanner, location);
                    diagnostics.addAll(prefixed(site, translated.diagnostics()));
                    vendor = translated.value();
                }
                case INFEASIBLE -> diagnostics.add(Diagnostic.error("MandatorySequenceInfeasible",
                        "site '" + site.id() + "' cannot run mandatory sequence '" + sequence.id() + "': "
                                + String.join("; ", feasibility.reasons()),
                        "license the option, change the coil, or agree a justified override for this site",
                        study.siteSource(site.id()).locate("/scanners")));
                case DROPPED -> { }
            }
            outcomes.add(new SequenceOutcome(sequence, feasibility, vendor));
        }
        return Validated.of(new SiteOutcome(effective, outcomes, diagnostics), diagnostics);
    }

    /** Vendor diagnostics name the site, since one protocol location serves every site. */
    private static List<Diagnostic> prefixed(Site site, List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> new Diagnostic(d.severity(), d.code(),
                "site '" + site.id() + "': " + d.message(), d.hint(), d.location())).toList();
    }
}
