package io.github.diapason.compiler.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The leaves where two JSON trees differ, with their pointers; what the text comparisons walk. */
final class JsonLeaves {

    /** One difference: the pointer and both values as people read them ("" when absent). */
    record Leaf(String pointer, String before, String after) {
    }

    private static final int SHOWN = 100;

    private JsonLeaves() {
    }

    static List<Leaf> diff(JsonNode a, JsonNode b, String pointer) {
        List<Leaf> out = new ArrayList<>();
        walk(a, b, pointer, out);
        return out;
    }

    private static void walk(JsonNode a, JsonNode b, String pointer, List<Leaf> out) {
        if (absent(a) && absent(b) || !absent(a) && a.equals(b)) {
            return;
        }
        if (!absent(a) && !absent(b) && a.isObject() && b.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            keys.forEach(k -> walk(a.get(k), b.get(k), pointer + "/" + k.replace("~", "~0").replace("/", "~1"), out));
            return;
        }
        if (!absent(a) && !absent(b) && a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                walk(a.get(i), b.get(i), pointer + "/" + i, out);
            }
            return;
        }
        out.add(new Leaf(pointer, text(a), text(b)));
    }

    static boolean absent(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode()
                || (n.isContainerNode() && n.isEmpty());
    }

    /** A value as one short line: text as is, anything else as compact JSON, long ones cut. */
    static String text(JsonNode n) {
        if (absent(n)) {
            return "";
        }
        String s = n.isTextual() ? n.asText() : n.toString();
        s = s.replaceAll("\\s+", " ").strip();
        return s.length() > SHOWN ? s.substring(0, SHOWN - 1) + "…" : s;
    }
}
