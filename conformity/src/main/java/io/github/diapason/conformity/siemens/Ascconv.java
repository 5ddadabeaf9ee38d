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
        return read(b, 0, b.length, StandardCharsets.UTF_8, keys, blockOnly, false);
    }

    /**
     * {@link #parseBlock(String, java.util.Set)} of the text that {@code bytes[from, to)} encode in {@code charset}
     * (UTF-8 or an ASCII-compatible single-byte charset such as ISO 8859-1), without decoding it first: the CSA series
     * header stores its protocol as ISO 8859-1 bytes, which decoding to a String that {@code parseBlock} encoded back
     * to UTF-8 cost as much as reading the block (6 % of inspect's samples, once per Siemens series; issue 11, speed).
     * The lines kept are decoded in {@code charset}, so the values are those of parsing the decoded text.
     */
    public static Optional<Ascconv> parseBlock(byte[] bytes, int from, int to, java.nio.charset.Charset charset, java.util.Set<String> keys) {
        return read(bytes, from, to, charset, keys, true, false);
    }

    /**
     * {@link #parseBlock(byte[], int, int, java.nio.charset.Charset, java.util.Set)} of the text that ends at the first NUL
     * of {@code bytes[from, to)} (or at {@code to}): a CSA value as {@code SiemensCsa} stores it, padded with NULs. The NUL is
     * looked for on the way (in the lines walked to the BEGIN marker, then to the END marker) instead of through the whole
     * 20–140 KB value before the block is searched: the value ends a few bytes after the END marker, so the text is the
     * same and the bytes after END are not read (issue 11, speed).
     */
    public static Optional<Ascconv> parseCStringBlock(byte[] bytes, int from, int to, java.nio.charset.Charset charset,
            java.util.Set<String> keys) {
        return read(bytes, from, to, charset, keys, true, true);
    }

    private static Optional<Ascconv> read(byte[] b, int start, int stop, java.nio.charset.Charset charset, java.util.Set<String> keys,
            boolean blockOnly, boolean cString) {
        // a C string ends at its first NUL: the byte lineEnd() stops at besides the newline, else the newline again
        byte third = cString ? 0 : (byte) '\n';
        // the BEGIN marker, line by line with the walk that reads the block (a NUL before it ends the text: no block)
        int begin = -1;
        for (int pos = start; pos < stop; ) {
            int lineEnd = lineEnd(b, pos, stop, third, BEGIN_BYTES);
            if (lineEnd >= stop || b[lineEnd] != '\n') {
                begin = lineEnd < stop && b[lineEnd] == '#' ? lineEnd : -1;
                break;
            }
            pos = lineEnd + 1;
        }
        int from = start;
        if (begin >= 0) {
            int lineEnd = lineEnd(b, begin, stop, third, null);
            if (lineEnd < stop && b[lineEnd] != '\n') {
                return Optional.empty(); // the text ends on the marker's line: its block has no line
            }
            from = lineEnd < stop ? lineEnd + 1 : stop;
        } else if (blockOnly) {
            return Optional.empty();
        }
        Lines lines = new Lines(b, stop, charset, keys, third, begin >= 0 ? END_BYTES : null); // without a block, no END marker either
        for (int pos = from; pos < lines.limit; ) {
            pos = lines.next(pos);
        }
        return blockOnly && !lines.any ? Optional.empty() : Optional.of(new Ascconv(lines.out));
    }

    /**
     * The walk through the block's lines, one line per call of {@link #next}: a small method called a thousand times per
     * protocol is compiled by the JIT within the first protocol, where a loop in {@link #read}, called once per protocol,
     * ran interpreted for the first tens of them (inspect reads each series' protocol once; issue 11, speed).
     */
    private static final class Lines {
        final byte[] b;
        final java.nio.charset.Charset charset;
        final java.util.Set<String> keys;
        final Wanted wanted;
        final byte third;
        final byte[] end;
        final Map<String, String> out = new LinkedHashMap<>();
        /** The END marker's place once found (or a C string's NUL): the block's lines are those before it. */
        int limit;
        /** Whether the block has a key line that {@link Ascconv#line} keeps: lines are passed over by their first bytes after it. */
        boolean any;

        Lines(byte[] b, int limit, java.nio.charset.Charset charset, java.util.Set<String> keys, byte third, byte[] end) {
            this.b = b;
            this.limit = limit;
            this.charset = charset;
            this.keys = keys;
            this.wanted = keys == null ? null : Wanted.of(keys, charset);
            this.third = third;
            this.end = end;
        }

        /** Reads the line at {@code pos}; where the next one starts. */
        int next(int pos) {
            // the line's first non-blank, then its end: its newline, the END marker (which ends the block), or the text's end
            int k = pos;
            while (k < limit && b[k] != '\n' && isWhitespace(b[k])) {
                k++;
            }
            int lineEnd = lineEnd(b, k, limit, third, end);
            if (lineEnd < limit && b[lineEnd] != '\n') {
                limit = lineEnd; // the END marker, or the NUL that ends a C string: the block ends there
            }
            Wanted w = wanted;
            if (any && w != null && w.prefix > 0 && k + 8 <= lineEnd) {
                // the first bytes of a wanted key, or of another line that has them
                long first = (long) LONGS.get(b, k) & w.prefixMask;
                int h = prefixHash(first);
                if ((w.prefixSet[h >>> 6] & 1L << h) == 0 || !startsWithKey(b, k, lineEnd, w.keys, w.prefixes, first)) {
                    return lineEnd + 1;
                }
            }
            int i = k;
            int keyEnd = k;
            boolean innerBlank = false;
            if (k < lineEnd && b[k] != '#') {
                while (i < lineEnd && b[i] != '=') {
                    if (!isWhitespace(b[i])) {
                        innerBlank |= keyEnd < i && keyEnd > k; // a blank between two key characters
                        keyEnd = i + 1;
                    }
                    i++;
                }
            }
            if (i < lineEnd && b[i] == '=' && keyEnd > k) {
                int length = keyEnd - k;
                any |= !innerBlank; // a key line that line() keeps
                if (w == null || length < w.lengths.length && w.lengths[length] && keys.contains(new String(b, k, length, charset))) {
                    line(new String(b, pos, lineEnd - pos, charset), out);
                }
            }
            return lineEnd + 1;
        }
    }

    /**
     * The wanted keys as {@link #read} compares them. A line's key is decoded only when a wanted key has its length: most of
     * a protocol's lines are not wanted; and, once the block is known to have a key line, a line that does not begin with a
     * wanted key followed by a blank or '=' is passed over to its end without reading its key: a protocol has 1,000–3,000
     * lines for a few keys (issue 11, speed). A set of the keys' first bytes, read as one long, answers for most lines
     * before the keys are compared. Made once for the last set of keys asked for (inspect asks for the same few keys for
     * every series; made per call, with streams, it cost as much as a short protocol's lines before the JIT compiled it).
     */
    private static final class Wanted {
        private static volatile Wanted last;

        final java.util.Set<String> names;
        final java.nio.charset.Charset charset;
        final byte[][] keys;
        final boolean[] lengths;
        final int prefix;
        final long prefixMask;
        final long[] prefixSet = new long[PREFIX_BITS / 64];
        final long[] prefixes;

        private Wanted(java.util.Set<String> names, java.nio.charset.Charset charset) {
            this.names = names;
            this.charset = charset;
            keys = new byte[names.size()][];
            int i = 0;
            int longest = 0;
            int shortest = Integer.MAX_VALUE;
            for (String name : names) {
                keys[i] = name.getBytes(charset);
                longest = Math.max(longest, keys[i].length);
                shortest = Math.min(shortest, keys[i].length);
                i++;
            }
            lengths = new boolean[longest + 1];
            prefix = keys.length == 0 ? 0 : Math.min(PREFIX, shortest);
            prefixMask = prefix == 8 ? -1L : (1L << 8 * prefix) - 1;
            prefixes = new long[keys.length];
            for (int k = 0; k < keys.length; k++) {
                lengths[keys[k].length] = true;
                prefixes[k] = first8(keys[k]) & prefixMask;
                int h = prefixHash(prefixes[k]);
                prefixSet[h >>> 6] |= 1L << h;
            }
        }

        static Wanted of(java.util.Set<String> names, java.nio.charset.Charset charset) {
            Wanted w = last;
            // the same set object as last time is the same keys: names is immutable (the caller's own when it passed one)
            if (w == null || !w.charset.equals(charset) || w.names != names && !w.names.equals(names)) {
                w = new Wanted(java.util.Set.copyOf(names), charset);
                last = w;
            }
            return w;
        }
    }

    /** How many first bytes of a key {@link #read} compares (at most), and the bits of its set of them. */
    private static final int PREFIX = 8;
    private static final int PREFIX_BITS = 4096;

    /**
     * Eight bytes of an array as one little-endian long. Under the launcher's C1-only compiler a byte array view reads them
     * in one load, where a loop over the bytes costs a comparison and a bound check each: finding the newline (or a NUL)
     * of 120 KB of protocol eight bytes at a time takes a quarter of the time (issue 11, speed).
     */
    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = ONES * '\n';
    private static final long HASHES = ONES * '#';
    private static final long NUL_OR_NEWLINE = ONES * 0xF5;
    /** Bytes 7, 6, …, 0 from the top: {@code (1L << 8 * j) * BYTE_INDEX >>> 56 == j} (Long.numberOfTrailingZeros is a call under C1). */
    private static final long BYTE_INDEX = 0x0001020304050607L;

    /**
     * The first newline from {@code from}, or {@code third} (a C string's NUL; the newline again otherwise), or the first
     * {@code marker} ({@code ### ASCCONV BEGIN} or {@code END}; none when null) that ends before {@code to}; else {@code to}:
     * where the line from {@code from} ends. The markers are found on this walk instead of by searches of their own through
     * the 20 KB of XProtocol text before the block and the 40–120 KB of the block; a NUL inside a marker's place is found
     * first, so the marker is then not there, as in the text that ends at the NUL.
     */
    private static int lineEnd(byte[] b, int from, int to, byte third, byte[] marker) {
        long hashes = marker != null ? HASHES : NEWLINES;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            // the bytes 0x00, 0x02, 0x08 and 0x0A (those that "and 0xF5" makes zero: the NUL and the newline, not the tabs
            // of the XProtocol text) and the '#' of a word, each with its high bit set: every such byte has it (a bit set
            // above one by a borrow is looked at and passed over too)
            long x = (long) LONGS.get(b, i);
            long n = x & NUL_OR_NEWLINE;
            long y = x ^ hashes;
            for (long m = ((n - ONES) & ~n | (y - ONES) & ~y) & HIGHS; m != 0; m &= m - 1) {
                // the lowest set bit is 1 << 8j + 7 for the word's byte j; times BYTE_INDEX, byte j of it moves to the top
                int at = i + (int) (((m & -m) >>> 7) * BYTE_INDEX >>> 56);
                byte c = b[at];
                if (c == '\n' || c == third || c == '#' && marker != null && isMarker(b, at, to, marker)) {
                    return at;
                }
            }
        }
        for (; i < to; i++) {
            byte c = b[i];
            if (c == '\n' || c == third || c == '#' && marker != null && isMarker(b, i, to, marker)) {
                return i;
            }
        }
        return to;
    }

    /** Whether {@code marker} starts at {@code i} and ends before {@code to}. */
    private static boolean isMarker(byte[] b, int i, int to, byte[] marker) {
        return i + marker.length <= to && java.util.Arrays.equals(b, i, i + marker.length, marker, 0, marker.length);
    }

    private static long first8(byte[] key) {
        long p = 0;
        for (int i = Math.min(8, key.length) - 1; i >= 0; i--) {
            p = p << 8 | (key[i] & 0xFF);
        }
        return p;
    }

    /**
     * Whether a key of {@code wanted} is at {@code at}, followed by a blank or '=' before {@code to}; {@code first} is the
     * text's first bytes there as {@code prefixes} has each key's (the coil element lines share a wanted key's first bytes).
     */
    private static boolean startsWithKey(byte[] b, int at, int to, byte[][] wanted, long[] prefixes, long first) {
        for (int w = 0; w < wanted.length; w++) {
            byte[] key = wanted[w];
            int end = at + key.length;
            if (prefixes[w] == first && end < to && (isWhitespace(b[end]) || b[end] == '=')
                    && java.util.Arrays.equals(b, at, end, key, 0, key.length)) {
                return true;
            }
        }
        return false;
    }

    private static int prefixHash(long p) {
        return (int) (p * 0x9E3779B97F4A7C15L >>> 52); // 12 bits: PREFIX_BITS
    }

    private static final byte[] BEGIN_BYTES = BEGIN.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_BYTES = END.getBytes(StandardCharsets.US_ASCII);

    /** {@link Character#isWhitespace} for one byte of UTF-8 text (a byte of a multi-byte character is never one). */
    static boolean isWhitespace(byte c) {
        return c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F;
    }

    /** One line of the block: its key and value into {@code out} unless the key is there already (also {@code AscconvBefore}'s). */
    static void line(String line, Map<String, String> out) {
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
