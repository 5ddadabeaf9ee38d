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

    public static Validated<Map<String, String>> parse(byte[] data, SourceLocation where) {
        int start = data.length > 5 && (data[4] & 0xFF) == 0x1F && (data[5] & 0xFF) == 0x8B ? 4 : 0;
        String text;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data, start, data.length - start))) {
            byte[] inflated = in.readNBytes(MAX_TEXT + 1);
            if (inflated.length > MAX_TEXT) {
                return Validated.of(Map.of(), List.of(bad("inflates to more than 1 MB", where)));
            }
            text = new String(inflated, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return Validated.of(Map.of(), List.of(bad("is not a gzip stream (" + e.getMessage() + ")", where)));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : text.split("\r?\n")) {
            int space = line.indexOf(' ');
            if (space <= 0) {
                continue;
            }
            String value = line.substring(space + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            out.putIfAbsent(line.substring(0, space), value.strip());
        }
        return Validated.of(Collections.unmodifiableMap(out), List.of());
    }

    private static Diagnostic bad(String what, SourceLocation where) {
        return Diagnostic.warning("DICOM_GE_PROTOCOL_MALFORMED", "the GE protocol data block " + what,
                "values from the GE protocol block (group delay) are not reported for this file", where);
    }
}
