package io.github.diapason.conformity.dicom;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The second source of headers: one instance of DICOM JSON (PS3.18 F.2, what WADO-RS metadata and
 * QIDO-RS return), decoded into the same {@link DicomHeader} the Part 10 reader builds, so that one
 * extractor serves both. Values are re-encoded as the Part 10 reader would hold them (explicit VR
 * little endian; text in UTF-8, which is what JSON carries); {@code InlineBinary} is decoded;
 * a {@code BulkDataURI} is fetched through {@link BulkData} only for the top-level elements the
 * filter keeps (a Siemens CSA header, a GE protocol block), never for pixel data, and is otherwise
 * marked as not loaded, as the Part 10 reader marks a skipped value. Bad input is a diagnostic.
 */
public final class DicomJsonReader {

    /** Fetches the value of a {@code BulkDataURI}; empty when it cannot (the fetcher reports why). */
    @FunctionalInterface
    public interface BulkData {
        Optional<byte[]> fetch(String uri, int tag);

        BulkData NONE = (uri, tag) -> Optional.empty();
    }

    private static final SpecificCharacterSet UTF8 = SpecificCharacterSet.of(List.of("ISO_IR 192"));
    private static final String EXPLICIT_LITTLE = "1.2.840.10008.1.2.1";
    private static final int MAX_DEPTH = DicomReader.DEFAULT_MAX_DEPTH;
    private static final Pattern WHITESPACE = Pattern.compile("\\s");

    private final DicomReader.TopLevelFilter bulkFilter;
    private final BulkData bulkData;

    /** Without bulk data: a {@code BulkDataURI} is a value not loaded. */
    public DicomJsonReader() {
        this((tag, creator) -> false, BulkData.NONE);
    }

    /** {@code bulkFilter} says which top-level elements given by URI are worth fetching with {@code bulkData}. */
    public DicomJsonReader(DicomReader.TopLevelFilter bulkFilter, BulkData bulkData) {
        this.bulkFilter = bulkFilter;
        this.bulkData = bulkData;
    }

    /** One instance: a JSON object keyed by tag ({@code "0020000D"}); {@code name} locates its diagnostics. */
    public Validated<DicomHeader> read(JsonNode instance, String name) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (instance == null || !instance.isObject()) {
            diagnostics.add(Diagnostic.error("DicomJsonMalformed", "not a DICOM JSON object (PS3.18 F.2)",
                    "the server should return an array of objects keyed by tag", SourceLocation.file(name)));
            return Validated.of(null, diagnostics);
        }
        DicomDataset dataset = dataset(instance, name, "", 0, diagnostics);
        String ts = dataset.string(0x00020010).orElse(EXPLICIT_LITTLE);
        long pixel = dataset.contains(Tags.of(0x7FE0, 0x0010)) ? 0 : -1;
        return Validated.of(new DicomHeader(name, DicomDataset.EMPTY, ts, dataset, pixel), diagnostics);
    }

    private DicomDataset dataset(JsonNode object, String name, String path, int depth, List<Diagnostic> diagnostics) {
        List<DicomElement> elements = new ArrayList<>();
        Map<Integer, String> creators = new HashMap<>();
        List<Map.Entry<Integer, JsonNode>> entries = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String key = f.getKey();
            long tag = tag(key);
            if (tag < 0) {
                diagnostics.add(Diagnostic.warning("DicomJsonMalformed", "not a tag: a key must be 8 hexadecimal digits",
                        "", SourceLocation.file(name).withPath(path + key)));
                continue;
            }
            entries.add(Map.entry((int) tag, f.getValue()));
        }
        entries.sort((a, b) -> Integer.compareUnsigned(a.getKey(), b.getKey()));
        for (Map.Entry<Integer, JsonNode> e : entries) {
            int tag = e.getKey();
            String at = path + Tags.format(tag);
            JsonNode attribute = e.getValue();
            Vr vr = attribute.isObject() ? Vr.of(attribute.path("vr").asText(null)) : null;
            if (vr == null) {
                diagnostics.add(Diagnostic.warning("DicomJsonMalformed", "an attribute without a valid \"vr\"", "",
                        SourceLocation.file(name).withPath(at)));
                continue;
            }
            String creator = null;
            if (Tags.isPrivateCreator(tag)) {
                String c = text(attribute.path("Value").path(0));
                if (c != null) {
                    creators.put(Tags.group(tag) << 8 | Tags.element(tag), c.strip().intern());
                }
            } else if ((Tags.group(tag) & 1) == 1 && Tags.element(tag) >= 0x1000) {
                creator = creators.get(Tags.group(tag) << 8 | Tags.element(tag) >>> 8);
            }
            if (vr == Vr.SQ) {
                List<DicomDataset> items = new ArrayList<>();
                if (depth >= MAX_DEPTH) {
                    diagnostics.add(Diagnostic.warning("DicomTooDeep", "sequences nested deeper than " + MAX_DEPTH
                            + " levels: the inner items are not read", "", SourceLocation.file(name).withPath(at)));
                } else {
                    int i = 0;
                    for (JsonNode item : attribute.path("Value")) {
                        items.add(dataset(item, name, at + "[" + i++ + "]/", depth + 1, diagnostics));
                    }
                }
                elements.add(new DicomElement(tag, vr, creator, -1, null, false, null, items, false));
                continue;
            }
            byte[] value;
            boolean skipped = false;
            if (attribute.has("InlineBinary")) {
                try {
                    value = Base64.getDecoder().decode(WHITESPACE.matcher(attribute.get("InlineBinary").asText("")).replaceAll(""));
                } catch (IllegalArgumentException bad) {
                    diagnostics.add(Diagnostic.warning("DicomJsonMalformed", "InlineBinary is not base64", "",
                            SourceLocation.file(name).withPath(at)));
                    continue;
                }
            } else if (attribute.has("BulkDataURI")) {
                Optional<byte[]> fetched = depth == 0 && !Tags.isPixelData(tag) && bulkFilter.keep(tag, creator)
                        ? bulkData.fetch(attribute.get("BulkDataURI").asText(""), tag) : Optional.empty();
                value = fetched.orElse(null);
                skipped = fetched.isEmpty();
            } else {
                value = encode(vr, attribute.path("Value"), name, at, diagnostics);
            }
            elements.add(new DicomElement(tag, vr, creator, value == null ? -1 : value.length, value, false, UTF8, null, skipped));
        }
        return new DicomDataset(elements);
    }

    /** The {@code Value} array in the bytes the Part 10 reader would hold for this VR. */
    private static byte[] encode(Vr vr, JsonNode values, String name, String at, List<Diagnostic> diagnostics) {
        if (!values.isArray() || values.isEmpty()) {
            return new byte[0];
        }
        if (vr.isText()) {
            StringBuilder s = new StringBuilder();
            for (JsonNode v : values) {
                if (s.length() > 0 || v != values.get(0)) {
                    s.append('\\');
                }
                String t = vr == Vr.PN ? personName(v) : text(v);
                s.append(t == null ? "" : t);
            }
            return s.toString().getBytes(StandardCharsets.UTF_8);
        }
        if (vr == Vr.AT) {
            ByteBuffer b = ByteBuffer.allocate(4 * values.size()).order(ByteOrder.LITTLE_ENDIAN);
            for (JsonNode v : values) {
                long parsed = tag(v.asText(""));
                if (parsed < 0) {
                    diagnostics.add(Diagnostic.warning("DicomJsonMalformed", "an AT value must be 8 hexadecimal digits", "",
                            SourceLocation.file(name).withPath(at)));
                    return new byte[0];
                }
                int tag = (int) parsed;
                b.putShort((short) (tag >>> 16)).putShort((short) tag);
            }
            return b.array();
        }
        int size = vr.binarySize();
        if (size == 0) {
            diagnostics.add(Diagnostic.warning("DicomJsonMalformed", vr + " given as \"Value\": expected InlineBinary or BulkDataURI",
                    "", SourceLocation.file(name).withPath(at)));
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        for (JsonNode v : values) {
            if (!v.isNumber()) {
                diagnostics.add(Diagnostic.warning("DicomJsonMalformed", "a " + vr + " value must be a number", "",
                        SourceLocation.file(name).withPath(at)));
                return new byte[0];
            }
            b.clear();
            switch (vr) {
                case US, SS -> b.putShort((short) v.asLong());
                case UL, SL -> b.putInt((int) v.asLong());
                case FL -> b.putFloat((float) v.asDouble());
                case FD -> b.putDouble(v.asDouble());
                case SV -> b.putLong(v.asLong());
                case UV -> b.putLong(v.bigIntegerValue().longValue());
                default -> throw new IllegalStateException(vr.name());
            }
            out.write(b.array(), 0, size);
        }
        return out.toByteArray();
    }

    /**
     * A tag written as exactly 8 ASCII hexadecimal digits ({@code "0020000D"}, PS3.18 F.2.1.1), or -1.
     * By hand rather than with a regular expression: it runs once per element key, the watcher's hottest
     * loop, and {@link Integer#parseUnsignedInt} alone would accept a sign or non-ASCII digits.
     */
    static long tag(String key) {
        if (key.length() != 8) {
            return -1;
        }
        long tag = 0;
        for (int i = 0; i < 8; i++) {
            char c = key.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0'
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (digit < 0) {
                return -1;
            }
            tag = tag << 4 | digit;
        }
        return tag;
    }

    /** A string or number value as text; null for JSON null. */
    private static String text(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        if (v.isNumber()) {
            return v.numberValue().toString();
        }
        return v.asText();
    }

    /** {@code {"Alphabetic": …, "Ideographic": …, "Phonetic": …}} as the Part 10 form {@code A=I=P}. */
    private static String personName(JsonNode v) {
        if (v.isTextual()) {
            return v.asText();
        }
        if (!v.isObject()) {
            return null;
        }
        String[] groups = {v.path("Alphabetic").asText(""), v.path("Ideographic").asText(""), v.path("Phonetic").asText("")};
        int last = groups[2].isEmpty() ? groups[1].isEmpty() ? 0 : 1 : 2;
        StringBuilder s = new StringBuilder(groups[0]);
        for (int i = 1; i <= last; i++) {
            s.append('=').append(groups[i]);
        }
        return s.toString();
    }
}
