package io.github.diapason.compiler.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.GenerateReport;
import io.github.diapason.compiler.GenerateRequest;
import io.github.diapason.compiler.ValidationReport;
import io.github.diapason.compiler.ValidationRequest;
import io.github.diapason.compiler.words.Messages;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The feasibility questionnaire's round trip: generate writes the skeleton; validate skips it as a
 * template, reports each unfilled field of a copy at its line, and accepts the copy once filled.
 */
class QuestionnaireTest {

    private final Diapason diapason = new Diapason();

    @TempDir
    Path temp;

    @Test
    void everyFieldOfTheSiteSchemaHasWordingInBothLanguages() {
        for (String language : List.of("en", "fr")) {
            Messages messages = Messages.builtIn(language);
            walk(Questionnaire.fields(), f -> assertThat(messages.get("questionnaire.field." + f.path())).isNotBlank());
        }
    }

    @Test
    void theQuestionnaireAsksTheTechnicalAndOrganisationalQuestions() throws IOException {
        Path out = generate("ms-cohort");
        String fr = Files.readString(out.resolve("questionnaire.fr.html"));

        assertThat(fr).contains("Volet technique", "Volet organisationnel", "Version logicielle", "Fantômes disponibles",
                "Créneaux de recherche", "siemens", "philips", "multiband");
        assertThat(out.resolve("questionnaire.en.html")).exists();
    }

    @Test
    void theJsonSkeletonIsSkippedAsATemplateReportedFieldByFieldWhenUnfilledAndValidOnceFilled() throws IOException {
        Path out = generate("ms-cohort");
        Path study = copyStudy("ms-cohort");
        String skeleton = Files.readString(out.resolve("sites/_template.json"));
        Files.writeString(study.resolve("sites/_template.json"), skeleton);

        ValidationReport asTemplate = validate(study);
        assertThat(errors(asTemplate)).isEmpty();
        assertThat(asTemplate.diagnostics()).anyMatch(d -> d.code().equals("SiteTemplate") && d.severity() == Severity.NOTE);

        Files.writeString(study.resolve("sites/rennes.json"), skeleton);
        List<Diagnostic> unfilled = errors(validate(study));
        long placeholders = skeleton.chars().filter(c -> c == '\u27E6').count();
        assertThat(unfilled).hasSize((int) placeholders).allMatch(d -> d.code().equals("UnfilledTemplateField"));
        assertThat(unfilled).anyMatch(d -> d.message().contains("siemens | ge | philips") && d.location().line() > 1);

        Files.writeString(study.resolve("sites/rennes.json"), fillJson(skeleton));
        assertThat(errors(validate(study))).isEmpty();
    }

    @Test
    void theXmlSkeletonOfAnXmlStudyRoundTripsToo() throws IOException {
        Path out = generate("memory-clinic-xml");
        assertThat(out.resolve("sites/_template.json")).doesNotExist();
        Path study = copyStudy("memory-clinic-xml");
        String skeleton = Files.readString(out.resolve("sites/_template.xml"));
        Files.writeString(study.resolve("sites/_template.xml"), skeleton);
        assertThat(errors(validate(study))).isEmpty();

        Files.writeString(study.resolve("sites/rennes.xml"), skeleton);
        assertThat(errors(validate(study))).isNotEmpty().allMatch(d -> d.code().equals("UnfilledTemplateField"));

        Files.writeString(study.resolve("sites/rennes.xml"), fillXml(skeleton));
        assertThat(errors(validate(study))).isEmpty();
    }

    private Path generate(String example) {
        Path out = temp.resolve("out-" + example);
        GenerateReport report = diapason.generate(new GenerateRequest(Path.of("../examples/" + example), out,
                Optional.empty(), Optional.empty(), false, false));
        assertThat(report.diagnostics()).noneMatch(Diagnostic::isError);
        return out;
    }

    private Path copyStudy(String example) throws IOException {
        Path from = Path.of("../examples/" + example);
        Path to = temp.resolve("study-" + example);
        Files.createDirectories(to.resolve("sites"));
        try (Stream<Path> files = Stream.concat(Files.list(from).filter(Files::isRegularFile), Files.list(from.resolve("sites")))) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(from.relativize(f).toString()));
            }
        }
        return to;
    }

    private ValidationReport validate(Path study) {
        return diapason.validate(new ValidationRequest(study, Optional.empty()));
    }

    private static List<Diagnostic> errors(ValidationReport report) {
        return report.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    /** A GE site's answers (as examples/ms-cohort/sites/london.json), written where the placeholders are. */
    private static final Map<String, Object> ANSWERS = Map.ofEntries(Map.entry("id", "rennes"),
            Map.entry("name", "CHU de Rennes"), Map.entry("code", "08"), Map.entry("language", "fr"),
            Map.entry("plannedParticipants", 20), Map.entry("role", "MERM"), Map.entry("email", "irm@example.org"),
            Map.entry("phone", "+33 2 00 00 00 00"), Map.entry("vendor", "ge"), Map.entry("model", "Discovery MR750"),
            Map.entry("fieldStrength", 3.0), Map.entry("softwareVersion", "DV26.0_R03"),
            Map.entry("deviceSerialNumber", "000001"), Map.entry("validFrom", "2020-01-01"), Map.entry("validTo", "2035-01-01"),
            Map.entry("channels", 48), Map.entry("date", "2028-01-01"), Map.entry("referenceSite", false),
            Map.entry("sequence", "t1w-postcontrast"), Map.entry("licensedOptions", "multiband"), Map.entry("phantoms", "ACR"));

    private static String fillJson(String skeleton) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(skeleton);
        fill(root, mapper);
        ((ObjectNode) root.get("coils").get(0)).put("name", "48ch Head");
        ((ObjectNode) root.get("contacts").get(0)).put("name", "Jeanne Dupont");
        root.putArray("licensedOptions").add("multiband").add("swi").add("dti-import");
        return mapper.writeValueAsString(root);
    }

    private static void fill(JsonNode node, ObjectMapper mapper) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isTextual()) {
                    Object answer = ANSWERS.getOrDefault(e.getKey(), "Texte rempli");
                    e.setValue(mapper.valueToTree(answer));
                } else if (e.getValue().isArray() && e.getValue().size() == 1 && e.getValue().get(0).isTextual()) {
                    e.setValue(mapper.createArrayNode().add(String.valueOf(ANSWERS.get(e.getKey()))));
                } else {
                    fill(e.getValue(), mapper);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> fill(n, mapper));
        }
    }

    private static String fillXml(String skeleton) {
        Map<String, String> answers = new java.util.HashMap<>();
        ANSWERS.forEach((k, v) -> answers.put(k, String.valueOf(v)));
        answers.put("sequence", "asl");
        answers.put("option", "pcasl");
        answers.put("phantom", "ACR");
        answers.put("model", "SIGNA Premier");
        answers.put("softwareVersion", "MR30.1");
        String filled = replace(skeleton, Pattern.compile("(\\w+)=\"\u27E6[^\u27E7]*\u27E7\""),
                m -> m.group(1) + "=\"" + answers.getOrDefault(m.group(1), "Nom") + "\"");
        filled = replace(filled, Pattern.compile("<(\\w+)>\u27E6[^\u27E7]*\u27E7</\\1>"),
                m -> "<" + m.group(1) + ">" + answers.getOrDefault(m.group(1), "CHU de Rennes") + "</" + m.group(1) + ">");
        return replace(filled, Pattern.compile("\u27E6[^\u27E7]*\u27E7"), m -> "Texte rempli");
    }

    private static String replace(String s, Pattern p, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void walk(List<Questionnaire.Field> fields, java.util.function.Consumer<Questionnaire.Field> action) {
        for (Questionnaire.Field f : fields) {
            action.accept(f);
            walk(f.children(), action);
        }
    }
}
