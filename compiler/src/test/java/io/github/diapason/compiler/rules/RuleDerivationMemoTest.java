package io.github.diapason.compiler.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.compiler.compile.SiteOutcome;
import io.github.diapason.model.Deidentification;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.Site;
import io.github.diapason.resolve.EffectiveProtocol;
import org.junit.jupiter.api.Test;

/**
 * Rule derivation is memoised per run by its complete inputs (scanner period, sequence outcomes,
 * de-identification policy, language): sites on the same scanner share one rule set, anything the
 * rules read that differs gives its own, and what names the site is never shared.
 */
class RuleDerivationMemoTest {

    /** The outcome of examples/ms-cohort's {@code siteId}, as if the site had another id and language. */
    private static SiteOutcome as(String siteId, String newId, String language) {
        return as(Studies.compiled(siteId, 0), newId, language);
    }

    private static SiteOutcome as(SiteOutcome o, String newId, String language) {
        Site s = o.effective().site();
        Site renamed = new Site(newId, s.name() + " (copy)", language, s.contacts(), s.scanners(), s.coils(),
                s.licensedOptions(), s.phantoms(), s.plannedUpgrades(), s.referenceSite(), s.excludedSequences(),
                s.code(), s.plannedParticipants(), s.organisation());
        EffectiveProtocol e = o.effective();
        return new SiteOutcome(new EffectiveProtocol(e.protocol(), renamed, e.scanner(), e.applied(), e.provenance()),
                o.parameterSet(), o.sequences(), o.directionFiles(), o.diagnostics());
    }

    @Test
    void sitesWithEqualInputsShareOneRuleSetEqualToAFreshDerivation() {
        RuleDerivation derivation = new RuleDerivation(Studies.ADAPTERS);
        SiteOutcome london = Studies.compiled("london", 0);
        SiteOutcome twin = as("london", "london-twin", london.effective().site().language());
        RuleDerivation.Derived first = derivation.derive(london);
        RuleDerivation.Derived second = derivation.derive(twin);
        assertThat(second.ruleSet()).isSameAs(first.ruleSet());
        assertThat(second.ruleSet()).isEqualTo(new RuleDerivation(Studies.ADAPTERS).derive(twin).ruleSet());
    }

    @Test
    void aSiteInAnotherLanguageGetsItsOwnRuleSet() {
        RuleDerivation derivation = new RuleDerivation(Studies.ADAPTERS);
        SiteOutcome english = as("lyon", "lyon-en", "en");
        SiteOutcome french = as("lyon", "lyon-fr", "fr");
        RuleDerivation.Derived en = derivation.derive(english);
        RuleDerivation.Derived fr = derivation.derive(french);
        assertThat(fr.ruleSet()).isNotSameAs(en.ruleSet());
        assertThat(fr.ruleSet()).isEqualTo(new RuleDerivation(Studies.ADAPTERS).derive(french).ruleSet());
        assertThat(en.ruleSet()).isEqualTo(new RuleDerivation(Studies.ADAPTERS).derive(english).ruleSet());
    }

    @Test
    void aSiteOnAnotherScannerGetsItsOwnRuleSet() {
        RuleDerivation derivation = new RuleDerivation(Studies.ADAPTERS);
        RuleDerivation.Derived london = derivation.derive(Studies.compiled("london", 0));
        RuleDerivation.Derived oslo = derivation.derive(Studies.compiled("oslo", 0));
        assertThat(oslo.ruleSet().scanner()).isNotEqualTo(london.ruleSet().scanner());
        assertThat(oslo.ruleSet()).isEqualTo(new RuleDerivation(Studies.ADAPTERS).derive(Studies.compiled("oslo", 0)).ruleSet());
    }

    /** The site's outcome under a policy that removes private tags (ms-cohort's keeps the safe ones). */
    private static SiteOutcome withoutPrivateTags(String siteId) {
        SiteOutcome o = Studies.compiled(siteId, 0);
        EffectiveProtocol e = o.effective();
        Protocol p = e.protocol();
        Deidentification d = p.deidentification();
        Deidentification strict = new Deidentification(d.profile(),
                d.options().stream().filter(x -> !x.equals("retain-safe-private")).toList(), d.pseudonymPattern(),
                d.keep(), d.procedure());
        Protocol stricter = new Protocol(p.study(), p.exam(), p.overrides(), strict, p.transfer(), p.planning());
        return new SiteOutcome(new EffectiveProtocol(stricter, e.site(), e.scanner(), e.applied(), e.provenance()),
                o.parameterSet(), o.sequences(), o.directionFiles(), o.diagnostics());
    }

    @Test
    void aSiteUnderAnotherDeidentificationPolicyGetsItsOwnRuleSet() {
        RuleDerivation derivation = new RuleDerivation(Studies.ADAPTERS);
        RuleDerivation.Derived kept = derivation.derive(Studies.compiled("london", 0));
        RuleDerivation.Derived strict = derivation.derive(withoutPrivateTags("london"));
        assertThat(strict.ruleSet().deidentification()).isNotEqualTo(kept.ruleSet().deidentification());
        assertThat(strict.ruleSet()).isEqualTo(new RuleDerivation(Studies.ADAPTERS).derive(withoutPrivateTags("london")).ruleSet());
    }

    @Test
    void diagnosticsOfASharedRuleSetNameTheirOwnSite() {
        RuleDerivation derivation = new RuleDerivation(Studies.ADAPTERS);
        SiteOutcome london = withoutPrivateTags("london");
        SiteOutcome twin = as(london, "london-twin", london.effective().site().language());
        RuleDerivation.Derived first = derivation.derive(london);
        RuleDerivation.Derived second = derivation.derive(twin);
        assertThat(second.ruleSet()).isSameAs(first.ruleSet());
        assertThat(first.diagnostics()).isNotEmpty().allSatisfy(d -> assertThat(d.message()).contains("'london'"));
        assertThat(second.diagnostics()).hasSameSizeAs(first.diagnostics())
                .allSatisfy(d -> assertThat(d.message()).contains("'london-twin'").doesNotContain("'london'"));
    }
}
