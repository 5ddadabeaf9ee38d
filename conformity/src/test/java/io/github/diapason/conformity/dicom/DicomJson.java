package io.github.diapason.conformity.dicom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Our reader's dump in the shape {@code pydicom_dump.py} prints, and the attribute-by-attribute
 * comparison of two such dumps. Normalisation (the same on both sides): text values stripped
 * of padding; an empty value and a single empty string are the same; DS and IS compared as numbers.
 */
final class DicomJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private DicomJson() {
    }

    static ArrayNode dump(DicomDataset ds) {
        ArrayNode out = F.arrayNode();
        for (DicomElement e : ds.elements()) {
            if (Tags.isPixelData(e.tag())) {
                continue;
            }
            ObjectNode o = out.addObject();
            o.put("tag", Tags.format(e.tag()));
            o.put("vr", e.vr().name());
            o.set("value", value(e));
        }
        return out;
    }

    private static JsonNode value(DicomElement e) {
        Vr vr = e.vr();
        if (vr == Vr.SQ) {
            ArrayNode items = F.arrayNode();
            e.items().forEach(i -> items.add(dump(i)));
            return items;
        }
        if (vr.isBytes()) {
            return F.textNode(HexFormat.of().formatHex(e.rawValue()));
        }
        ArrayNode a = F.arrayNode();
        if (vr == Vr.DS || vr == Vr.IS || vr == Vr.FL || vr == Vr.FD) {
            for (double d : e.doubles()) {
                a.add(d);
            }
        } else if (vr.binarySize() > 0) {
            for (long l : e.longs()) {
                a.add(vr == Vr.UV && l < 0 ? F.numberNode(new java.math.BigInteger(Long.toUnsignedString(l))) : F.numberNode(l));
            }
        } else {
            e.strings().forEach(a::add);
        }
        return a;
    }

    /** Differences between two element lists, each "path: what"; empty when they agree. */
    static List<String> compare(JsonNode oursInFileOrder, JsonNode theirsInFileOrder, String prefix, boolean partial) {
        List<String> diffs = new ArrayList<>();
        List<JsonNode> ours = byTag(oursInFileOrder);
        List<JsonNode> theirs = byTag(theirsInFileOrder);
        int n = Math.max(ours.size(), theirs.size());
        for (int i = 0; i < n; i++) {
            JsonNode o = i < ours.size() ? ours.get(i) : null;
            JsonNode t = i < theirs.size() ? theirs.get(i) : null;
            if (o == null && partial) {
                break; // we stopped at damage that pydicom read past
            }
            if (o == null || t == null) {
                diffs.add(prefix + "element #" + i + ": only in " + (o == null ? "pydicom " + t.get("tag") : "ours " + o.get("tag")));
                break;
            }
            String tag = o.get("tag").asText();
            String path = prefix + tag;
            if (!tag.equals(t.get("tag").asText())) {
                diffs.add(path + ": tag differs, pydicom has " + t.get("tag").asText());
                break;
            }
            if (t.has("error")) {
                continue; // pydicom cannot decode this value: nothing to compare against
            }
            if (!o.get("vr").asText().equals(t.get("vr").asText())) {
                diffs.add(path + ": VR " + o.get("vr").asText() + " vs pydicom " + t.get("vr").asText());
                continue;
            }
            JsonNode ov = o.get("value");
            JsonNode tv = t.get("value");
            if ("SQ".equals(o.get("vr").asText())) {
                if (ov.size() != tv.size() && !(partial && ov.size() < tv.size())) {
                    diffs.add(path + ": " + ov.size() + " items vs pydicom " + tv.size());
                    continue;
                }
                for (int k = 0; k < ov.size(); k++) {
                    diffs.addAll(compare(ov.get(k), tv.get(k), path + "[" + k + "]/", partial));
                }
            } else if (!sameValue(ov, tv, o.get("vr").asText())) {
                diffs.add(path + ": " + ov + " vs pydicom " + tv);
            }
        }
        return diffs;
    }

    private static List<JsonNode> byTag(JsonNode elements) {
        List<JsonNode> out = new ArrayList<>();
        elements.forEach(out::add);
        out.sort(java.util.Comparator.comparing(e -> e.get("tag").asText()));
        return out;
    }

    private static boolean sameValue(JsonNode a, JsonNode b, String vr) {
        if (a.isTextual() || b.isTextual()) {
            return a.equals(b) || empty(a) && empty(b);
        }
        List<JsonNode> x = normalised(a);
        List<JsonNode> y = normalised(b);
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            JsonNode p = x.get(i);
            JsonNode q = y.get(i);
            if (p.isNumber() && q.isNumber()) {
                if (Double.compare(p.doubleValue(), q.doubleValue()) != 0 && p.doubleValue() != q.doubleValue()) {
                    return false;
                }
            } else if (!Objects.equals(text(p, vr), text(q, vr))) {
                return false;
            }
        }
        return true;
    }

    private static boolean empty(JsonNode n) {
        return n.isTextual() ? n.asText().isEmpty() : n.isEmpty();
    }

    /** Text without padding; a person name without trailing empty component groups (pydicom drops them). */
    private static String text(JsonNode n, String vr) {
        String s = n.asText().strip();
        if (vr.equals("PN")) {
            while (s.endsWith("=")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s;
    }

    private static List<JsonNode> normalised(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        if (out.size() == 1 && out.get(0).isTextual() && out.get(0).asText().isBlank()) {
            out.clear();
        }
        return out;
    }
}
