package io.github.diapason.conformity.siemens;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The test oracle for {@link Ascconv}'s byte reader: its reading loop as it was before the eight-byte line walk (main
 * ad1b444: markers found by their own searches, lines scanned byte by byte), and the CSA value cut at its first NUL
 * before it is read, as {@code SiemensCsa} did. Kept verbatim so that {@code AscconvFastPathTest} compares the walk with
 * the code it replaced, not with itself; what a kept line gives ({@link Ascconv#line}, and its byte whitespace) did not
 * change with the walk and is Ascconv's own, called rather than copied.
 */
final class AscconvBefore {

    private static final String BEGIN = "### ASCCONV BEGIN";
    private static final String END = "### ASCCONV END";

    private AscconvBefore() {
    }

    /** What {@code SiemensCsa} handed the parser: the bytes up to the first NUL of {@code [from, to)}. */
    static Optional<Map<String, String>> cStringBlock(byte[] b, int from, int to, java.nio.charset.Charset charset, java.util.Set<String> keys) {
        int end = from;
        while (end < to && b[end] != 0) {
            end++;
        }
        return read(b, from, end, charset, keys, true);
    }

    static Optional<Map<String, String>> read(byte[] b, int start, int stop, java.nio.charset.Charset charset, java.util.Set<String> keys,
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
        return blockOnly && !any ? Optional.empty() : Optional.of(out);
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

    private static boolean isWhitespace(byte c) {
        return Ascconv.isWhitespace(c);
    }

    private static void line(String line, Map<String, String> out) {
        Ascconv.line(line, out);
    }
}
