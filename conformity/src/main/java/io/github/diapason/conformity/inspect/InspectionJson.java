package io.github.diapason.conformity.inspect;

import java.util.List;
import java.util.Map;

/**
 * The JSON form of an {@link Inspection}: two-space indented, fields in a fixed order, identical for
 * identical input. Written by hand (the values are only maps, lists, strings, numbers and booleans):
 * a JSON library's start-up cost is a tenth of a short {@code inspect}.
 */
public final class InspectionJson {

    private InspectionJson() {
    }

    public static String write(Inspection inspection) {
        return write(inspection.toOrderedMap());
    }

    /** Any tree of maps (in their iteration order), lists, strings, numbers, booleans and nulls. */
    public static String write(Object tree) {
        StringBuilder out = new StringBuilder(1 << 16);
        value(out, tree, 0);
        return out.append('\n').toString();
    }

    private static void value(StringBuilder out, Object v, int depth) {
        if (v instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{ }");
                return;
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "\n" : ",\n");
                first = false;
                indent(out, depth + 1);
                string(out, String.valueOf(e.getKey()));
                out.append(": ");
                value(out, e.getValue(), depth + 1);
            }
            out.append('\n');
            indent(out, depth);
            out.append('}');
        } else if (v instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[ ]");
                return;
            }
            boolean scalars = list.stream().noneMatch(x -> x instanceof Map || x instanceof List);
            if (scalars) {
                out.append("[ ");
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ", ");
                    value(out, list.get(i), depth);
                }
                out.append(" ]");
                return;
            }
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "\n" : ",\n");
                indent(out, depth + 1);
                value(out, list.get(i), depth + 1);
            }
            out.append('\n');
            indent(out, depth);
            out.append(']');
        } else if (v instanceof String s) {
            string(out, s);
        } else if (v instanceof Double d) {
            out.append(d.isNaN() || d.isInfinite() ? "null" : d.toString());
        } else if (v == null) {
            out.append("null");
        } else {
            out.append(v); // Long, Integer, Boolean
        }
    }

    private static void indent(StringBuilder out, int depth) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    /** RFC 8259 string: quote, backslash and control characters escaped. */
    static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
