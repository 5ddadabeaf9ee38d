package io.github.diapason.conformity.siemens;

import java.nio.charset.StandardCharsets;
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
        return read(text, keys, false).orElse(EMPTY);
    }

    /**
     * The ASCCONV block of a Siemens header's protocol text ({@code MrPhoenixProtocol}, XA's (0021,xx19)), keeping
     * {@code keys} only (every key when null): empty when the text has no block or its block no {@code key = value}
     * line. One search for the markers where {@link #hasBlock} then {@link #parse(String, java.util.Set)} made two: the
     * block follows 20–100 KB of XProtocol text that {@code inspect} reads once per series (issue 11, speed).
     */
    public static Optional<Ascconv> parseBlock(String text, java.util.Set<String> keys) {
        return read(text, keys, true);
    }

    /**
     * Reads the text as UTF-8 bytes: the markers, line ends, {@code =}, {@code #} and the whitespace around keys are
     * ASCII, never part of a multi-byte character, and a byte array is read several times faster than a String
     * char by char by the launcher's C1-only compiler (a 62 KB Phoenix protocol: 450 µs as a String). The lines kept
     * are decoded back to text and read by {@link #line}, so values are the same as reading the String.
     */
    private static Optional<Ascconv> read(String text, java.util.Set<String> keys, boolean blockOnly) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return read(b, 0, b.length, StandardCharsets.UTF_8, keys, blockOnly);
    }

    /**
     * {@link #parseBlock(String, java.util.Set)} of the text that {@code bytes[from, to)} encode in {@code charset}
     * (UTF-8 or an ASCII-compatible single-byte charset such as ISO 8859-1), without decoding it first: the CSA series
     * header stores its protocol as ISO 8859-1 bytes, which decoding to a String that {@code parseBlock} encoded back
     * to UTF-8 cost as much as reading the block (6 % of inspect's samples, once per Siemens series; issue 11, speed).
     * The lines kept are decoded in {@code charset}, so the values are those of parsing the decoded text.
     */
    public static Optional<Ascconv> parseBlock(byte[] bytes, int from, int to, java.nio.charset.Charset charset, java.util.Set<String> keys) {
        return read(bytes, from, to, charset, keys, true);
    }

    private static Optional<Ascconv> read(byte[] b, int start, int stop, java.nio.charset.Charset charset, java.util.Set<String> keys,
            boolean blockOnly) {
        int from = start;
        int to = stop;
        int begin = indexOf(b, BEGIN_BYTES, start, stop);
        if (begin >= 0) {
            int lineEnd = indexOf(b, (byte) '\n', begin, stop);
            from = lineEnd < 0 ? stop : lineEnd + 1;
            int end = indexOf(b, END_BYTES, from, stop);
            to = end < 0 ? stop : end;
        } else if (blockOnly) {
            return Optional.empty();
        }
        // a line's key is decoded only when a wanted key has its length: most of a protocol's lines are not wanted
        boolean[] wantedLength = null;
        // and, once the block is known to have a key line, a line that does not begin with a wanted key followed by a blank
        // or '=' is passed over to its end without reading its key: a protocol has 1,000–3,000 lines for a few keys
        // (issue 11, speed). A set of the keys' first bytes answers for most lines before the keys are compared.
        int prefix = 0;
        long[] prefixes = null;
        byte[][] wanted = null;
        if (keys != null) {
            wanted = keys.stream().map(k -> k.getBytes(charset)).toArray(byte[][]::new);
            wantedLength = new boolean[keys.stream().mapToInt(k -> k.getBytes(charset).length).max().orElse(0) + 1];
            prefix = Math.min(PREFIX, keys.stream().mapToInt(k -> k.getBytes(charset).length).min().orElse(0));
            prefixes = new long[PREFIX_BITS / 64];
            for (String k : keys) {
                byte[] key = k.getBytes(charset);
                wantedLength[key.length] = true;
                int h = prefixHash(key, 0, prefix);
                prefixes[h >>> 6] |= 1L << h;
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        boolean any = false;
        int pos = from;
        while (pos < to) {
            // one pass over the line: its key (from the first non-blank to the last non-blank before '='), then its end
            int k = pos;
            while (k < to && b[k] != '\n' && isWhitespace(b[k])) {
                k++;
            }
            if (any && prefix > 0 && k + prefix <= to) {
                int h = prefixHash(b, k, prefix); // the first bytes of a wanted key, or of another line that has them
                if ((prefixes[h >>> 6] & 1L << h) == 0 || !startsWithKey(b, k, to, wanted)) {
                    int next = indexOf(b, (byte) '\n', k, to);
                    pos = next < 0 ? to : next + 1;
                    continue;
                }
            }
            int i = k;
            int keyEnd = k;
            boolean innerBlank = false;
            if (k < to && b[k] != '#') {
                while (i < to && b[i] != '\n' && b[i] != '=') {
                    if (!isWhitespace(b[i])) {
                        innerBlank |= keyEnd < i && keyEnd > k; // a blank between two key characters
                        keyEnd = i + 1;
                    }
                    i++;
                }
            }
            int lineEnd = indexOf(b, (byte) '\n', i, to);
            lineEnd = lineEnd < 0 ? to : lineEnd;
            if (i < to && b[i] == '=' && keyEnd > k) {
                int length = keyEnd - k;
                any |= !innerBlank; // a key line that line() keeps
                if (keys == null || length < wantedLength.length && wantedLength[length]
                        && keys.contains(new String(b, k, length, charset))) {
                    line(new String(b, pos, lineEnd - pos, charset), out);
                }
            }
            pos = lineEnd + 1;
        }
        return blockOnly && !any ? Optional.empty() : Optional.of(new Ascconv(out));
    }

    /** How many first bytes of a key {@link #read} compares (at most), and the bits of its set of them. */
    private static final int PREFIX = 8;
    private static final int PREFIX_BITS = 4096;

    /** Whether a key of {@code wanted} is at {@code at}, followed by a blank or '=' before {@code to}. */
    private static boolean startsWithKey(byte[] b, int at, int to, byte[][] wanted) {
        for (byte[] key : wanted) {
            int end = at + key.length;
            if (end < to && (isWhitespace(b[end]) || b[end] == '=') && java.util.Arrays.equals(b, at, end, key, 0, key.length)) {
                return true;
            }
        }
        return false;
    }

    private static int prefixHash(byte[] b, int from, int length) {
        long p = 0;
        for (int i = from; i < from + length; i++) {
            p = p << 8 | (b[i] & 0xFF);
        }
        return (int) (p * 0x9E3779B97F4A7C15L >>> 52); // 12 bits: PREFIX_BITS
    }

    private static final byte[] BEGIN_BYTES = BEGIN.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_BYTES = END.getBytes(StandardCharsets.US_ASCII);

    private static int indexOf(byte[] b, byte c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first {@code word} from {@code from} (Horspool's search: the byte under the window's last place says how far
     * the word can move, up to its whole length, instead of one comparison per byte through the 20–100 KB of XProtocol
     * text before the block and the block itself: 7.6 % of inspect's samples on the dicom-qa bench, series-diff).
     */
    private static int indexOf(byte[] b, byte[] word, int from, int to) {
        int last = word.length - 1;
        int[] shift = new int[256];
        java.util.Arrays.fill(shift, word.length);
        for (int i = 0; i < last; i++) {
            shift[word[i] & 0xFF] = last - i;
        }
        for (int i = from, end = to - word.length; i <= end; i += shift[b[i + last] & 0xFF]) {
            if (b[i + last] == word[last] && java.util.Arrays.equals(b, i, i + last, word, 0, last)) {
                return i;
            }
        }
        return -1;
    }

    /** {@link Character#isWhitespace} for one byte of UTF-8 text (a byte of a multi-byte character is never one). */
    private static boolean isWhitespace(byte c) {
        return c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F;
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
