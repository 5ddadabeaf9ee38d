package io.github.diapason.conformity.dicom;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * GE's protocol data block, (0025,xx1B) of private creator {@code GEMS_SERS_01}: a 4-byte little-endian
 * length, then a gzip stream of text lines {@code KEY "value"} (for example {@code DELACQ "0.35"},
 * the delay after each volume's acquisition in seconds, and {@code VIEWORDER "1"}), as dcm2niix reads it
 * ({@code nii_dicom.cpp}, {@code geProtocolBlock}). Bad data gives a diagnostic, never an exception.
 */
public final class GeProtocolBlock {

    public static final String CREATOR = "GEMS_SERS_01";
    public static final int GROUP = 0x0025;
    public static final int ELEMENT = 0x1B;
    /** A protocol block is a few kilobytes; anything inflating past this is not one. */
    private static final int MAX_TEXT = 1 << 20;

    private GeProtocolBlock() {
    }

    /** The block's keys and values if the data set has one; empty otherwise. */
    public static Optional<Validated<Map<String, String>>> read(DicomDataset dataset, String file) {
        return dataset.getPrivate(CREATOR, GROUP, ELEMENT)
                .map(e -> parse(e.rawValue(), SourceLocation.file(file).withPath(Tags.format(e.tag()))));
    }

    /**
     * {@link #read(DicomDataset, String)} keeping only {@code keys}: the same values and diagnostics, without a String for
     * each of the block's few hundred other keys and values (once per GE series; issue 11, speed).
     */
    public static Optional<Validated<Map<String, String>>> read(DicomDataset dataset, String file, java.util.Set<String> keys) {
        return dataset.getPrivate(CREATOR, GROUP, ELEMENT)
                .map(e -> parse(e.rawValue(), SourceLocation.file(file).withPath(Tags.format(e.tag())), keys));
    }

    public static Validated<Map<String, String>> parse(byte[] data, SourceLocation where) {
        return parse(data, where, null);
    }

    /** {@link #parse(byte[], SourceLocation)} keeping only {@code keys} (every key when null). */
    public static Validated<Map<String, String>> parse(byte[] data, SourceLocation where, java.util.Set<String> keys) {
        byte[][] wanted = null;
        if (keys != null) {
            List<byte[]> latin1 = new java.util.ArrayList<>();
            for (String k : keys) {
                byte[] b = k.getBytes(StandardCharsets.ISO_8859_1);
                if (new String(b, StandardCharsets.ISO_8859_1).equals(k)) { // a key outside ISO 8859-1 is in no block
                    latin1.add(b);
                }
            }
            wanted = latin1.toArray(byte[][]::new);
        }
        int start = data.length > 5 && (data[4] & 0xFF) == 0x1F && (data[5] & 0xFF) == 0x8B ? 4 : 0;
        byte[] text;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data, start, data.length - start))) {
            text = in.readNBytes(MAX_TEXT + 1);
            if (text.length > MAX_TEXT) {
                return Validated.of(Map.of(), List.of(bad("inflates to more than 1 MB", where)));
            }
        } catch (IOException e) {
            return Validated.of(Map.of(), List.of(bad("is not a gzip stream (" + e.getMessage() + ")", where)));
        }
        // the lines of the ISO 8859-1 text split at "\r?\n", read from the bytes: one character per byte, so the keys and
        // values are those of splitting the decoded text, without a regular expression and a String per line (GE's block,
        // once per series, was 3 % of inspect's samples, two thirds of it in String.split; issue 11, speed)
        Map<String, String> out = new LinkedHashMap<>();
        for (int pos = 0; pos < text.length; ) {
            int newline = pos;
            while (newline < text.length && text[newline] != '\n') {
                newline++;
            }
            int end = newline < text.length && newline > pos && text[newline - 1] == '\r' ? newline - 1 : newline;
            int space = pos;
            while (space < end && text[space] != ' ') {
                space++;
            }
            if (space < end && space > pos && (wanted == null || isOneOf(text, pos, space, wanted))) {
                // the value after the first space, stripped, without its quotes, stripped again (String.strip's blanks)
                int from = space + 1;
                int to = end;
                while (from < to && isWhitespace(text[from])) {
                    from++;
                }
                while (to > from && isWhitespace(text[to - 1])) {
                    to--;
                }
                if (to - from >= 2 && text[from] == '"' && text[to - 1] == '"') {
                    from++;
                    to--;
                    while (from < to && isWhitespace(text[from])) {
                        from++;
                    }
                    while (to > from && isWhitespace(text[to - 1])) {
                        to--;
                    }
                }
                out.putIfAbsent(new String(text, pos, space - pos, StandardCharsets.ISO_8859_1),
                        new String(text, from, to - from, StandardCharsets.ISO_8859_1));
            }
            pos = newline + 1;
        }
        return Validated.of(Collections.unmodifiableMap(out), List.of());
    }

    private static boolean isOneOf(byte[] text, int from, int to, byte[][] keys) {
        for (byte[] key : keys) {
            if (java.util.Arrays.equals(text, from, to, key, 0, key.length)) {
                return true;
            }
        }
        return false;
    }

    /** {@link Character#isWhitespace} of the ISO 8859-1 character {@code c} (what {@link String#strip} removes). */
    static boolean isWhitespace(byte c) {
        return c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F;
    }

    private static Diagnostic bad(String what, SourceLocation where) {
        return Diagnostic.warning("DicomGeProtocolMalformed", "the GE protocol data block " + what,
                "values from the GE protocol block (group delay) are not reported for this file", where);
    }
}
