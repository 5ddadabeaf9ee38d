package io.github.diapason.conformity.dicom;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;

/**
 * Text decoding per (0008,0005) Specific Character Set. Single-byte sets, UTF-8, GB18030 and
 * GBK map to a Java charset. ISO 2022 code extensions (Japanese, Korean, Chinese files switch
 * sets with escape sequences) are decoded segment by segment: each escape sequence selects the
 * charset of the bytes that follow it, and the first term's set applies before any escape.
 * Without the attribute, text is decoded as ISO 8859-1 (what pydicom does too).
 */
final class SpecificCharacterSet {

    static final SpecificCharacterSet DEFAULT = new SpecificCharacterSet(StandardCharsets.ISO_8859_1, false, true);

    private static final byte ESC = 0x1B;

    private final Charset initial;
    private final boolean iso2022;
    private final boolean supported;

    private SpecificCharacterSet(Charset initial, boolean iso2022, boolean supported) {
        this.initial = initial;
        this.iso2022 = iso2022;
        this.supported = supported;
    }

    boolean supported() {
        return supported;
    }

    /** Decodes every byte to the one char of the same code (ISO 8859-1, no code extensions), as {@code new String(b, ISO_8859_1)}. */
    boolean isLatin1() {
        return !iso2022 && initial.equals(StandardCharsets.ISO_8859_1);
    }

    /** Decodes every byte string as {@code other} does. */
    boolean decodesLike(SpecificCharacterSet other) {
        return this == other || other != null && initial.equals(other.initial) && iso2022 == other.iso2022
                && supported == other.supported;
    }

    static SpecificCharacterSet of(List<String> terms) {
        if (terms.isEmpty()) {
            return DEFAULT;
        }
        boolean iso2022 = false;
        for (String t : terms) {
            iso2022 |= t.strip().toUpperCase(Locale.ROOT).startsWith("ISO 2022");
        }
        String first = terms.get(0).strip().toUpperCase(Locale.ROOT);
        Charset cs = first.isEmpty() || first.equals("ISO_IR 6") || first.equals("ISO 2022 IR 6")
                ? StandardCharsets.ISO_8859_1 : charset(first);
        if (cs == null) {
            return new SpecificCharacterSet(StandardCharsets.ISO_8859_1, iso2022, false);
        }
        return new SpecificCharacterSet(cs, iso2022, true);
    }

    private static Charset charset(String term) {
        String name = switch (term) {
            case "ISO_IR 100", "ISO 2022 IR 100" -> "ISO-8859-1";
            case "ISO_IR 101", "ISO 2022 IR 101" -> "ISO-8859-2";
            case "ISO_IR 109", "ISO 2022 IR 109" -> "ISO-8859-3";
            case "ISO_IR 110", "ISO 2022 IR 110" -> "ISO-8859-4";
            case "ISO_IR 144", "ISO 2022 IR 144" -> "ISO-8859-5";
            case "ISO_IR 127", "ISO 2022 IR 127" -> "ISO-8859-6";
            case "ISO_IR 126", "ISO 2022 IR 126" -> "ISO-8859-7";
            case "ISO_IR 138", "ISO 2022 IR 138" -> "ISO-8859-8";
            case "ISO_IR 148", "ISO 2022 IR 148" -> "ISO-8859-9";
            case "ISO_IR 203", "ISO 2022 IR 203" -> "ISO-8859-15";
            case "ISO_IR 13", "ISO 2022 IR 13" -> "JIS_X0201";
            case "ISO_IR 166", "ISO 2022 IR 166" -> "TIS-620";
            case "ISO_IR 192" -> "UTF-8";
            case "GB18030" -> "GB18030";
            case "GBK" -> "GBK";
            case "ISO 2022 IR 87", "ISO 2022 IR 159" -> "ISO-2022-JP";
            case "ISO 2022 IR 149" -> "EUC-KR";
            case "ISO 2022 IR 58" -> "GB2312";
            default -> null;
        };
        return name == null ? null : lookup(name);
    }

    private static Charset lookup(String name) {
        try {
            return Charset.forName(name);
        } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
            return null;
        }
    }

    String decode(byte[] b, int off, int len) {
        if (!iso2022) {
            return new String(b, off, len, initial);
        }
        StringBuilder out = new StringBuilder(len);
        Charset cs = initial;
        int end = off + len;
        int start = off;
        int i = off;
        while (i < end) {
            if (b[i] != ESC) {
                i++;
                continue;
            }
            out.append(segment(b, start, i - start, cs));
            int seqLen = escapeLength(b, i, end);
            Charset next = escapeCharset(b, i, seqLen);
            if (next != null) {
                cs = next;
            }
            // a JIS X 0208 segment keeps its escape so that Java's ISO-2022-JP decoder sees it
            start = next != null && next.name().equals("ISO-2022-JP") ? i : i + seqLen;
            i += Math.max(seqLen, 1);
        }
        out.append(segment(b, start, end - start, cs));
        return out.toString();
    }

    private static String segment(byte[] b, int off, int len, Charset cs) {
        return len <= 0 ? "" : new String(b, off, len, cs);
    }

    private static int escapeLength(byte[] b, int i, int end) {
        int n = 1;
        while (i + n < end && n < 4) {
            int c = b[i + n] & 0xFF;
            n++;
            if (c >= 0x30) { // final byte
                break;
            }
        }
        return n;
    }

    private static Charset escapeCharset(byte[] b, int i, int n) {
        String seq = new String(b, i + 1, Math.max(0, n - 1), StandardCharsets.ISO_8859_1);
        String name = switch (seq) {
            case "(B" -> "US-ASCII";
            case "(J", ")I" -> "JIS_X0201";
            case "$B", "$@" -> "ISO-2022-JP";
            case "$(D" -> "ISO-2022-JP-2";
            case "$)C" -> "EUC-KR";
            case "$)A" -> "GB2312";
            case "-A" -> "ISO-8859-1";
            case "-B" -> "ISO-8859-2";
            case "-C" -> "ISO-8859-3";
            case "-D" -> "ISO-8859-4";
            case "-L" -> "ISO-8859-5";
            case "-G" -> "ISO-8859-6";
            case "-F" -> "ISO-8859-7";
            case "-H" -> "ISO-8859-8";
            case "-M" -> "ISO-8859-9";
            case "-T" -> "TIS-620";
            default -> null;
        };
        return name == null ? null : lookup(name);
    }
}
