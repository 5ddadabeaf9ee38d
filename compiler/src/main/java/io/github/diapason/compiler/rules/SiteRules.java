package io.github.diapason.compiler.rules;

import io.github.diapason.compiler.compile.SiteOutcome;
import io.github.diapason.compiler.compile.StudyCompiler;
import io.github.diapason.conformity.rules.RuleFile;
import io.github.diapason.conformity.rules.RuleSet;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Site;
import io.github.diapason.model.StudyInfo;
import io.github.diapason.read.LoadedStudy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One site's {@code rules.json}: a single file holding one rule set per scanner period of the
 * site's history, in history order. The period being generated reuses its compiled outcome;
 * the others are compiled here. Their problems are reported as warnings naming the period (the
 * generated period's own problems are already reported by the site compilation), so an old
 * scanner's limits never block today's outputs.
 */
final class SiteRules {

    private final StudyCompiler compiler;
    private final RuleDerivation derivation;

    public SiteRules(StudyCompiler compiler, RuleDerivation derivation) {
        this.compiler = compiler;
        this.derivation = derivation;
    }

    public Validated<RuleFile> derive(LoadedStudy study, SiteOutcome generated) {
        Site site = generated.effective().site();
        List<RuleSet> sets = new ArrayList<>();
        Set<Diagnostic> diagnostics = new LinkedHashSet<>();
        for (ScannerPeriod period : site.scanners()) {
            boolean current = period.equals(generated.effective().scanner());
            SiteOutcome outcome = generated;
            if (!current) {
                Validated<SiteOutcome> compiled = compiler.compile(study, site, period);
                compiled.diagnostics().forEach(d -> diagnostics.add(forPeriod(d, period)));
                if (compiled.value().isEmpty()) {
                    diagnostics.add(Diagnostic.warning("RulesPeriodNotDerived", "site '" + site.id()
                                    + "': no conformity rules for the scanner period " + label(period)
                                    + " (it could not be compiled)", "fix the problems reported for that period",
                            study.locate(site.id(), "/scanners")));
                    continue;
                }
                outcome = compiled.value().get();
            }
            RuleDerivation.Derived derived = derivation.derive(outcome);
            sets.add(derived.ruleSet());
            derived.diagnostics().forEach(d -> diagnostics.add(located(d, study)));
        }
        StudyInfo info = study.study().protocol().study();
        RuleFile rules = RuleFile.of(info.id(), info.version(), site.id(), sets);
        Validated<List<io.github.diapason.conformity.rules.WaiverRule>> waivers = SiteWaivers.of(study, rules);
        diagnostics.addAll(waivers.diagnostics());
        return Validated.of(rules.withWaivers(waivers.value().orElse(List.of())), List.copyOf(diagnostics));
    }

    private static Diagnostic located(Diagnostic d, LoadedStudy study) {
        return d.location().hasLine() ? d
                : new Diagnostic(d.severity(), d.code(), d.message(), d.hint(), study.locate("", d.location().path()),
                d.subject(), d.expected(), d.actual());
    }

    private static Diagnostic forPeriod(Diagnostic d, ScannerPeriod period) {
        Severity severity = d.severity() == Severity.ERROR ? Severity.WARNING : d.severity();
        return new Diagnostic(severity, d.code(), "scanner period " + label(period) + ": " + d.message(), d.hint(),
                d.location(), d.subject(), d.expected(), d.actual());
    }

    /** "from 2018-03-01 to 2027-02-28", for messages. */
    static String label(ScannerPeriod p) {
        return (p.validFrom() == null ? "from the start" : "from " + p.validFrom())
                + (p.validTo() == null ? "" : " to " + p.validTo());
    }
}
