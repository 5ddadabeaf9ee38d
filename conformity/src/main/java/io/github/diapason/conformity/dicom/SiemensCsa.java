package io.github.diapason.conformity.dicom;

import io.github.diapason.conformity.siemens.Ascconv;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Siemens CSA headers: the image header (0029,xx10) and series header (0029,xx20) of private
 * creator {@code SIEMENS CSA HEADER}, in the SV10 ("CSA2") and the older (CSA1) layout, as
 * name → values; and the ASCCONV text protocol ({@code ### ASCCONV BEGIN ###} …
 * {@code ### ASCCONV END ###}, in {@code MrPhoenixProtocol} or {@code MrProtocol}) as key → value.
 * The layout is the one nibabel's {@code csareader} documents; bad data gives a diagnostic
 * and the tags read before it.
 */
public final class SiemensCsa {

    public static final String CREATOR = "SIEMENS CSA HEADER";
    public static final int GROUP = 0x0029;
    public static final int IMAGE_HEADER = 0x10;
    public static final int SERIES_HEADER = 0x20;
    /** The series header's tags that hold the text protocol, in the order they are looked for ({@link CsaHeader#asciiProtocolText}). */
    public static final List<String> PROTOCOL_NAMES = List.of("MrPhoenixProtocol", "MrProtocol");
    private static final int MAX_TAGS = 1000;
    private static final int MAX_ITEMS = 1000;

    /** {@link #PROTOCOL_NAMES} to keep: what {@code inspect} reads of a series header, which has about eighty tags. */
    public static final Names PROTOCOLS = new Names(PROTOCOL_NAMES);

    /** One CSA tag: its VR and values (text, as stored; padding removed). */
    public record CsaTag(String name, String vr, int vm, List<String> values) {
        public Optional<String> first() {
            return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        public Optional<Double> number() {
            return first().flatMap(SiemensCsa::parseDouble);
        }
    }

    /** A parsed CSA header: tags in order, looked up by name. */
    public record CsaHeader(Map<String, CsaTag> tags) {
        public CsaHeader {
            tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        }

        public Optional<CsaTag> get(String name) {
            return Optional.ofNullable(tags.get(name));
        }

        public List<String> values(String name) {
            return get(name).map(CsaTag::values).orElse(List.of());
        }

        public Optional<Double> number(String name) {
            return get(name).flatMap(CsaTag::number);
        }

        /** The ASCCONV protocol block of {@code MrPhoenixProtocol} (or {@code MrProtocol}), empty if none. */
        public Map<String, String> asciiProtocol() {
            return asciiProtocolText().map(SiemensCsa::parseAscconv).orElse(Map.of());
        }

        /** The text {@link #asciiProtocol()} parses: {@code MrPhoenixProtocol} (or {@code MrProtocol}) holding an ASCCONV block. */
        public Optional<String> asciiProtocolText() {
            for (String key : PROTOCOL_NAMES) {
                Optional<String> text = get(key).flatMap(CsaTag::first);
                if (text.isPresent() && text.get().contains("### ASCCONV BEGIN")) {
                    return text;
                }
            }
            return Optional.empty();
        }
    }

    private SiemensCsa() {
    }

    /** Parses the CSA header of {@code element}'s kind found in {@code dataset} (image or series), if present. */
    public static Optional<Validated<CsaHeader>> read(DicomDataset dataset, int which, String file) {
        return read(dataset, which, file, null);
    }

    /** {@link #read(DicomDataset, int, String)} keeping only the tags named in {@code only} (all when null). */
    public static Optional<Validated<CsaHeader>> read(DicomDataset dataset, int which, String file, Names only) {
        return dataset.getPrivate(CREATOR, GROUP, which)
                .map(e -> parse(e.rawValue(), SourceLocation.file(file).withPath(Tags.format(e.tag())), only));
    }

    /**
     * CSA tag names to keep, compared as the bytes the header stores: a CSA image header holds about a hundred tags
     * per file of which {@code inspect} reads a few, and decoding every name and value as a string was the largest
     * single cost of reading a Siemens header (3 % of inspect's CPU on the dicom-qa corpus).
     */
    public static final class Names {
        private final byte[][] names;

        public Names(java.util.Collection<String> names) {
            this.names = names.stream().distinct().sorted().map(n -> n.getBytes(StandardCharsets.ISO_8859_1)).toArray(byte[][]::new);
        }

        /** Whether the NUL-terminated name of at most {@code max} bytes at {@code off} is one of these. */
        boolean contains(byte[] data, int off, int max) {
            int limit = Math.min(data.length, off + max);
            int end = off;
            while (end < limit && data[end] != 0) {
                end++;
            }
            int length = end - off;
            for (byte[] name : names) {
                if (name.length == length && java.util.Arrays.equals(name, 0, length, data, off, end)) {
                    return true;
                }
            }
            return false;
        }
    }

    public static Validated<CsaHeader> parse(byte[] data, SourceLocation where) {
        return parse(data, where, null);
    }

    /** The tags named in {@code only} (every tag when null), with the same values and diagnostics as a full parse. */
    public static Validated<CsaHeader> parse(byte[] data, SourceLocation where, Names only) {
        return parse(data, where, only, null);
    }

    /**
     * The ASCCONV block (keeping {@code keys} only) of the series header's first {@link #PROTOCOL_NAMES} tag that has one
     * with key lines: {@code read(dataset, SERIES_HEADER, file, PROTOCOLS)}'s {@code get(name).first()} handed to
     * {@link Ascconv#parseBlock(String, java.util.Set)}, with the same result, but the protocol's bytes are read where
     * the header stores them instead of decoded to a String that the parser encoded back (a Phoenix protocol is 20–100
     * KB; once per Siemens series, 6 % of inspect's samples on the dicom-qa bench; issue 11, speed). The header's
     * diagnostics are not returned (the caller has none to report for the series protocol).
     */
    public static Optional<Ascconv> asciiProtocol(DicomDataset dataset, String file, java.util.Set<String> keys) {
        Optional<DicomElement> element = dataset.getPrivate(CREATOR, GROUP, SERIES_HEADER);
        if (element.isEmpty()) {
            return Optional.empty();
        }
        byte[] data = element.get().rawValue();
        Map<String, int[]> first = new java.util.HashMap<>();
        parse(data, SourceLocation.file(file), PROTOCOLS, first);
        for (String name : PROTOCOL_NAMES) {
            int[] at = first.get(name);
            Optional<Ascconv> block = at == null ? Optional.empty()
                    : Ascconv.parseCStringBlock(data, at[0], at[1], StandardCharsets.ISO_8859_1, keys);
            if (block.isPresent()) {
                return block;
            }
        }
        return Optional.empty();
    }

    /**
     * With {@code firstValues} null, the tags named in {@code only}; else, instead of decoding their values, each such
     * tag's first value as the range [from, to) of {@code data} whose text up to its first NUL is what {@link CsaTag#first()}
     * decodes (ISO 8859-1 whitespace at its ends is what the parser ignores too), null when it has none. The NUL is left to
     * {@link Ascconv#parseCStringBlock}: a Phoenix protocol's value is 20–140 KB, and the parser needs only the part up to
     * its END marker, a few bytes before the NUL (scanning the whole value for it was 3 % of inspect's samples).
     */
    private static Validated<CsaHeader> parse(byte[] data, SourceLocation where, Names only, Map<String, int[]> firstValues) {
        boolean ranges = firstValues != null;
        Map<String, CsaTag> tags = new LinkedHashMap<>();
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        try {
            boolean csa2 = data.length >= 4 && data[0] == 'S' && data[1] == 'V' && data[2] == '1' && data[3] == '0';
            if (csa2) {
                b.position(8);
            }
            long count = b.getInt() & 0xFFFFFFFFL;
            b.getInt(); // unused, 77
            if (count == 0 || count > MAX_TAGS) {
                return Validated.of(new CsaHeader(tags), List.of(bad("a CSA header with " + count + " tags", where)));
            }
            int tag0Items = 0;
            for (int tagNo = 0; tagNo < count; tagNo++) {
                boolean keep = only == null || only.contains(data, b.position(), 64);
                // a name not kept is still decoded when a diagnostic needs it (below), never otherwise
                int nameAt = b.position();
                String name = keep ? cString(data, nameAt, 64) : null;
                b.position(b.position() + 64);
                int vm = b.getInt();
                String vr = keep ? cString(data, b.position(), 4) : null;
                b.position(b.position() + 4);
                b.getInt(); // syngodt
                int items = b.getInt();
                b.getInt(); // 77 or 205
                if (items < 0 || items > MAX_ITEMS) {
                    return Validated.of(new CsaHeader(tags), List.of(bad("CSA tag " + cString(data, nameAt, 64) + " claims " + items + " items", where)));
                }
                if (tagNo == 1) {
                    tag0Items = items;
                }
                int values = vm == 0 ? items : vm;
                List<String> out = keep && !ranges ? new ArrayList<>() : null;
                int[] firstValue = null;
                for (int itemNo = 0; itemNo < items; itemNo++) {
                    int x0 = b.getInt();
                    int x1 = b.getInt();
                    b.getInt();
                    b.getInt();
                    int len = csa2 ? x1 : x0 - tag0Items;
                    if (len < 0 || len > b.remaining()) {
                        if (csa2) {
                            return Validated.of(new CsaHeader(tags), List.of(bad("CSA item of " + cString(data, nameAt, 64) + " is longer than the header", where)));
                        }
                        break; // CSA1 ends its last items this way
                    }
                    if (keep && itemNo < values && len > 0) {
                        if (!ranges) {
                            out.add(cString(data, b.position(), len).strip());
                        } else if (firstValue == null) {
                            firstValue = new int[] {b.position(), b.position() + len}; // its text ends at its first NUL
                        }
                    }
                    long next = (long) b.position() + len + (4 - len % 4) % 4; // items are padded to 4 bytes
                    b.position((int) Math.min(next, data.length));
                }
                if (keep && ranges) {
                    firstValues.put(name, firstValue);
                } else if (keep) {
                    tags.put(name, new CsaTag(name, vr, vm, List.copyOf(out)));
                }
            }
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException e) {
            return Validated.of(new CsaHeader(tags), List.of(bad("the CSA header ends in the middle of a tag", where)));
        }
        return Validated.of(new CsaHeader(tags), List.of());
    }

    private static Diagnostic bad(String what, SourceLocation where) {
        return Diagnostic.warning("DicomCsaMalformed", what + "; the Siemens CSA header is read only up to there",
                "values from the CSA header may be missing for this file", where);
    }

    private static String cString(byte[] data, int off, int max) {
        return new String(data, off, Math.max(0, cStringEnd(data, off, max) - off), StandardCharsets.ISO_8859_1);
    }

    /** Where the NUL-terminated string of at most {@code max} bytes at {@code off} ends. */
    private static int cStringEnd(byte[] data, int off, int max) {
        int end = off;
        int limit = Math.min(data.length, off + max);
        while (end < limit && data[end] != 0) {
            end++;
        }
        return end;
    }

    /** The ASCCONV block of {@code text} as key → value (empty when the text has none); see {@link Ascconv}. */
    public static Map<String, String> parseAscconv(String text) {
        return Ascconv.hasBlock(text) ? Ascconv.parse(text).asMap() : Map.of();
    }

    /** An ASCCONV value as a number: decimal or {@code 0x} hexadecimal. */
    public static Optional<Double> parseDouble(String s) {
        try {
            String t = s.strip();
            if (t.startsWith("0x") || t.startsWith("0X")) {
                return Optional.of((double) Long.parseLong(t.substring(2), 16));
            }
            return Optional.of(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
