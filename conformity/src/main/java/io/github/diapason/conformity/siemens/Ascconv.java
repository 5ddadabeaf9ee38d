package io.github.diapason.conformity.siemens;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The Siemens Phoenix protocol in its text form ("ASCCONV"): the lines between
 * {@code ### ASCCONV BEGIN ... ###} and {@code ### ASCCONV END ###} of the CSA series header's
 * {@code MrPhoenixProtocol}, of Siemens XA's (0021,xx19), or of a protocol exported from the console.
 * Each line is {@code key = value}, for example {@code alTR[0] = 2300000},
 * {@code sKSpace.ucPhasePartialFourier = 0x10}, {@code tProtocolName = ""t1_mprage""}.
 *
 * <p>Pure and immutable: text in, keys in the order they appear, with typed getters. Values are
 * kept as written except that text values lose their quotes (Siemens doubles them) and unquoted
 * values lose a trailing {@code #} comment. A key written twice keeps its first value. Text without an
 * ASCCONV marker is read whole, so a bare list of {@code key = value} lines parses too.
 */
public final class Ascconv {

    public static final Ascconv EMPTY = new Ascconv(Map.of());

    private static final String BEGIN = "### ASCCONV BEGIN";
    private static final String END = "### ASCCONV END";

    private final Map<String, String> values;

    private Ascconv(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** Whether {@code text} carries an ASCCONV block. */
    public static boolean hasBlock(String text) {
        return text.contains(BEGIN);
    }

    /** The first ASCCONV block of {@code text} (or the whole text when it has no marker). Never throws. */
    public static Ascconv parse(String text) {
        return parse(text, null);
    }

    /**
     * {@code parse(text).retain(keys)}, without building the other keys' values: a Phoenix protocol has one to
     * three thousand lines and {@code inspect} wants a few dozen of them, once per series (issue 11, speed).
     * {@code keys} null keeps every key.
     */
    public static Ascconv parse(String text, java.util.Set<String> keys) {
        int from = 0;
        int to = text.length();
        int begin = text.indexOf(BEGIN);
        if (begin >= 0) {
            int lineEnd = text.indexOf('\n', begin);
            from = lineEnd < 0 ? text.length() : lineEnd + 1;
            int end = text.indexOf(END, from);
            to = end < 0 ? text.length() : end;
        }
        Map<String, String> out = new LinkedHashMap<>();
        int pos = from;
        while (pos < to) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 || nl > to ? to : nl;
            if (keys == null || keys.contains(keyOf(text, pos, lineEnd))) {
                line(text.substring(pos, lineEnd), out);
            }
            pos = lineEnd + 1;
        }
        return new Ascconv(out);
    }

    /** The key {@link #line} would read from the line {@code [from, to)} of {@code text}, or "" when it reads none. */
    private static String keyOf(String text, int from, int to) {
        int k = from;
        while (k < to && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        int eq = text.indexOf('=', k);
        if (eq <= k || eq >= to || text.charAt(k) == '#') {
            return "";
        }
        int end = eq;
        while (end > k && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(k, end);
    }

    private static void line(String line, Map<String, String> out) {
        String trimmed = line.strip();
        int eq = trimmed.indexOf('=');
        if (eq <= 0 || trimmed.startsWith("#")) {
            return;
        }
        String key = trimmed.substring(0, eq).strip();
        String value = trimmed.substring(eq + 1).strip();
        if (value.startsWith("\"")) {
            int open = 0;
            while (open < value.length() && value.charAt(open) == '"') {
                open++;
            }
            int close = value.indexOf('"', open);
            value = value.substring(open, close < 0 ? value.length() : close);
        } else {
            int hash = value.indexOf('#');
            if (hash >= 0) {
                value = value.substring(0, hash).strip();
            }
        }
        if (!key.isEmpty() && !hasWhitespace(key)) {
            out.putIfAbsent(key, value);
        }
    }

    private static boolean hasWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Every key and value, in the order of the text. */
    public Map<String, String> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public int size() {
        return values.size();
    }

    /** The value as written (text values without their quotes). */
    public Optional<String> text(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** A whole number, decimal or {@code 0x} hexadecimal; empty when absent or not a whole number. */
    public OptionalLong integer(String key) {
        String v = values.get(key);
        if (v == null) {
            return OptionalLong.empty();
        }
        try {
            if (v.startsWith("0x") || v.startsWith("0X")) {
                return OptionalLong.of(Long.parseLong(v.substring(2), 16));
            }
            return OptionalLong.of(Long.parseLong(v));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** A number (decimal, exponent or {@code 0x} hexadecimal); empty when absent or not a finite number. */
    public OptionalDouble decimal(String key) {
        OptionalLong whole = integer(key);
        if (whole.isPresent()) {
            return OptionalDouble.of(whole.getAsLong());
        }
        String v = values.get(key);
        if (v == null) {
            return OptionalDouble.empty();
        }
        try {
            double d = Double.parseDouble(v);
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** Only the keys listed (those present), in the order of the text: what a caller caches per series. */
    public Ascconv retain(java.util.Collection<String> keys) {
        Map<String, String> kept = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (keys.contains(k)) {
                kept.put(k, v);
            }
        });
        return new Ascconv(kept);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ascconv a && values.equals(a.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Ascconv" + values;
    }
}
