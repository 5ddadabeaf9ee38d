package io.github.diapason.compiler.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.diapason.compiler.compile.SiteOutcome;
import io.github.diapason.compiler.compile.StudyCompiler;
import io.github.diapason.compiler.output.OutputTree;
import io.github.diapason.conformity.rules.DicomVendors;
import io.github.diapason.conformity.rules.RuleFile;
import io.github.diapason.conformity.rules.RuleSet;
import io.github.diapason.conformity.rules.RulesJson;
import io.github.diapason.conformity.rules.SequenceRule;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.read.LoadedStudy;
import java.util.List;
import java.util.Objects;

/**
 * Every conformity rule file of one site, added to the run's {@link OutputTree}:
 * <pre>
 * sites/&lt;site&gt;/rules.json                     one rule set per scanner period (RulesJson)
 * sites/&lt;site&gt;/loris-mri_protocol.csv         LORIS mri_protocol rows, every period
 * sites/&lt;site&gt;/bids/&lt;sequence&gt;.schema.json    BIDS sidecar schemas, the generated period
 * sites/&lt;site&gt;/dcm2bids_config.json           dcm2bids configuration, the generated period
 * sites/&lt;site&gt;/scanner-periods/&lt;from&gt;/...      the last two again for every period, when the site has several
 * </pre>
 * {@code <from>} is the period's validFrom date ("period-N" when it has none).
 */
public final class RuleOutputs {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final SiteRules siteRules;
    private final DicomVendors vendors = DicomVendors.load();

    /** Rules derived with the same vendor adapters the compile stage translated with. */
    public RuleOutputs(StudyCompiler compiler) {
        this.siteRules = new SiteRules(compiler, new RuleDerivation(compiler.adapters()));
    }

    /** Adds the site's rule files to {@code tree}; returns the diagnostics found deriving them. */
    public List<Diagnostic> render(LoadedStudy study, SiteOutcome outcome, OutputTree tree) {
        Validated<RuleFile> derived = siteRules.derive(study, outcome);
        if (derived.value().isEmpty()) {
            return derived.diagnostics();
        }
        RuleFile file = derived.value().get();
        String dir = "sites/" + OutputTree.segment(file.siteId()) + "/";
        tree.put(dir + "rules.json", RulesJson.bytes(file));
        tree.put(dir + "loris-mri_protocol.csv", LorisMriProtocol.csv(file));
        file.ruleSets().stream().filter(set -> sameScanner(set, outcome)).findFirst()
                .or(() -> file.ruleSets().stream().reduce((a, b) -> b))
                .ifPresent(set -> perPeriod(file, set, dir, tree));
        if (file.ruleSets().size() > 1) {
            for (int k = 0; k < file.ruleSets().size(); k++) {
                RuleSet set = file.ruleSets().get(k);
                String key = set.scanner().validFrom() == null ? "period-" + (k + 1) : set.scanner().validFrom().toString();
                perPeriod(file, set, dir + "scanner-periods/" + OutputTree.segment(key) + "/", tree);
            }
        }
        return derived.diagnostics();
    }

    /**
     * What generate would say of the site's waivers (a parameter its rules never check), for
     * validate: the rules are derived only when the study has waivers for this site.
     */
    public List<Diagnostic> waiverDiagnostics(LoadedStudy study, SiteOutcome outcome) {
        String site = outcome.effective().site().id();
        if (study.waivers().waivers().stream().noneMatch(w -> w.site().equals(site) && w.parameter() != null)) {
            return List.of();
        }
        return siteRules.derive(study, outcome).diagnostics().stream()
                .filter(d -> d.code().startsWith("Waiver")).toList();
    }

    private static boolean sameScanner(RuleSet set, SiteOutcome outcome) {
        ScannerPeriod p = outcome.effective().scanner();
        return Objects.equals(set.scanner().validFrom(), p.validFrom())
                && Objects.equals(set.scanner().deviceSerialNumber(), p.deviceSerialNumber());
    }

    private void perPeriod(RuleFile file, RuleSet set, String dir, OutputTree tree) {
        for (SequenceRule seq : set.sequences()) {
            tree.put(dir + "bids/" + OutputTree.segment(seq.id()) + ".schema.json",
                    json(BidsSidecarSchema.schema(file, set, seq, vendors)));
        }
        tree.put(dir + "dcm2bids_config.json", json(Dcm2BidsConfig.config(set)));
    }

    private static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON trees always serialise", e);
        }
    }
}
