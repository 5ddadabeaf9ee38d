package io.github.diapason.compiler.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.diapason.compiler.words.Messages;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.Sequence;
import io.github.diapason.read.StudyReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The feasibility questionnaire a site fills in, read off the site schema ({@code site.schema.json})
 * so that it asks for exactly what a site file holds: the questionnaire pages ({@code
 * questionnaire.<lang>.html}) and the fillable skeleton ({@code sites/_template.json} or {@code .xml})
 * that validate reads back. Each schema field's wording is the bundle key {@code questionnaire.field.<path>}
 * (a field without one fails generation, so the schema and the questionnaire cannot drift apart).
 */
final class Questionnaire {

    /** Fields of the organisational part of the recommendations; the site's identity comes first, the rest is technical. */
    static final Set<String> IDENTITY = Set.of("id", "name", "language", "code");
    static final Set<String> ORGANISATIONAL = Set.of("plannedParticipants", "contacts", "organisation");
    /** Blank rows the questionnaire offers for a list (coils, contacts…). */
    static final int ROWS = 4;

    /** One field of the site schema: its path of names, kind, allowed values, whether required, and its parts. */
    record Field(String path, String name, String kind, List<String> choices, boolean required, List<Field> children) {
    }

    private static final JsonNode SCHEMA = load();

    private Questionnaire() {
    }

    private static JsonNode load() {
        try (InputStream in = StudyReader.class.getClassLoader().getResourceAsStream("schema/site.schema.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the site schema ships in the protocol-model jar", e);
        }
    }

    /** Top-level fields of the site schema, in the schema's order. */
    static List<Field> fields() {
        return children(SCHEMA, "");
    }

    private static List<Field> children(JsonNode object, String prefix) {
        List<Field> out = new ArrayList<>();
        Set<String> required = new TreeSet<>();
        object.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = object.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith("$")) {
                continue;
            }
            out.add(field(prefix + e.getKey(), e.getKey(), e.getValue(), required.contains(e.getKey())));
        }
        return out;
    }

    private static Field field(String path, String name, JsonNode node, boolean required) {
        String ref = node.path("$ref").asText("");
        if (ref.equals("#/$defs/text")) {
            return new Field(path, name, "text", List.of(), required, List.of());
        }
        JsonNode def = ref.isEmpty() ? node : SCHEMA.at(ref.substring(1));
        List<String> choices = new ArrayList<>();
        def.path("enum").forEach(v -> choices.add(v.asText()));
        if (!choices.isEmpty()) {
            return new Field(path, name, "enum", choices, required, List.of());
        }
        String type = def.path("type").asText("");
        switch (type) {
            case "array" -> {
                Field item = field(path, name, def.path("items"), true);
                return item.kind().equals("object")
                        ? new Field(path, name, "table", List.of(), required, item.children())
                        : new Field(path, name, "list", List.of(), required, List.of(item));
            }
            case "object" -> {
                return new Field(path, name, "object", List.of(), required, children(def, path + "."));
            }
            case "string" -> {
                String format = def.path("format").asText("");
                return new Field(path, name, format.equals("date") ? "date" : format.equals("email") ? "email" : "string",
                        List.of(), required, List.of());
            }
            default -> {
                return new Field(path, name, type.isEmpty() ? "string" : type, List.of(), required, List.of());
            }
        }
    }

    /** Data model of {@code questionnaire.<lang>.html}: the study, and its questions in three parts. */
    static Map<String, Object> model(Protocol protocol, String language, Messages messages, boolean xml) {
        Words w = new Words(language, messages);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("language", language);
        m.put("study", DocumentModel.study(protocol.study(), w));
        List<Map<String, Object>> identity = new ArrayList<>();
        List<Map<String, Object>> technical = new ArrayList<>();
        List<Map<String, Object>> organisational = new ArrayList<>();
        for (Field f : fields()) {
            (IDENTITY.contains(f.name()) ? identity : ORGANISATIONAL.contains(f.name()) ? organisational : technical)
                    .add(question(f, protocol));
        }
        m.put("parts", List.of(part("identity", identity), part("technical", technical), part("organisational", organisational)));
        m.put("rows", ROWS);
        m.put("templateFile", StudyReader.SITE_TEMPLATE + (xml ? ".xml" : ".json"));
        m.put("sequences", protocol.exam().sequences().stream().map(s -> Map.<String, Object>of("id", s.id(),
                "name", w.text(s.name()), "mandatory", s.isMandatory())).toList());
        return m;
    }

    private static Map<String, Object> part(String id, List<Map<String, Object>> questions) {
        return Map.of("id", id, "questions", questions);
    }

    private static Map<String, Object> question(Field f, Protocol protocol) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("path", f.path());
        q.put("kind", f.kind());
        q.put("required", f.required());
        List<String> choices = new ArrayList<>(f.choices());
        if (f.path().equals("licensedOptions")) {
            // The options this protocol's sequences need: the ones worth ticking.
            Set<String> needed = new TreeSet<>();
            protocol.exam().sequences().stream().map(Sequence::requiredOptions).forEach(needed::addAll);
            choices.addAll(needed);
        }
        q.put("choices", choices);
        q.put("children", f.children().stream().map(c -> question(c, protocol)).toList());
        return q;
    }

    // ----- the fillable skeleton -----

    private static final String OPEN = StudyReader.PLACEHOLDER_OPEN + " ";
    private static final String CLOSE = " " + StudyReader.PLACEHOLDER_CLOSE;

    /** What a placeholder asks for, in the study's first language: the field's wording and the values it takes. */
    private static String ask(Field f, Messages messages) {
        String label = messages.get("questionnaire.field." + f.path());
        String what = switch (f.kind()) {
            case "enum" -> String.join(" | ", f.choices());
            case "number", "integer" -> messages.get("questionnaire.skeleton.number");
            case "boolean" -> "true | false";
            case "date" -> messages.get("questionnaire.skeleton.date");
            default -> "";
        };
        return OPEN + label + (what.isEmpty() ? "" : messages.get("punct.colon") + what) + CLOSE;
    }

    /** {@code sites/_template.json}: every field of the site schema with a placeholder, lists with one entry. */
    static String skeletonJson(Protocol protocol, Messages messages) {
        ObjectNode root = object(fields(), protocol, messages);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode object(List<Field> fields, Protocol protocol, Messages messages) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        for (Field f : fields) {
            switch (f.kind()) {
                case "object" -> o.set(f.name(), object(f.children(), protocol, messages));
                case "table" -> o.set(f.name(), JsonNodeFactory.instance.arrayNode().add(object(f.children(), protocol, messages)));
                case "list" -> {
                    ArrayNode a = JsonNodeFactory.instance.arrayNode();
                    a.add(ask(f, messages));
                    o.set(f.name(), a);
                }
                case "text" -> {
                    ObjectNode t = JsonNodeFactory.instance.objectNode();
                    List<String> languages = protocol.study().languages().isEmpty() ? List.of(messages.language())
                            : protocol.study().languages();
                    languages.forEach(l -> t.put(l, ask(f, messages)));
                    o.set(f.name(), t);
                }
                default -> o.put(f.name(), ask(f, messages));
            }
        }
        return o;
    }

    /**
     * {@code sites/_template.xml}, in the conventions of {@code site.xsd}: identifiers, codes, numbers,
     * booleans and dates are attributes, text for people (and the site's name) an element, lists a
     * plural wrapper of singular items whose names are those of the XSD.
     */
    static String skeletonXml(Protocol protocol, Messages messages) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        // A comment's text is not escaped; only "--" may not appear in it.
        x.append("<!-- ").append(messages.get("questionnaire.skeleton.comment").replace("--", "- -")).append(" -->\n");
        element(x, "site", fields(), protocol, messages, "", true);
        return x.toString();
    }

    private static final Map<String, String> ITEMS = Map.of("contacts", "contact", "scanners", "scanner", "coils", "coil",
            "licensedOptions", "option", "phantoms", "phantom", "plannedUpgrades", "plannedUpgrade",
            "excludedSequences", "excludedSequence");

    private static void element(StringBuilder x, String name, List<Field> fields, Protocol protocol, Messages messages,
                                String indent, boolean root) {
        x.append(indent).append('<').append(name);
        if (root) {
            x.append(" xmlns=\"urn:diapason:protocol:1\"");
        }
        List<Field> elements = new ArrayList<>();
        for (Field f : fields) {
            if (isAttribute(f, root)) {
                x.append(' ').append(f.name()).append("=\"").append(escape(ask(f, messages))).append('"');
            } else {
                elements.add(f);
            }
        }
        if (elements.isEmpty()) {
            x.append("/>\n");
            return;
        }
        x.append(">\n");
        String inner = indent + "  ";
        for (Field f : elements) {
            switch (f.kind()) {
                case "object" -> element(x, f.name(), f.children(), protocol, messages, inner, false);
                case "table" -> {
                    x.append(inner).append('<').append(f.name()).append(">\n");
                    element(x, ITEMS.get(f.name()), f.children(), protocol, messages, inner + "  ", false);
                    x.append(inner).append("</").append(f.name()).append(">\n");
                }
                case "list" -> x.append(inner).append('<').append(f.name()).append("><").append(ITEMS.get(f.name())).append('>')
                        .append(escape(ask(f, messages))).append("</").append(ITEMS.get(f.name())).append("></")
                        .append(f.name()).append(">\n");
                case "text" -> {
                    x.append(inner).append('<').append(f.name()).append(">\n");
                    for (String l : protocol.study().languages().isEmpty() ? List.of(messages.language())
                            : protocol.study().languages()) {
                        x.append(inner).append("  <text xml:lang=\"").append(l).append("\">").append(escape(ask(f, messages)))
                                .append("</text>\n");
                    }
                    x.append(inner).append("</").append(f.name()).append(">\n");
                }
                default -> x.append(inner).append('<').append(f.name()).append('>').append(escape(ask(f, messages)))
                        .append("</").append(f.name()).append(">\n");
            }
        }
        x.append(indent).append("</").append(name).append(">\n");
    }

    private static boolean isAttribute(Field f, boolean root) {
        return switch (f.kind()) {
            case "object", "table", "list", "text" -> false;
            default -> !(root && f.name().equals("name"));
        };
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
