package io.github.diapason.compiler.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.compiler.GenerateReport;
import io.github.diapason.compiler.GenerateRequest;
import io.github.diapason.compiler.compile.StudyCompiler;
import io.github.diapason.model.ParameterName;
import io.github.diapason.validate.StudyValidation;
import io.github.diapason.vendor.VendorAdapters;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The French documents of both examples (which are French-complete: validate reports no
 * NotTranslated) are French: every word in them is a word of the French bundle, of the study's
 * French or language-neutral texts, or of the site's console (labels, product names in
 * parameters.json) — never an English word a template or the code added; and they follow French
 * typography (narrow no-break space before high punctuation, decimal comma).
 */
class FrenchDocumentsTest {

    private static final List<Path> EXAMPLES = List.of(Path.of("../examples/ms-cohort"),
            Path.of("../examples/memory-clinic-xml"));
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Set<String> PARAMETER_NAMES =
            Arrays.stream(ParameterName.values()).map(Enum::name).collect(java.util.stream.Collectors.toSet());
    /** Vendors' names, as the adapters spell them (proper nouns, in no bundle). */
    private static final Set<String> VENDOR_NAMES = Set.of("siemens", "healthineers", "ge", "healthcare", "philips");
    /** A letter or closing mark, then an ASCII space or nothing, then : ; ? ! ending a phrase. */
    private static final Pattern BAD_PUNCTUATION = Pattern.compile("[\\p{L}\\p{N})»\\]][ ]?[:;?!](?=\\s|$)");
    /** A decimal point between digits, outside dotted versions (1.0.0) and identifiers (R5.7.1). */
    private static final Pattern DECIMAL_POINT = Pattern.compile("(?<![\\w.])\\d+\\.\\d+(?![\\w.])");

    @TempDir
    static Path out;
    private static final Map<String, String> documents = new TreeMap<>();
    private static final Map<Path, Set<String>> vocabulary = new TreeMap<>();

    @BeforeAll
    static void generate() throws Exception {
        StudyGenerator generator = new StudyGenerator(StudyValidation.standard(VendorAdapters.load().ids()),
                new StudyCompiler(VendorAdapters.load()));
        for (Path example : EXAMPLES) {
            Path target = out.resolve(example.getFileName());
            GenerateReport report = generator.generate(new GenerateRequest(example, target, Optional.empty(),
                    Optional.empty(), false, false));
            assertThat(report.diagnostics()).as("a French-complete example").noneMatch(d -> d.code().equals("NotTranslated"));
            assertThat(report.diagnostics()).noneMatch(d -> d.isError());
            try (Stream<Path> walk = Files.walk(target)) {
                for (Path p : walk.filter(f -> f.getFileName().toString().matches(".*\\.fr\\.(html|md)")).toList()) {
                    documents.put(out.relativize(p).toString(), text(Files.readString(p)));
                }
            }
            Set<String> words = new HashSet<>(frenchBundleWords());
            Set<String> labelWords = new HashSet<>();
            words.addAll(VENDOR_NAMES);
            studyWords(example, words);
            try (Stream<Path> walk = Files.walk(target)) {
                for (Path p : walk.filter(f -> f.getFileName().toString().equals("parameters.json")).toList()) {
                    consoleWords(new ObjectMapper().readTree(p.toFile()), CONSOLE_FIELDS, words);
                    consoleWords(new ObjectMapper().readTree(p.toFile()), Set.of("label"), labelWords);
                }
            }
            // neutral parameter names (RepetitionTime) are not words a document may show, unless a console labels a
            // field with that very word (Philips "echospacing", spine_generic_philips_R53.pdf GRE-ME)
            Arrays.stream(ParameterName.values()).map(n -> n.name().toLowerCase(Locale.ROOT))
                    .filter(n -> !labelWords.contains(n)).forEach(words::remove);
            vocabulary.put(target, words);
        }
        assertThat(documents).hasSizeGreaterThan(20);
    }

    @Test
    void everyWordOfAFrenchDocumentIsFrenchOrTheStudysOrTheConsoles() {
        Map<String, Set<String>> foreign = new TreeMap<>();
        documents.forEach((name, text) -> {
            Set<String> allowed = vocabulary.get(out.resolve(name.substring(0, name.indexOf('/'))));
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                // a parameter's neutral name leaking from the code (EchoSpacing) is foreign even where a console
                // word is spelt the same in lower case (Philips "echospacing", spine_generic_philips_R53.pdf GRE-ME)
                if (!allowed.contains(w) || PARAMETER_NAMES.contains(m.group())) {
                    foreign.computeIfAbsent(name, k -> new TreeSet<>()).add(m.group());
                }
            }
        });
        assertThat(foreign).as("words neither in the French bundle nor in the study's French texts nor on the console")
                .isEmpty();
    }

    @Test
    void frenchTypography() {
        List<String> bad = new ArrayList<>();
        documents.forEach((name, text) -> {
            for (Pattern p : List.of(BAD_PUNCTUATION, DECIMAL_POINT)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    bad.add(name + ": …" + text.substring(Math.max(0, m.start() - 25), Math.min(text.length(), m.end() + 10))
                            .replace('\n', ' ') + "…");
                }
            }
        });
        assertThat(bad).isEmpty();
        assertThat(documents.values()).anyMatch(t -> t.contains("\u202F:"));
    }

    @Test
    void transferSheetHasContrastBoxesRowsForExtraSeriesAndACount() {
        String sheet = documents.get("ms-cohort/sites/lyon/transfer-sheet.fr.html");
        assertThat(sheet).contains("Numéro de lot", "Poids du participant", "Heure d'injection", "Antenne utilisée",
                "Motif si non acquise ou refaite", "Série b=0 en phase inversée", "Enregistrement physiologique",
                "Nombre de séries envoyées");
        assertThat(documents.get("ms-cohort/sites/lyon/crf-mri.fr.md")).contains("Produit de contraste injecté", "Dose injectée");
        assertThat(documents.get("memory-clinic-xml/sites/lyon/crf-mri.fr.md")).doesNotContain("Produit de contraste injecté");
    }

    @Test
    void theVocabularyCheckCatchesAnEnglishWord() {
        Set<String> allowed = vocabulary.values().iterator().next();
        assertThat(allowed).contains("antenne", "séquence").doesNotContain("requested", "achieved", "repetitiontime");
    }

    @Test
    void studyTextMissingInFrenchIsShownInEnglishAndMarked(@TempDir Path temp) throws IOException {
        Path study = Path.of("../protocol-model/src/test/resources/malformed-semantic/not-translated");
        StudyGenerator generator = new StudyGenerator(StudyValidation.standard(VendorAdapters.load().ids()),
                new StudyCompiler(VendorAdapters.load()));
        GenerateReport report = generator.generate(new GenerateRequest(study, temp, Optional.empty(), Optional.empty(),
                false, false));
        assertThat(report.diagnostics()).anyMatch(d -> d.code().equals("NotTranslated")
                && d.message().startsWith("not translated to fr: \"Whole brain"));
        String fr = Files.readString(temp.resolve("sites/alpha/manual.fr.md"));
        assertThat(fr).contains("\\[en, non traduit\\] Whole brain, vertex to the foramen magnum");
        String en = Files.readString(temp.resolve("sites/alpha/manual.en.html"));
        assertThat(en).contains("[fr, not translated] Le volume couvre toute la tête").doesNotContain("[en");
    }

    /**
     * Visible text: markup, styles and Markdown escapes removed, entities decoded. Code (series
     * names, file names, patterns: {@code <code>}, the series-name spans and Markdown code spans) is not language.
     */
    /** Visible text with code spans kept (markup removed, Markdown link targets and escapes removed). */
    static String textKeepingCode(String document, boolean html) {
        String s = html ? document.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("(?s)<svg.*?</svg>", " ")
                .replaceAll("(?s)<[^>]+>", " ") : document.replaceAll("\\]\\([^)\\s]*\\)", "]").replace("`", "");
        s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        return s.replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>])", "$1");
    }

    static String text(String document) {
        String s = document.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("(?s)<svg.*?</svg>", " ")
                .replaceAll("(?s)<code[^>]*>.*?</code>", " ").replaceAll("(?s)<span class=\"series-name\">.*?</span>", " ")
                .replaceAll("`[^`\n]*`", " ").replaceAll("\\]\\([^)\\s]*\\)", "]")
                .replaceAll("(?s)<[^>]+>", " ");
        s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        return s.replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>])", "$1");
    }

    private static Set<String> frenchBundleWords() throws IOException {
        Properties fr = new Properties();
        try (InputStream in = FrenchDocumentsTest.class.getResourceAsStream("/io/github/diapason/templates/messages_fr.properties")) {
            fr.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> words = new HashSet<>();
        fr.values().forEach(v -> words(String.valueOf(v), words));
        return words;
    }

    /** The study's words in French: JSON string values not under "en"; XML text and attributes outside xml:lang="en". */
    private static void studyWords(Path example, Set<String> words) throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(example)) {
            walk.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(json|xml)")).forEach(files::add);
        }
        for (Path f : files) {
            if (f.toString().endsWith(".json")) {
                jsonWords(new ObjectMapper().readTree(f.toFile()), words);
            } else {
                var factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                xmlWords(factory.newDocumentBuilder().parse(f.toFile()).getDocumentElement(), words);
            }
        }
    }

    private static void jsonWords(JsonNode node, Set<String> words) {
        if (node.isTextual()) {
            words(node.asText(), words);
        }
        node.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("en")) {
                jsonWords(e.getValue(), words);
            }
        });
        if (node.isArray()) {
            node.forEach(n -> jsonWords(n, words));
        }
    }

    private static void xmlWords(Element e, Set<String> words) {
        if ("en".equals(e.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))) {
            return;
        }
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            words(e.getAttributes().item(i).getNodeValue(), words);
        }
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node c = children.item(i);
            if (c instanceof Element child) {
                xmlWords(child, words);
            } else if (c.getNodeType() == Node.TEXT_NODE) {
                words(c.getNodeValue(), words);
            }
        }
    }

    private static final Set<String> CONSOLE_FIELDS = Set.of("label", "name", "productName", "unit", "value", "vendor", "model");

    /** The words of the text fields named {@code fields}, anywhere in a parameters.json. */
    private static void consoleWords(JsonNode node, Set<String> fields, Set<String> words) {
        node.fields().forEachRemaining(e -> {
            if (fields.contains(e.getKey()) && e.getValue().isTextual()) {
                words(e.getValue().asText(), words);
            }
            consoleWords(e.getValue(), fields, words);
        });
        if (node.isArray()) {
            node.forEach(n -> consoleWords(n, fields, words));
        }
    }

    private static void words(String text, Set<String> words) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
    }
}
