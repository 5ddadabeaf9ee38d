package io.github.diapason.conformity.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes one ExamCard {@code parameterData} block (the base64 content of a {@code ScanProcedure}'s
 * parameter array, R5.3). Layout, established on the spine-generic ExamCard (every field checked
 * against the printout of the same scans):
 * <pre>
 *   header   8 × uint32 LE; the last is the number of parameters N
 *   N × 50-byte descriptors from offset 32:
 *     name   34 bytes, NUL-padded ASCII (EX_ACQ_flip_angle, IF_meas_matrix_size...)
 *     type   int32: 0 float32, 1 int32, 2 string (81-byte NUL-padded slots), 4 enumeration (int32 index)
 *     count  int32: number of elements
 *     enum   int32: for type 4, offset of the comma-separated symbol list, relative to this field
 *     value  int32: offset of the first element, relative to this field
 * </pre>
 * An element that falls outside the block, an unknown type or a bad enumeration index is
 * reported as not decoded, never guessed.
 */
final class PhilipsParameterBlock {

    static final int HEADER = 32;
    static final int DESCRIPTOR = 50;
    static final int NAME = 34;
    static final int STRING_SLOT = 81;
    static final int ENUMERATION = 4;

    /** One decoded parameter: its elements as printed strings (floats to 7 significant digits, as the console). */
    record Parameter(String name, int type, List<String> elements, int offset) {
    }

    /** A parameter the block names but whose value could not be decoded, and why. */
    record Undecoded(String name, String reason, int offset) {
    }

    record Decoded(List<Parameter> parameters, List<Undecoded> undecoded, String error) {
    }

    private PhilipsParameterBlock() {
    }

    static Decoded decode(byte[] block) {
        ByteBuffer b = ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN);
        if (block.length < HEADER) {
            return new Decoded(List.of(), List.of(), "block of " + block.length + " bytes has no header");
        }
        int count = b.getInt(28);
        if (count < 0 || (long) HEADER + (long) count * DESCRIPTOR > block.length) {
            return new Decoded(List.of(), List.of(),
                    "header announces " + count + " parameters, more than the " + block.length + "-byte block holds");
        }
        List<Parameter> parameters = new ArrayList<>();
        List<Undecoded> undecoded = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int d = HEADER + i * DESCRIPTOR;
            String name = cString(block, d, NAME);
            int type = b.getInt(d + NAME);
            int n = b.getInt(d + NAME + 4);
            int enumField = d + NAME + 8;
            int valueField = d + NAME + 12;
            long start = (long) valueField + b.getInt(valueField);
            String reason = elements(b, block, type, n, start, enumField, parameters, name);
            if (reason != null) {
                undecoded.add(new Undecoded(name, reason, d));
            }
        }
        return new Decoded(parameters, undecoded, "");
    }

    /** Adds the decoded parameter, or returns why it cannot be decoded. */
    private static String elements(ByteBuffer b, byte[] block, int type, int n, long start, int enumField,
                                   List<Parameter> out, String name) {
        int width = switch (type) {
            case 0, 1, 4 -> 4;
            case 2 -> STRING_SLOT;
            default -> -1;
        };
        if (width < 0) {
            return "unknown value type " + type;
        }
        if (n < 0 || start < 0 || start + (long) n * width > block.length) {
            return n + " element(s) of type " + type + " at offset " + start + " lie outside the block";
        }
        List<String> symbols = type == ENUMERATION ? symbols(b, block, enumField) : List.of();
        if (symbols == null) {
            return "its enumeration symbols lie outside the block";
        }
        List<String> elements = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int at = (int) (start + (long) k * width);
            switch (type) {
                case 0 -> elements.add(printFloat(b.getFloat(at)));
                case 1 -> elements.add(Integer.toString(b.getInt(at)));
                case 2 -> elements.add(cString(block, at, STRING_SLOT));
                default -> {
                    int index = b.getInt(at);
                    if (index < 0 || index >= symbols.size()) {
                        return "enumeration index " + index + " outside its " + symbols.size() + " symbols";
                    }
                    elements.add(symbols.get(index));
                }
            }
        }
        out.add(new Parameter(name, type, elements, (int) start));
        return null;
    }

    /** The comma-separated symbols of an enumeration; null when their offset points outside the block. */
    private static List<String> symbols(ByteBuffer b, byte[] block, int enumField) {
        long at = (long) enumField + b.getInt(enumField);
        if (at < 0 || at >= block.length) {
            return null;
        }
        return List.of(cString(block, (int) at, block.length - (int) at).split(",", -1));
    }

    /** Seven significant digits without trailing zeros: the ExamCard printout shows 83.33334, 0.9375, 20. */
    static String printFloat(float f) {
        if (Float.isNaN(f) || Float.isInfinite(f)) {
            return Float.toString(f);
        }
        if (f == 0f) {
            return "0";
        }
        return new BigDecimal(f).round(new MathContext(7)).stripTrailingZeros().toPlainString();
    }

    private static String cString(byte[] block, int from, int max) {
        int end = from;
        int limit = Math.min(block.length, from + max);
        while (end < limit && block[end] != 0) {
            end++;
        }
        return new String(block, from, end - from, StandardCharsets.ISO_8859_1);
    }
}
