package io.github.diapason.vendor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Writes a site's parameter set as {@code parameters.json} (schema:
 * {@code io/github/diapason/vendor/parameters.schema.json}). Deterministic: fixed key order,
 * sequences in exam order, numbers at fixed precision, "\n" line ends, no timestamps.
 * Returns the text; writing files is the compiler's business.
 */
public final class ParametersJson {
    /** Classpath location of the JSON Schema (2020-12) of the output. */
    public static final String SCHEMA_RESOURCE = "/io/github/diapason/vendor/parameters.schema.json";

    private static final JsonNodeFactory NODES = new JsonNodeFactory(true);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ParametersJson() {
    }

    public static String write(SiteParameterSet set) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(tree(set)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a tree of plain nodes failed to serialise", e);
        }
    }

    public static byte[] bytes(SiteParameterSet set) {
        return write(set).getBytes(StandardCharsets.UTF_8);
    }

    static ObjectNode tree(SiteParameterSet set) {
        ObjectNode root = NODES.objectNode();
        root.put("site", set.site());
        root.put("vendor", set.vendor());
        root.put("model", set.model());
        root.put("fieldStrength", decimal(set.fieldStrength(), 2));
        root.put("softwareVersion", set.softwareVersion());
        ArrayNode sequences = root.putArray("sequences");
        for (VendorSequence s : set.sequences()) {
            ObjectNode seq = sequences.addObject();
            seq.put("id", s.sequenceId());
            seq.put("productName", s.productName());
            ArrayNode cards = seq.putArray("cards");
            for (Card c : s.cards()) {
                ObjectNode card = cards.addObject();
                card.put("name", c.name());
                ArrayNode parameters = card.putArray("parameters");
                for (ConsoleParameter p : c.parameters()) {
                    ObjectNode param = parameters.addObject();
                    param.put("label", p.label());
                    if (p.value() instanceof ConsoleValue.Numeric n) {
                        param.put("value", n.number());
                    } else {
                        param.put("value", p.value().display());
                    }
                    param.put("unit", p.unit());
                }
            }
            ArrayNode approximations = seq.putArray("approximations");
            for (Approximation a : s.approximations()) {
                ObjectNode ap = approximations.addObject();
                ap.put("parameter", a.parameter().name());
                if (a.index() > 0) {
                    ap.put("echo", a.index());
                }
                ap.put("requested", decimal(a.requested(), 6));
                ap.put("achieved", decimal(a.achieved(), 6));
                ap.put("unit", a.unit());
                ap.put("deviation", decimal(a.deviation(), 6));
                ap.put("allowedDeviation", decimal(a.allowedDeviation(), 6));
                ap.put("withinTolerance", a.withinTolerance());
            }
            seq.set("acquisitionTime", time(s.acquisitionTime()));
        }
        ArrayNode dropped = root.putArray("dropped");
        for (NotRun d : set.dropped()) {
            ObjectNode node = dropped.addObject();
            node.put("id", d.sequenceId());
            ArrayNode reasons = node.putArray("reasons");
            for (Reason r : d.feasibility().reasons()) {
                ObjectNode reason = reasons.addObject();
                reason.put("code", r.code().name());
                ArrayNode args = reason.putArray("args");
                r.args().forEach(a -> args.add(a instanceof io.github.diapason.model.LocalizedText t ? t.in("en")
                        : a instanceof io.github.diapason.model.Technique t ? t.id() : String.valueOf(a)));
            }
        }
        root.set("examTime", time(set.examTime()));
        return root;
    }

    private static ObjectNode time(AcquisitionTime t) {
        ObjectNode node = NODES.objectNode();
        node.put("seconds", decimal(t.seconds(), 1));
        node.put("display", t.display());
        if (t.isRange()) {
            node.put("shortestSeconds", decimal(t.shortestSeconds(), 1));
        }
        if (t.reacquiredSeconds() > 0) {
            node.put("reacquiredSeconds", decimal(t.reacquiredSeconds(), 1));
        }
        if (t.heartRate() != null) {
            ObjectNode rate = node.putObject("heartRate");
            rate.put("min", decimal(t.heartRate().minBpm(), 1));
            rate.put("max", decimal(t.heartRate().maxBpm(), 1));
        }
        return node;
    }

    private static BigDecimal decimal(double v, int places) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
