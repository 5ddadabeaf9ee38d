package io.github.diapason.conformity.dicom;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One data element as read: tag, VR, private creator (for private tags), and either its
 * value bytes (decoded on demand, so reading stays cheap) or its sequence items. A value
 * longer than the reader's limit is not loaded: {@link #isValueSkipped()} says so.
 */
public final class DicomElement {

    private static final byte[] NONE = new byte[0];

    private final int tag;
    private final Vr vr;
    private final String privateCreator;
    private final long length;
    private final byte[] value;
    private final boolean bigEndian;
    private final SpecificCharacterSet charset;
    private final List<DicomDataset> items;
    private final boolean valueSkipped;

    DicomElement(int tag, Vr vr, String privateCreator, long length, byte[] value, boolean bigEndian,
                 SpecificCharacterSet charset, List<DicomDataset> items, boolean valueSkipped) {
        this.tag = tag;
        this.vr = vr;
        this.privateCreator = privateCreator;
        this.length = length;
        this.value = value == null ? NONE : value;
        this.bigEndian = bigEndian;
        this.charset = charset;
        this.items = items == null ? List.of() : List.copyOf(items);
        this.valueSkipped = valueSkipped;
    }

    public int tag() {
        return tag;
    }

    public Vr vr() {
        return vr;
    }

    /** The private creator owning this element's block, for private elements. */
    public Optional<String> privateCreator() {
        return Optional.ofNullable(privateCreator);
    }

    /** Declared value length in bytes; -1 for an undefined length. */
    public long length() {
        return length;
    }

    public boolean isSequence() {
        return vr == Vr.SQ;
    }

    /** The value was longer than the reader's limit and was skipped, not loaded. */
    public boolean isValueSkipped() {
        return valueSkipped;
    }

    public List<DicomDataset> items() {
        return items;
    }

    /**
     * Whether the element says something: a sequence with items, text other than padding, a
     * non-empty binary value (without decoding it).
     */
    public boolean hasContent() {
        if (isSequence()) {
            return !items.isEmpty();
        }
        if (vr.isText()) {
            for (byte b : value) {
                if (b != ' ' && b != 0 && b != '\\') {
                    return true;
                }
            }
            return false;
        }
        return value.length > 0 || valueSkipped;
    }

    /** A copy of the raw value bytes (empty for sequences and skipped values). */
    public byte[] bytes() {
        return value.clone();
    }

    /**
     * Whether {@code other} holds the same value as this one: same VR, byte order, character set and value bytes,
     * so every accessor ({@link #strings()}, {@link #doubles()}…) gives the same result. Not for sequences.
     * Lets a caller reuse what it derived from one file's element for the next file of a series.
     */
    public boolean sameValueAs(DicomElement other) {
        if (other == this) {
            return vr != Vr.SQ; // the same object: a series reader's unchanged element (SeriesReader)
        }
        return other != null && vr == other.vr && vr != Vr.SQ && other.vr != Vr.SQ && bigEndian == other.bigEndian
                && valueSkipped == other.valueSkipped && length == other.length
                && (charset == null ? other.charset == null : charset.decodesLike(other.charset))
                && Arrays.equals(value, other.value);
    }

    int rawLength() {
        return value.length;
    }

    byte[] rawValue() {
        return value;
    }

    /**
     * The values as text: text VRs decoded with the specific character set, split on
     * backslashes where the VR allows several values, padding removed; binary numbers and
     * tags formatted; empty for bytes and sequences.
     */
    public List<String> strings() {
        if (vr.isText()) {
            return text();
        }
        if (vr == Vr.AT) {
            List<String> out = new ArrayList<>();
            for (long t : longs()) {
                out.add(Tags.format((int) t));
            }
            return out;
        }
        if (vr == Vr.FL || vr == Vr.FD) {
            List<String> out = new ArrayList<>();
            for (double d : doubles()) {
                out.add(vr == Vr.FL ? Float.toString((float) d) : Double.toString(d));
            }
            return out;
        }
        if (vr.binarySize() > 0) {
            List<String> out = new ArrayList<>();
            for (long l : longs()) {
                out.add(vr == Vr.UV ? Long.toUnsignedString(l) : Long.toString(l));
            }
            return out;
        }
        return List.of();
    }

    /** The first value as text, if any. */
    public Optional<String> string() {
        List<String> s = strings();
        return s.isEmpty() ? Optional.empty() : Optional.of(s.get(0));
    }

    /** Numeric values: binary numbers decoded, DS/IS (or any text) parsed; unparsable text values are skipped. */
    public double[] doubles() {
        int size = vr.binarySize();
        if (size > 0 && vr != Vr.AT) {
            ByteBuffer b = buffer();
            int n = value.length / size;
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = switch (vr) {
                    case US -> b.getShort() & 0xFFFF;
                    case SS -> b.getShort();
                    case UL -> b.getInt() & 0xFFFFFFFFL;
                    case SL -> b.getInt();
                    case FL -> b.getFloat();
                    case FD -> b.getDouble();
                    case SV -> b.getLong();
                    case UV -> unsignedToDouble(b.getLong());
                    default -> throw new IllegalStateException(vr.name());
                };
            }
            return out;
        }
        if (vr == Vr.DS || vr == Vr.IS) {
            double[] plain = plainDecimals(false);
            if (plain != null) {
                return plain;
            }
        }
        if (vr.isText()) {
            return text().stream().map(DicomElement::parseNumber).filter(d -> d != null)
                    .mapToDouble(Double::doubleValue).toArray();
        }
        return new double[0];
    }

    /** Integer values of binary integer VRs and AT (as {@code group << 16 | element}); IS parsed. */
    public long[] longs() {
        int size = vr.binarySize();
        if (size > 0 && vr != Vr.FL && vr != Vr.FD) {
            ByteBuffer b = buffer();
            int n = value.length / size;
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                out[i] = switch (vr) {
                    case US -> b.getShort() & 0xFFFF;
                    case SS -> b.getShort();
                    case UL -> b.getInt() & 0xFFFFFFFFL;
                    case SL -> b.getInt();
                    case SV, UV -> b.getLong();
                    case AT -> (long) (b.getShort() & 0xFFFF) << 16 | (b.getShort() & 0xFFFF);
                    default -> throw new IllegalStateException(vr.name());
                };
            }
            return out;
        }
        return Arrays.stream(doubles()).mapToLong(d -> (long) d).toArray();
    }

    /** The first numeric value, if any. */
    public Optional<Double> number() {
        double[] d = doubles();
        return d.length == 0 ? Optional.empty() : Optional.of(d[0]);
    }

    private ByteBuffer buffer() {
        return ByteBuffer.wrap(value).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    }

    private List<String> text() {
        int end = value.length;
        while (end > 0 && (value[end - 1] == 0 || value[end - 1] == ' ')) {
            end--;
        }
        if (end == 0) {
            return List.of();
        }
        boolean specific = vr.usesSpecificCharacterSet() && charset != null;
        if ((!specific || charset.isLatin1()) && vr.isMultiValuedText()) {
            // ISO 8859-1 maps each byte to one char: splitting the bytes at '\\' gives the same values as splitting
            // the decoded text, without a String.charAt per character (the bulk of inspect's DS and UI values).
            List<String> out = new ArrayList<>();
            int from = 0;
            for (int i = 0; i <= end; i++) {
                if (i == end || value[i] == '\\') {
                    out.add(new String(value, from, i - from, StandardCharsets.ISO_8859_1).strip());
                    from = i + 1;
                }
            }
            return out;
        }
        String s = specific ? charset.decode(value, 0, end) : new String(value, 0, end, StandardCharsets.ISO_8859_1);
        if (!vr.isMultiValuedText()) {
            return List.of(s);
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\\') {
                out.add(s.substring(from, i).strip());
                from = i + 1;
            }
        }
        return out;
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * DS/IS values written as plain decimals ({@code [+-]digits[.digits]}, blanks around, at most 2^53 as digits without
     * the point and at most 22 after it), parsed from the bytes without a String each (Image Position and the other
     * per-frame values of every file); null when any value is written otherwise, for {@link Double#valueOf}. Not a
     * hand-written parser of every form: in this range the integer and the power of ten are exact doubles, so their one
     * correctly rounded quotient is the value {@code Double.valueOf} gives (Clinger's fast path, as in the JDK's own
     * {@code FloatingDecimal}); an empty value is skipped, as {@code parseNumber} skips it.
     */
    private double[] plainDecimals(boolean every) {
        byte[] v = value;
        int end = v.length;
        while (end > 0 && (v[end - 1] == 0 || v[end - 1] == ' ')) {
            end--;
        }
        int count = end == 0 ? 0 : 1;
        for (int i = 0; i < end; i++) {
            if (v[i] == '\\') {
                count++;
            }
        }
        double[] out = new double[count];
        int n = 0;
        int i = 0;
        while (i < end) {
            while (i < end && v[i] == ' ') {
                i++;
            }
            if (i == end || v[i] == '\\') {
                i++; // an empty value
                continue;
            }
            boolean negative = v[i] == '-';
            if (negative || v[i] == '+') {
                i++;
            }
            long m = 0;
            int digits = 0;
            int after = -1;
            for (; i < end; i++) {
                byte c = v[i];
                if (c >= '0' && c <= '9') {
                    m = m * 10 + (c - '0');
                    digits++;
                    if (after >= 0) {
                        after++;
                    }
                    if (m > 1L << 53) {
                        return null;
                    }
                } else if (c == '.' && after < 0) {
                    after = 0;
                } else {
                    break;
                }
            }
            while (i < end && v[i] == ' ') {
                i++;
            }
            if (digits == 0 || after > 22 || i < end && v[i] != '\\') {
                return null;
            }
            i++;
            double d = after > 0 ? m / POWERS_OF_TEN[after] : m;
            out[n++] = negative ? -d : d;
        }
        return n == out.length ? out : every ? null : java.util.Arrays.copyOf(out, n);
    }

    /**
     * The values of a DS or IS element when each of them, none empty, is a plain decimal as {@link #doubles()} parses
     * them from the bytes: then the i-th is {@code Double.parseDouble} of the i-th of {@link #strings()}, which has as
     * many. Null for any other VR or form (a caller then parses {@link #strings()}).
     */
    public double[] plainDecimalValues() {
        return vr == Vr.DS || vr == Vr.IS ? plainDecimals(true) : null;
    }

    private static Double parseNumber(String s) {
        try {
            return s.isEmpty() ? null : Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double unsignedToDouble(long l) {
        return l >= 0 ? l : (double) (l >>> 1) * 2.0 + (l & 1);
    }

    @Override
    public String toString() {
        String who = privateCreator == null ? "" : " [" + privateCreator + "]";
        String what = isSequence() ? items.size() + " item(s)" : vr.isBytes() ? value.length + " bytes" : strings().toString();
        return String.format(Locale.ROOT, "%s %s%s %s", Tags.format(tag), vr, who, what);
    }
}
