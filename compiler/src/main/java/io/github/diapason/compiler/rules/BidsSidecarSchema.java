package io.github.diapason.compiler.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.diapason.conformity.rules.AttributeRule;
import io.github.diapason.conformity.rules.DicomVendors;
import io.github.diapason.conformity.rules.RuleFile;
import io.github.diapason.conformity.rules.RuleSet;
import io.github.diapason.conformity.rules.SequenceRule;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A JSON Schema (2020-12) for the BIDS sidecar dcm2niix writes for one sequence at one site:
 * BIDS names and units (seconds for times), each attribute's accepted range from the rule set,
 * codes as constants, the Manufacturer as dcm2niix spells it. Only attributes dcm2niix writes
 * for every vendor are required (attributes.json, requiredInSidecar); the others are checked
 * when present. Multi-echo sequences give one sidecar per echo: EchoTime accepts any echo.
 */
final class BidsSidecarSchema {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private BidsSidecarSchema() {
    }

    public static ObjectNode schema(RuleFile file, RuleSet set, SequenceRule sequence, DicomVendors vendors) {
        ObjectNode root = F.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "urn:diapason:" + file.studyId() + ":" + file.siteId() + ":" + sequence.id()
                + (set.scanner().validFrom() == null ? "" : ":" + set.scanner().validFrom()));
        root.put("title", "BIDS sidecar of '" + sequence.id() + "' at site '" + file.siteId() + "'");
        root.put("description", "dcm2niix sidecar expected for " + sequence.name() + " on " + set.scanner().vendor() + " "
                + set.scanner().manufacturerModelName() + " (study " + file.studyId() + " " + file.studyVersion()
                + "); values are what this site's DICOM carries, in BIDS units");
        root.put("type", "object");
        ObjectNode properties = root.putObject("properties");
        TreeSet<String> required = new TreeSet<>();
        vendors.dcm2niixManufacturer(set.scanner().vendor()).ifPresent(m -> {
            properties.putObject("Manufacturer").put("const", m);
            required.add("Manufacturer");
        });
        double b0 = set.scanner().magneticFieldStrength();
        // dcm2niix copies (0018,0087), which some systems write as 2.89362 for a "3 T" magnet
        properties.putObject("MagneticFieldStrength").put("type", "number")
                .put("minimum", RuleDerivation.round(b0 * 0.9)).put("maximum", RuleDerivation.round(b0 * 1.1));
        for (AttributeRule a : sequence.attributes()) {
            if (!Boolean.TRUE.equals(a.sidecar())) {
                continue;
            }
            properties.set(a.attribute(), property(a));
            Optional<AttributeCatalogue.Entry> entry = AttributeCatalogue.BUILT_IN.byAttribute(a.attribute());
            if (entry.map(AttributeCatalogue.Entry::requiredInSidecar).orElse(false)) {
                required.add(a.attribute());
            }
        }
        ArrayNode req = root.putArray("required");
        required.forEach(req::add);
        return root;
    }

    private static ObjectNode property(AttributeRule a) {
        ObjectNode p = F.objectNode();
        if (a.coded()) {
            p.put("const", a.code());
            return p;
        }
        p.put("type", "number");
        if (a.unit() != null && !a.unit().equals("count")) {
            p.put("description", "in " + a.unit());
        }
        if (a.expected().size() > 1) {
            ArrayNode any = p.putArray("anyOf");
            for (int k = 0; k < a.expected().size(); k++) {
                any.addObject().put("minimum", RuleDerivation.round(a.lowest(k))).put("maximum", RuleDerivation.round(a.highest(k)));
            }
            return p;
        }
        if (!Double.isInfinite(a.lowest(0))) {
            p.put("minimum", RuleDerivation.round(a.lowest(0)));
        }
        if (!Double.isInfinite(a.highest(0))) {
            p.put("maximum", RuleDerivation.round(a.highest(0)));
        }
        return p;
    }
}
