package io.github.diapason.compiler.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.diapason.conformity.rules.AttributeRule;
import io.github.diapason.conformity.rules.RuleSet;
import io.github.diapason.conformity.rules.SequenceRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A dcm2bids (version 3) configuration for one site and scanner period: one description per
 * sequence, matched on the sidecar's SeriesDescription (the console series name, fnmatch
 * special characters escaped) and on the RepetitionTime range of the rule set (the
 * {@code "btwe"} between-or-equal comparison of dcm2bids 3 criteria [U: operator names as seen
 * in ports of dcm2bids' compare_float; confirm against the dcm2bids documentation]). datatype,
 * suffix and custom entities come from the ReproIn series name (vendors.md section 8) when it is
 * one, else from the technique (attributes.json, "bids"). Localisers have no BIDS datatype and
 * are left out.
 */
final class Dcm2BidsConfig {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Dcm2BidsConfig() {
    }

    record BidsName(String datatype, String suffix, String entities) {
    }

    public static ObjectNode config(RuleSet set) {
        ObjectNode root = F.objectNode();
        ArrayNode descriptions = root.putArray("descriptions");
        for (SequenceRule seq : set.sequences()) {
            Optional<BidsName> name = bidsName(seq);
            if (name.isEmpty() || seq.recognition().seriesNames().isEmpty()) {
                continue;
            }
            ObjectNode d = descriptions.addObject();
            d.put("id", seq.id());
            d.put("datatype", name.get().datatype());
            d.put("suffix", name.get().suffix());
            if (!name.get().entities().isEmpty()) {
                d.put("custom_entities", name.get().entities());
            }
            ObjectNode criteria = d.putObject("criteria");
            criteria.put("SeriesDescription", fnmatchQuote(seq.recognition().seriesNames().get(0)));
            Optional<AttributeRule> tr = seq.attribute("RepetitionTime");
            if (tr.isPresent() && tr.get().expected().size() == 1) {
                criteria.putObject("RepetitionTime").putArray("btwe")
                        .add(RuleDerivation.round(tr.get().lowest(0))).add(RuleDerivation.round(tr.get().highest(0)));
            }
        }
        return root;
    }

    /** BIDS datatype, suffix and entities of a sequence: ReproIn name first, then the technique. */
    static Optional<BidsName> bidsName(SequenceRule seq) {
        AttributeCatalogue.Bids bids = AttributeCatalogue.BUILT_IN.bids();
        if ("localiser".equals(seq.technique())) {
            return Optional.empty();
        }
        String series = seq.recognition().seriesNames().isEmpty() ? "" : seq.recognition().seriesNames().get(0);
        String[] parts = series.split("_");
        String head = parts.length == 0 ? "" : parts[0];
        int dash = head.indexOf('-');
        String seqtype = dash < 0 ? head : head.substring(0, dash);
        if (bids.reproinDatatypes().contains(seqtype)) {
            String suffix = dash < 0 ? bids.defaultSuffix().get(seqtype) : head.substring(dash + 1);
            List<String> entities = new ArrayList<>();
            // ses- and run- are dcm2bids' business (session argument, automatic run numbering)
            Arrays.stream(parts).skip(1).filter(p -> p.contains("-") && !p.startsWith("ses-") && !p.startsWith("run-"))
                    .map(p -> p.replaceAll("__dup[0-9]+$", "")).forEach(entities::add);
            return Optional.of(new BidsName(seqtype, suffix, String.join("_", entities)));
        }
        AttributeCatalogue.Naming byTechnique = bids.byTechnique().get(seq.technique());
        if (byTechnique == null) {
            return Optional.empty();
        }
        return Optional.of(new BidsName(byTechnique.datatype(), byTechnique.suffix(),
                byTechnique.entities() == null ? "" : byTechnique.entities()));
    }

    /** fnmatch treats * ? [ specially; [x] matches x literally. */
    static String fnmatchQuote(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c == '*' || c == '?' || c == '[' ? "[" + c + "]" : String.valueOf(c));
        }
        return out.toString();
    }
}
