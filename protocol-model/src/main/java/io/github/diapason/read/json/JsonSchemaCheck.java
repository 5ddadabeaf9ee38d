package io.github.diapason.read.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.read.SourceMap;
import io.github.diapason.text.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Our one door to the JSON Schema validator (networknt, pinned in the parent POM): the rest of
 * the code sees only {@link Diagnostic}s with a location and a hint, never the library's types.
 */
final class JsonSchemaCheck {

    /** The schemas shipped in this jar, also published for editors under {@code schema/}. */
    public enum Kind {
        PROTOCOL("schema/protocol.schema.json"), SITE("schema/site.schema.json"), WAIVERS("schema/waivers.schema.json");

        final String resource;

        Kind(String resource) {
            this.resource = resource;
        }

        public String resource() {
            return resource;
        }
    }

    private final JsonNode rawSchema;
    private final JsonSchema schema;

    private JsonSchemaCheck(JsonNode rawSchema, JsonSchema schema) {
        this.rawSchema = rawSchema;
        this.schema = schema;
    }

    public static JsonSchemaCheck load(Kind kind, ObjectMapper mapper) {
        try (InputStream in = JsonSchemaCheck.class.getClassLoader().getResourceAsStream(kind.resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing from the jar: " + kind.resource);
            }
            JsonNode raw = mapper.readTree(in);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true)
                    .locale(Locale.ENGLISH)
                    .build();
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(raw, config);
            return new JsonSchemaCheck(raw, schema);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in schema " + kind.resource, e);
        }
    }

    public List<Diagnostic> check(JsonNode document, SourceMap sources) {
        Set<ValidationMessage> messages = schema.validate(document);
        List<Diagnostic> out = new ArrayList<>();
        for (ValidationMessage m : messages) {
            out.add(toDiagnostic(m, sources));
        }
        out.sort(Diagnostic.ORDER);
        return out;
    }

    private Diagnostic toDiagnostic(ValidationMessage m, SourceMap sources) {
        String pointer = m.getInstanceLocation().toString();
        String type = m.getType();
        String property = m.getProperty();
        return switch (type) {
            case "additionalProperties" -> {
                Collection<String> known = knownProperties(m);
                String suggestion = Suggestions.didYouMean(property, known);
                // An object keyed by pattern (a text's language codes) has no names to list: describe it.
                String allowed = known.isEmpty() ? objectSchema(m).path("description").asText("keys here must match "
                        + String.join(" or ", iterable(objectSchema(m).path("patternProperties").fieldNames())))
                        : "allowed here: " + String.join(", ", known);
                yield Diagnostic.error("SchemaUnknownField", "unknown field '" + property + "'",
                        suggestion.isEmpty() ? allowed : suggestion + " (" + allowed + ")",
                        sources.locate(pointer + "/" + escape(property)));
            }
            case "required" -> Diagnostic.error("SchemaMissingField",
                    "missing required field '" + property + "'",
                    "add \"" + property + "\" here", sources.locate(pointer));
            case "enum" -> {
                List<String> allowed = new ArrayList<>();
                m.getSchemaNode().forEach(v -> allowed.add(v.asText()));
                String given = m.getInstanceNode() == null ? "" : m.getInstanceNode().asText();
                String suggestion = Suggestions.didYouMean(given, allowed);
                yield Diagnostic.error("SchemaNotAllowed", "'" + given + "' is not an allowed value",
                        (suggestion.isEmpty() ? "" : suggestion + " ") + "allowed: " + String.join(", ", allowed),
                        sources.locate(pointer));
            }
            case "type" -> Diagnostic.error("SchemaWrongType", cleaned(m),
                    "write a value of the expected type", sources.locate(pointer));
            default -> Diagnostic.error(Diagnostic.codeFor("Schema", type),
                    cleaned(m), "format".equals(type) ? formatHint(m) : hintFor(type), sources.locate(pointer));
        };
    }

    /** The library's message without its leading instance path (we print the location ourselves). */
    private static String cleaned(ValidationMessage m) {
        String msg = m.getMessage();
        int colon = msg.indexOf(": ");
        return colon >= 0 && msg.startsWith("/") || msg.startsWith(": ") ? msg.substring(colon + 2) : msg;
    }

    /** The hint for a "format" failure names that format: an e-mail address is not a date. */
    private static String formatHint(ValidationMessage m) {
        String format = m.getSchemaNode() == null ? "" : m.getSchemaNode().asText();
        return switch (format) {
            case "date" -> "dates are written YYYY-MM-DD";
            case "email" -> "write one e-mail address, such as name@example.org";
            case "uri" -> "write a full address, such as https://example.org/page";
            case "regex" -> "write a regular expression (Java syntax)";
            default -> "write the value in the " + format + " format";
        };
    }

    private static String hintFor(String type) {
        return switch (type) {
            case "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum" -> "use a value within the allowed range";
            case "pattern" -> "follow the pattern shown";
            case "minItems" -> "add at least one item";
            case "uniqueItems" -> "remove the repeated item";
            case "minLength" -> "write a non-empty value";
            case "minProperties" -> "give at least one entry";
            case "dependentRequired" -> "add the field the message names";
            default -> "see the schema shipped as schema/*.schema.json";
        };
    }

    /** The property names the object schema that rejected a field allows. */
    private Collection<String> knownProperties(ValidationMessage m) {
        Set<String> names = new LinkedHashSet<>();
        Iterator<String> it = objectSchema(m).path("properties").fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    /** The object schema whose additionalProperties rejected a field. */
    private JsonNode objectSchema(ValidationMessage m) {
        String fragment = m.getSchemaLocation().getFragment().toString();
        String parent = fragment.endsWith("/additionalProperties")
                ? fragment.substring(0, fragment.length() - "/additionalProperties".length()) : fragment;
        return rawSchema.at(parent.startsWith("#") ? parent.substring(1) : parent);
    }

    private static Iterable<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
