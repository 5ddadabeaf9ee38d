package io.github.diapason.conformity.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes {@code rules.json}. Writing is deterministic (same rule file, same bytes:
 * fixed property order, sorted map keys, ISO dates, no timestamps). Reading checks the
 * document against the published schema ({@code io/github/diapason/conformity/rules.schema.json},
 * JSON Schema 2020-12) and reports every problem as a {@link Diagnostic}; it never throws on
 * bad input.
 */
public final class RulesJson {

    public static final String SCHEMA_RESOURCE = "io/github/diapason/conformity/rules.schema.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private static final JsonSchema SCHEMA = loadSchema();

    private RulesJson() {
    }

    /** The published schema, as text (for writing it next to the rules). */
    public static String schemaText() {
        try (InputStream in = RulesJson.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing from the jar: " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
        }
    }

    public static String write(RuleFile rules) {
        try {
            return MAPPER.writeValueAsString(rules).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rule files always serialise", e);
        }
    }

    public static byte[] bytes(RuleFile rules) {
        return write(rules).getBytes(StandardCharsets.UTF_8);
    }

    /** Far beyond any site's rules; a larger file is not a rules.json. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    /**
     * A rule file from disk. Only a regular file of at most {@link #MAX_BYTES} is read, and never
     * beyond that many bytes: a named pipe would wait forever, /dev/zero never ends, a 3 GB file
     * exhausts memory. Any of them is a diagnostic (the caller's exit status 3, unreadable input).
     */
    public static Validated<RuleFile> readFile(Path path) {
        String file = path.toString();
        try {
            if (!Files.isRegularFile(path)) {
                return Validated.failed(List.of(Diagnostic.error("RULES_NOT_REGULAR",
                        "not a regular file (a named pipe, a device or a folder), so the rules are not read from it",
                        "pass the rules.json that generate wrote, or the folder holding it", SourceLocation.file(file))));
            }
            byte[] bytes = null;
            if (Files.size(path) <= MAX_BYTES) {
                try (InputStream in = Files.newInputStream(path)) {
                    bytes = in.readNBytes((int) MAX_BYTES + 1);
                }
            }
            if (bytes == null || bytes.length > MAX_BYTES) {
                return Validated.failed(List.of(Diagnostic.error("RULES_TOO_LARGE",
                        "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB; no rules.json comes near that",
                        "pass the rules.json that generate wrote, or the folder holding it", SourceLocation.file(file))));
            }
            return read(new String(bytes, StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            return Validated.failed(List.of(Diagnostic.error("RULES_IO_ERROR", "cannot read the rules file",
                    "check the file's permissions", SourceLocation.file(file))));
        }
    }

    /** A rule file from its text; {@code file} names it in diagnostics. */
    public static Validated<RuleFile> read(String text, String file) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return Validated.failed(List.of(Diagnostic.error("RULES_NOT_JSON",
                    "not a JSON document: " + e.getOriginalMessage(), "fix the JSON syntax, or regenerate the rules",
                    new SourceLocation(file, at == null ? 0 : Math.max(0, at.getLineNr()),
                            at == null ? 0 : Math.max(0, at.getColumnNr()), ""))));
        }
        if (tree == null || tree.isMissingNode()) {
            return Validated.failed(List.of(Diagnostic.error("RULES_NOT_JSON", "empty rules file",
                    "regenerate the rules with diapason generate", SourceLocation.file(file))));
        }
        List<Diagnostic> problems = SCHEMA.validate(tree).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(m -> Diagnostic.error("RULES_SCHEMA_" + m.getType().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"),
                        m.getMessage(), "the file does not follow rules.schema.json; regenerate it with diapason generate",
                        new SourceLocation(file, 0, 0, m.getInstanceLocation().toString())))
                .toList();
        if (!problems.isEmpty()) {
            return Validated.failed(problems);
        }
        try {
            return Validated.of(MAPPER.treeToValue(tree, RuleFile.class), List.of());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Validated.failed(List.of(Diagnostic.error("RULES_UNREADABLE", "rules file cannot be read: "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()),
                    "regenerate the rules with diapason generate", SourceLocation.file(file))));
        }
    }

    private static JsonSchema loadSchema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(MAPPER.readTree(schemaText()), config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("built-in schema is not JSON: " + SCHEMA_RESOURCE, e);
        }
    }
}
