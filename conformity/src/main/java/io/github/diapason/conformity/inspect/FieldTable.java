package io.github.diapason.conformity.inspect;

import io.github.diapason.conformity.dicom.Tags;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vendor knowledge of {@code inspect} as data: for every reported field, the DICOM
 * locations to try in order and the unit conversion of each ({@code series-fields.tsv}),
 * and the identifying attributes whose presence is reported ({@code identifying-attributes.tsv}).
 */
public final class FieldTable {

    /** How values of a field are gathered (see the header of {@code series-fields.tsv}). */
    public enum Kind {
        TEXT, TEXTS, JOINED, NUMBER, NUMBERS, EACH, VECTOR;

        /** Gathered over every file and frame of a series rather than taken from one file. */
        boolean perFrame() {
            return this == EACH || this == VECTOR;
        }
    }

    /** One step of a path: a public tag, or a private element (creator, group, element byte). */
    public record Step(int tag, String creator) {
        static Step parse(String s) {
            int at = s.lastIndexOf('@');
            String creator = at < 0 ? null : s.substring(0, at);
            String[] ge = s.substring(at + 1).split(",");
            return new Step(Tags.of(Integer.parseInt(ge[0], 16), Integer.parseInt(ge[1], 16)), creator);
        }
    }

    /** Where a value lives. */
    public sealed interface Location {
        /** Attributes from the top-level data set ({@code functionalGroups} false) or a frame's functional groups. */
        record Path(List<Step> steps, boolean functionalGroups) implements Location {
        }

        /** Several single-valued attributes concatenated (a vector stored one component per attribute). */
        record Concat(List<Path> parts) implements Location {
        }

        record Csa(String name) implements Location {
        }

        record Ascconv(String key) implements Location {
        }

        /** A key of GE's protocol data block (0025,xx1B) of GEMS_SERS_01. */
        record GeProtocol(String key) implements Location {
        }

        static Location parse(String s) {
            if (s.startsWith("csa:")) {
                return new Csa(s.substring(4));
            }
            if (s.startsWith("geprotocol:")) {
                return new GeProtocol(s.substring(11));
            }
            if (s.startsWith("ascconv:")) {
                return new Ascconv(s.substring(8));
            }
            if (s.contains("+")) {
                List<Path> parts = new ArrayList<>();
                for (String p : s.split("\\+")) {
                    parts.add((Path) parse(p));
                }
                return new Concat(List.copyOf(parts));
            }
            boolean fg = s.startsWith("fg:");
            List<Step> steps = new ArrayList<>();
            for (String step : (fg ? s.substring(3) : s).split("/")) {
                steps.add(Step.parse(step));
            }
            return new Path(List.copyOf(steps), fg);
        }
    }

    /** One row: a field, how it is gathered, one place it may be found, the conversion to BIDS units. */
    public record Rule(String field, Kind kind, Location location, String transform) {
        /** Internal fields (leading underscore) feed computed values and are not reported as such. */
        public boolean internal() {
            return field.startsWith("_");
        }
    }

    /** An identifying attribute: its keyword (what a report names) and tag. */
    public record Identifying(String keyword, int tag) {
    }

    private static final class Holder {
        static final FieldTable INSTANCE = load();
    }

    private final List<Rule> rules;
    private final Map<String, List<Rule>> byField;
    private final List<Identifying> identifying;

    private FieldTable(List<Rule> rules, List<Identifying> identifying) {
        this.rules = List.copyOf(rules);
        Map<String, List<Rule>> m = new LinkedHashMap<>();
        for (Rule r : rules) {
            m.computeIfAbsent(r.field(), k -> new ArrayList<>()).add(r);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        this.byField = java.util.Collections.unmodifiableMap(m);
        this.identifying = List.copyOf(identifying);
    }

    public static FieldTable standard() {
        return Holder.INSTANCE;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Fields in table order, each with its locations in the order they are tried. */
    public Map<String, List<Rule>> byField() {
        return byField;
    }

    public List<Identifying> identifying() {
        return identifying;
    }

    /**
     * Every series-level protocol key the table refers to, as written in the table ({@code ascconv:alTR[0]},
     * {@code geprotocol:DELACQ}): the only ones kept from a series' text protocols.
     */
    public List<String> seriesProtocolKeys() {
        return rules.stream().map(Rule::location).map(l -> l instanceof Location.Ascconv a ? "ascconv:" + a.key()
                : l instanceof Location.GeProtocol g ? "geprotocol:" + g.key() : null)
                .filter(java.util.Objects::nonNull).distinct().toList();
    }

    private static FieldTable load() {
        List<Rule> rules = new ArrayList<>();
        for (String[] f : rows("series-fields.tsv", 4)) {
            rules.add(new Rule(f[0], Kind.valueOf(f[1].toUpperCase(java.util.Locale.ROOT)), Location.parse(f[2]), f[3]));
        }
        List<Identifying> identifying = new ArrayList<>();
        for (String[] f : rows("identifying-attributes.tsv", 2)) {
            identifying.add(new Identifying(f[0], Step.parse(f[1]).tag()));
        }
        return new FieldTable(rules, identifying);
    }

    private static List<String[]> rows(String resource, int columns) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = FieldTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the conformity jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != columns) {
                    throw new IllegalStateException(resource + ": expected " + columns + " columns: " + line);
                }
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in table " + resource, e);
        }
        return out;
    }
}
