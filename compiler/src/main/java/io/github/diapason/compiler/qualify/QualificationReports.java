package io.github.diapason.compiler.qualify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import freemarker.template.TemplateException;
import io.github.diapason.compiler.output.OutputTree;
import io.github.diapason.compiler.qualify.Qualification.Evidence;
import io.github.diapason.compiler.qualify.Qualification.Finding;
import io.github.diapason.compiler.qualify.Qualification.SequenceVerdict;
import io.github.diapason.compiler.render.TemplateRenderer;
import io.github.diapason.read.LoadedStudy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The qualification reports: {@code qualification-report.json} (schema {@link #SCHEMA_RESOURCE}, published at
 * {@link #SCHEMA_ID}), {@code qualification-report.html} in the site's language for the centre and the site to
 * sign (template {@code qualification.html.ftlh}, words from the message bundles, every value escaped), and
 * {@code qualification-report.xml} (JUnit: a test suite per piece of evidence, a test case per sequence, a failure
 * per error finding). The same qualification gives the same bytes.
 */
public final class QualificationReports {

    public static final String SCHEMA_RESOURCE = "io/github/diapason/compiler/qualify/qualification-report.schema.json";
    public static final String SCHEMA_ID = "https://diapason.github.io/schema/qualification-report.schema.json";
    public static final List<String> FILES = List.of("qualification-report.html", "qualification-report.json",
            "qualification-report.xml");

    static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private QualificationReports() {
    }

    static OutputTree render(Qualification q, LoadedStudy study) throws IOException {
        return new OutputTree()
                .put("qualification-report.json", json(q))
                .put("qualification-report.html", html(q, study))
                .put("qualification-report.xml", junit(q));
    }

    /** The JSON report, {@code $schema} first, then the qualification's fields in declaration order. */
    public static String json(Qualification q) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SCHEMA_ID);
        root.setAll((ObjectNode) JSON.valueToTree(q));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of strings and numbers always serialises
        }
    }

    static String html(Qualification q, LoadedStudy study) throws IOException {
        String language = q.language() == null || q.language().isBlank() ? "en" : q.language();
        TemplateRenderer renderer = new TemplateRenderer(Optional.empty());
        if (!renderer.speaks(language)) {
            language = "en";
        }
        Map<String, Object> model = new HashMap<>();
        model.put("q", JSON.convertValue(q, Map.class));
        model.put("studyTitle", study.study().protocol().study().title().in(language));
        model.put("language", language);
        try {
            return renderer.render("qualification.html.ftlh", model, language);
        } catch (TemplateException e) {
            throw new IOException("the qualification template failed: " + e.getMessage(), e);
        }
    }

    static String junit(Qualification q) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"diapason qualify\">\n");
        for (Evidence e : q.evidence()) {
            List<Finding> own = q.findings().stream().filter(f -> f.evidence().equals(e.file())).toList();
            List<Finding> scanner = own.stream().filter(f -> f.sequence().isEmpty() && f.severity().equals("error")).toList();
            long failures = e.sequences().stream().filter(s -> !s.verdict().equals("qualified")
                    && (s.mandatory() || !s.verdict().equals("missing"))).count() + (scanner.isEmpty() ? 0 : 1);
            x.append("  <testsuite name=\"").append(esc(q.siteId() + " " + e.file())).append("\" tests=\"")
                    .append(e.sequences().size() + 1).append("\" failures=\"").append(failures).append("\">\n");
            x.append("    <testcase classname=\"").append(esc(q.siteId())).append("\" name=\"scanner\"");
            appendFailures(x, scanner);
            for (SequenceVerdict s : e.sequences()) {
                x.append("    <testcase classname=\"").append(esc(q.siteId())).append("\" name=\"").append(esc(s.seriesName())).append('"');
                appendFailures(x, own.stream().filter(f -> f.severity().equals("error") && f.sequence().equals(s.seriesName())
                        || f.severity().equals("error") && f.sequence().equals(s.sequenceId())).toList());
            }
            x.append("  </testsuite>\n");
        }
        return x.append("</testsuites>\n").toString();
    }

    private static void appendFailures(StringBuilder x, List<Finding> failing) {
        if (failing.isEmpty()) {
            x.append("/>\n");
            return;
        }
        x.append(">\n      <failure message=\"").append(esc(failing.get(0).message())).append("\" type=\"")
                .append(esc(failing.get(0).code())).append("\">");
        for (Finding f : failing) {
            x.append(esc(f.code() + " " + f.label() + ": expected " + f.expected() + ", found " + f.found() + " — " + f.message())).append('\n');
        }
        x.append("</failure>\n    </testcase>\n");
    }

    private static String esc(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : (s == null ? "" : s).toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c); // other control characters are not allowed in XML 1.0
                    }
                }
            }
        }
        return out.toString();
    }

    /** A stored qualification read back (generate's status); empty when the file is not one. */
    static Optional<Qualification> read(byte[] json) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(json);
            node.remove("$schema");
            return Optional.of(JSON.treeToValue(node, Qualification.class));
        } catch (IOException | ClassCastException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

}
