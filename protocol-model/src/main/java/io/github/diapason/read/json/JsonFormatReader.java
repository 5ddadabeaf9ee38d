package io.github.diapason.read.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.Site;
import io.github.diapason.model.WaiverFile;
import io.github.diapason.read.FormatReader;
import io.github.diapason.read.InputFiles;
import io.github.diapason.read.Located;
import io.github.diapason.read.SourceMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads protocol and site files written in JSON: syntax (with duplicate keys refused), then the
 * shipped JSON Schema, then binding to the model records. Each stage's problems are located by
 * JSON pointer and line/column; binding is attempted only on a schema-valid document.
 */
public final class JsonFormatReader implements FormatReader {

    /** Far beyond any protocol's depth; deeper input is refused before a tree is built. */
    private static final int MAX_NESTING = 64;

    private final ObjectMapper mapper;
    private final JsonSchemaCheck protocolSchema;
    private final JsonSchemaCheck siteSchema;
    private final JsonSchemaCheck waiverSchema;

    public JsonFormatReader() {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                // The schema has already refused unknown fields, with a better message.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // A second document after the first (a paste done twice) must not be silently dropped.
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        this.protocolSchema = JsonSchemaCheck.load(JsonSchemaCheck.Kind.PROTOCOL, mapper);
        this.siteSchema = JsonSchemaCheck.load(JsonSchemaCheck.Kind.SITE, mapper);
        this.waiverSchema = JsonSchemaCheck.load(JsonSchemaCheck.Kind.WAIVERS, mapper);
    }

    @Override
    public Validated<Located<Protocol>> readProtocol(Path file) {
        return read(file, protocolSchema, Protocol.class);
    }

    @Override
    public Validated<Located<Site>> readSite(Path file) {
        return read(file, siteSchema, Site.class);
    }

    /** The study's {@code waivers.json} (schema {@code schema/waivers.schema.json}). */
    public Validated<Located<WaiverFile>> readWaivers(Path file) {
        return read(file, waiverSchema, WaiverFile.class);
    }

    private <T> Validated<Located<T>> read(Path file, JsonSchemaCheck schema, Class<T> type) {
        String name = file.toString();
        Validated<byte[]> bytes = InputFiles.readBounded(file);
        if (bytes.value().isEmpty()) {
            return Validated.failed(bytes.diagnostics());
        }
        byte[] content = bytes.value().get();
        JsonNode tree;
        JsonLocationIndex index;
        try {
            try (JsonParser parser = mapper.getFactory().createParser(content)) {
                try {
                    tree = mapper.readTree(parser);
                } catch (JsonProcessingException e) {
                    // Some refusals (the nesting limit) carry no location: the parser knows where it stopped.
                    return Validated.failed(List.of(syntaxError(name, e, parser.currentTokenLocation())));
                }
            }
            try (JsonParser parser = mapper.getFactory().createParser(content)) {
                index = JsonLocationIndex.build(name, parser);
            }
        } catch (JsonProcessingException e) {
            return Validated.failed(List.of(syntaxError(name, e, null)));
        } catch (IOException e) {
            // Not JSON text at all (e.g. invalid UTF-8 in a binary file).
            return Validated.failed(List.of(Diagnostic.error("JsonSyntax",
                    "not a readable JSON text: " + e.getMessage(),
                    "save the file as UTF-8 JSON", SourceLocation.file(name))));
        }
        if (tree == null || tree.isMissingNode()) {
            return Validated.failed(List.of(Diagnostic.error("FileEmpty", "the file is empty",
                    "write a JSON object here (see the examples/ folder)", new SourceLocation(name, 1, 1, ""))));
        }
        if (!tree.isObject()) {
            return Validated.failed(List.of(Diagnostic.error("SchemaWrongType",
                    "the document must be a JSON object, found " + tree.getNodeType().name().toLowerCase(),
                    "start the file with '{'", index.locate(""))));
        }
        List<Diagnostic> diagnostics = new ArrayList<>(schema.check(tree, index));
        outOfRangeNumbers(tree, "", index, diagnostics);
        if (!diagnostics.isEmpty()) {
            return Validated.failed(diagnostics);
        }
        return bind(tree, type, index, "JsonBinding").map(value -> new Located<>(value, index));
    }

    /**
     * Binds a tree in the model's JSON shape to {@code type} with this reader's mapper; a value the
     * record refuses is one diagnostic coded {@code code}, located through {@code sources}. The XML
     * reader binds the tree it derives from a document here too, so both formats share one binding.
     */
    public <T> Validated<T> bind(JsonNode tree, Class<T> type, SourceMap sources, String code) {
        try {
            return Validated.of(mapper.treeToValue(tree, type), List.of());
        } catch (JsonMappingException e) {
            return Validated.failed(List.of(Diagnostic.error(code, e.getOriginalMessage(),
                    "correct the value at this place", sources.locate(pointerOf(e)))));
        } catch (IllegalArgumentException | JsonProcessingException e) {
            return Validated.failed(List.of(Diagnostic.error(code, String.valueOf(e.getMessage()),
                    "correct the value at this place", sources.locate(""))));
        }
    }

    private static Diagnostic syntaxError(String file, JsonProcessingException e, JsonLocation stoppedAt) {
        var at = e.getLocation() != null ? e.getLocation() : stoppedAt;
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        String message = e.getOriginalMessage();
        String hint = e instanceof JsonParseException && message.startsWith("Duplicate field")
                ? "each key may appear once in an object: remove or rename the repeated one"
                : "fix the JSON syntax here (a missing comma, quote or bracket is the usual cause)";
        String code = message.startsWith("Duplicate field") ? "JsonDuplicateKey" : "JsonSyntax";
        if (message.startsWith("Trailing token")) {
            message = "more JSON follows the end of the document";
            hint = "a protocol or site file holds one JSON object: remove what follows its closing '}'";
        }
        if (message.contains("nesting depth")) {
            code = "JsonTooDeep";
            message = "the document is nested more than " + MAX_NESTING + " levels deep";
            hint = "protocol files are never nested this deep: check the file is the one you meant";
        }
        return Diagnostic.error(code, firstLine(message), hint, new SourceLocation(file, line, column, ""));
    }

    /**
     * JSON allows 1e400, a double does not: such a number passes the schema and would enter the
     * model as Infinity. Depth is bounded by the parser's nesting limit.
     */
    private static void outOfRangeNumbers(JsonNode node, String pointer, SourceMap index, List<Diagnostic> out) {
        if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
            out.add(Diagnostic.error("JsonNumberOutOfRange", "this number is too large to be represented",
                    "write the value in a unit where it is a realistic number", index.locate(pointer)));
        } else if (node.isObject()) {
            for (var f : node.properties()) {
                outOfRangeNumbers(f.getValue(), pointer + "/" + f.getKey().replace("~", "~0").replace("/", "~1"),
                        index, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                outOfRangeNumbers(node.get(i), pointer + "/" + i, index, out);
            }
        }
    }

    /** Jackson's message, without its source excerpt (we print our own) and on one line. */
    private static String firstLine(String message) {
        String cleaned = SOURCE_MARKER.matcher(message).replaceAll("(opened at line $1, column $2)");
        int nl = cleaned.indexOf('\n');
        return nl < 0 ? cleaned : cleaned.substring(0, nl);
    }

    private static final java.util.regex.Pattern SOURCE_MARKER = java.util.regex.Pattern.compile(
            "\\(start marker at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\)", java.util.regex.Pattern.DOTALL);

    private static String pointerOf(JsonMappingException e) {
        StringBuilder p = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                p.append('/').append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (ref.getIndex() >= 0) {
                p.append('/').append(ref.getIndex());
            }
        }
        return p.toString();
    }

    /** The configured mapper, for tools that re-serialise models the same way. */
    public ObjectMapper mapper() {
        return mapper;
    }
}
