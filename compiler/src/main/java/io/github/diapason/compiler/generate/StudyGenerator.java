package io.github.diapason.compiler.generate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import io.github.diapason.compiler.GenerateReport;
import io.github.diapason.compiler.GenerateRequest;
import io.github.diapason.compiler.qualify.QualificationRecords;
import io.github.diapason.compiler.output.OutputLock;
import io.github.diapason.compiler.output.OutputPlacement;
import io.github.diapason.compiler.output.OutputTree;
import io.github.diapason.compiler.compile.SiteOutcome;
import io.github.diapason.compiler.compile.StudyCompiler;
import io.github.diapason.compiler.rules.RuleOutputs;
import io.github.diapason.compiler.output.OutputWriter;
import io.github.diapason.compiler.render.TemplateRenderer;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.Site;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.validate.StudyValidation;
import io.github.diapason.vendor.ParametersJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The generate pipeline: validate, compile every site, render every document into an in-memory
 * {@link OutputTree}, and write it only when no error was found — so a failed run leaves the
 * previous outputs as they were. Same inputs, same bytes: no timestamps, stable ordering.
 */
public final class StudyGenerator {

    /** Languages the built-in bundles cover; a user bundle adds its own. */
    static final List<String> BUILT_IN_LANGUAGES = List.of("en", "fr");

    private final StudyValidation validation;
    private final StudyCompiler compiler;
    private final ObjectMapper json;
    private final PdfRenderer pdfRenderer = new PdfRenderer();
    private final RuleOutputs ruleOutputs;
    private final int threads;

    /** Sites compiled and rendered on every processor. */
    public StudyGenerator(StudyValidation validation, StudyCompiler compiler) {
        this(validation, compiler, Runtime.getRuntime().availableProcessors());
    }

    /** Sites compiled and rendered by {@code threads} threads (1: in the calling thread); the output is the same. */
    StudyGenerator(StudyValidation validation, StudyCompiler compiler, int threads) {
        this.validation = validation;
        this.compiler = compiler;
        this.threads = threads;
        this.ruleOutputs = new RuleOutputs(compiler);
        this.json = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    public GenerateReport generate(GenerateRequest request) {
        Validated<LoadedStudy> validated = validation.validate(request.studyDirectory());
        List<Diagnostic> diagnostics = new ArrayList<>(validated.diagnostics());
        diagnostics.addAll(OutputPlacement.check(request.studyDirectory(), request.outputDirectory()));
        if (validated.hasErrors() || validated.value().isEmpty() || diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new GenerateReport(request.outputDirectory(), diagnostics, 0, 0);
        }
        LoadedStudy study = validated.value().get();
        TemplateRenderer renderer;
        try {
            renderer = TemplateRenderer.of(request.templateDirectory());
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("TemplateFolderUnreadable", "cannot read the template folder: "
                    + e.getMessage(), "check the templateDirectory / --templates path",
                    SourceLocation.file(request.templateDirectory().map(Object::toString).orElse(""))));
            return new GenerateReport(request.outputDirectory(), diagnostics, 0, 0);
        }
        OutputTree tree = new OutputTree();
        tree.put("protocol.resolved.json", toJson(study.study().protocol()));
        // Sites are independent: each is compiled and rendered on its own (in parallel), into its own
        // tree and diagnostics, merged afterwards in the study's site order, so the output and the
        // report do not depend on the number of threads.
        List<SiteOutcome> outcomes = new ArrayList<>();
        for (SiteOutput site : SiteTasks.map(study.study().sites(), threads,
                s -> compileAndRender(s, study, renderer, request))) {
            diagnostics.addAll(site.diagnostics());
            site.outcome().ifPresent(outcomes::add);
            tree.putAll(site.tree());
        }
        renderIndex(study, outcomes, renderer, request, tree, diagnostics);
        renderQuestionnaire(study, renderer, request, tree, diagnostics);
        renderPlanning(study, outcomes, renderer, request, tree, diagnostics);
        diagnostics.sort(Diagnostic.ORDER);
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new GenerateReport(request.outputDirectory(), diagnostics, 0, 0);
        }
        try {
            OutputWriter.Summary summary = OutputWriter.publish(tree, request.outputDirectory(), "protocol.resolved.json",
                    Set.of("diff"));
            diagnostics.addAll(OutputPlacement.removedNote(summary, request.outputDirectory()));
            return new GenerateReport(request.outputDirectory(), diagnostics, summary.written(), summary.unchanged());
        } catch (OutputLock.Busy | OutputWriter.ForeignFolderException e) {
            diagnostics.add(OutputPlacement.refused(e, request.outputDirectory()));
            return new GenerateReport(request.outputDirectory(), diagnostics, 0, 0);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("OutputUnwritable", "cannot write outputs: " + e.getMessage(),
                    "check the output folder's permissions and free space",
                    SourceLocation.file(request.outputDirectory().toString())));
            return new GenerateReport(request.outputDirectory(), diagnostics, 0, 0);
        }
    }

    /** One site's share of the run: its outcome (when it compiled), its files, its problems. */
    private record SiteOutput(Optional<SiteOutcome> outcome, OutputTree tree, List<Diagnostic> diagnostics) {
    }

    private SiteOutput compileAndRender(Site site, LoadedStudy study, TemplateRenderer renderer, GenerateRequest request) {
        Validated<SiteOutcome> compiled = compiler.compile(study, site, request.date());
        List<Diagnostic> diagnostics = new ArrayList<>(compiled.diagnostics());
        OutputTree tree = new OutputTree();
        compiled.value().ifPresent(outcome -> renderSite(outcome, study, renderer, request, tree, diagnostics));
        return new SiteOutput(compiled.value(), tree, diagnostics);
    }

    private void renderSite(SiteOutcome outcome, LoadedStudy study, TemplateRenderer renderer, GenerateRequest request,
                            OutputTree tree, List<Diagnostic> diagnostics) {
        Site site = outcome.effective().site();
        String dir = "sites/" + OutputTree.segment(site.id()) + "/";
        tree.put(dir + "parameters.json", ParametersJson.bytes(outcome.parameterSet()));
        outcome.directionFiles().forEach(f -> tree.put(dir + f.path(), f.text()));
        diagnostics.addAll(ruleOutputs.render(study, outcome, tree));
        for (String language : languages(site, study, renderer)) {
            Map<String, Object> model = DocumentModel.site(outcome, language, renderer.messages(language));
            if (request.dumpModel()) {
                tree.put(dir + "model." + language + ".json", toJson(model));
            }
            Optional<String> html = render(renderer, "manual.html.ftlh", model, language, diagnostics);
            html.ifPresent(h -> tree.put(dir + "manual." + language + ".html", h));
            render(renderer, "manual.md.ftl", model, language, diagnostics)
                    .ifPresent(md -> tree.put(dir + "manual." + language + ".md", md));
            render(renderer, "transfer-sheet.html.ftlh", model, language, diagnostics)
                    .ifPresent(h -> tree.put(dir + "transfer-sheet." + language + ".html", h));
            render(renderer, "crf-mri.md.ftl", model, language, diagnostics)
                    .ifPresent(md -> tree.put(dir + "crf-mri." + language + ".md", md));
            Optional<String> sheets = render(renderer, "console-sheets.html.ftlh", model, language, diagnostics);
            sheets.ifPresent(h -> tree.put(dir + "console-sheets." + language + ".html", h));
            if (request.pdf() && sheets.isPresent()) {
                Validated<byte[]> pdf = pdfRenderer.render(sheets.get(), dir + "console-sheets." + language + ".html");
                diagnostics.addAll(pdf.diagnostics());
                pdf.value().ifPresent(bytes -> tree.put(dir + "console-sheets." + language + ".pdf", bytes));
            }
            if (request.pdf() && html.isPresent()) {
                Validated<byte[]> pdf = pdfRenderer.render(html.get(), dir + "manual." + language + ".html");
                diagnostics.addAll(pdf.diagnostics());
                pdf.value().ifPresent(bytes -> tree.put(dir + "manual." + language + ".pdf", bytes));
            }
        }
    }

    private void renderIndex(LoadedStudy study, List<SiteOutcome> outcomes, TemplateRenderer renderer,
                             GenerateRequest request, OutputTree tree, List<Diagnostic> diagnostics) {
        String language = study.study().protocol().study().languages().stream().findFirst().orElse("en");
        Map<String, Object> model = Overview.model(study, outcomes, language, renderer.messages(language),
                outcome -> languages(outcome.effective().site(), study, renderer), request.pdf(),
                outcome -> QualificationRecords.status(request.studyDirectory(), outcome));
        model.put("templateFile", templateFile(request));
        if (request.dumpModel()) {
            tree.put("model.index.json", toJson(model));
        }
        render(renderer, "index.html.ftlh", model, language, diagnostics).ifPresent(h -> tree.put("index.html", h));
    }

    /**
     * The blank feasibility questionnaire in every language of the study, and the fillable site
     * skeleton in the study's format and first language, which validate reads back (and skips as a
     * template while it keeps its name).
     */
    private void renderQuestionnaire(LoadedStudy study, TemplateRenderer renderer, GenerateRequest request,
                                     OutputTree tree, List<Diagnostic> diagnostics) {
        var protocol = study.study().protocol();
        boolean xml = templateFile(request).endsWith(".xml");
        for (String language : studyLanguages(study, renderer)) {
            Map<String, Object> model = Questionnaire.model(protocol, language, renderer.messages(language), xml);
            Optional<String> html = render(renderer, "questionnaire.html.ftlh", model, language, diagnostics);
            html.ifPresent(h -> tree.put("questionnaire." + language + ".html", h));
            if (request.pdf() && html.isPresent()) {
                Validated<byte[]> pdf = pdfRenderer.render(html.get(), "questionnaire." + language + ".html");
                diagnostics.addAll(pdf.diagnostics());
                pdf.value().ifPresent(bytes -> tree.put("questionnaire." + language + ".pdf", bytes));
            }
        }
        var messages = renderer.messages(studyLanguages(study, renderer).get(0));
        String name = "sites/" + templateFile(request);
        tree.put(name, xml ? Questionnaire.skeletonXml(protocol, messages) : Questionnaire.skeletonJson(protocol, messages));
    }

    /** The site skeleton's file name: in the format of the study's protocol. */
    private static String templateFile(GenerateRequest request) {
        boolean xml = java.nio.file.Files.exists(request.studyDirectory().resolve("protocol.xml"));
        return io.github.diapason.read.StudyReader.SITE_TEMPLATE + (xml ? ".xml" : ".json");
    }

    /** The planning sheet in every language of the study, and its figures as CSV. */
    private void renderPlanning(LoadedStudy study, List<SiteOutcome> outcomes, TemplateRenderer renderer,
                                GenerateRequest request, OutputTree tree, List<Diagnostic> diagnostics) {
        var protocol = study.study().protocol();
        List<PlanningSheet.SiteFigures> figures = PlanningSheet.figures(protocol, outcomes);
        tree.put("planning.csv", PlanningSheet.csv(figures));
        for (String language : studyLanguages(study, renderer)) {
            Map<String, Object> model = PlanningSheet.model(protocol, figures, language, renderer.messages(language));
            if (request.dumpModel()) {
                tree.put("model.planning." + language + ".json", toJson(model));
            }
            render(renderer, "planning.html.ftlh", model, language, diagnostics)
                    .ifPresent(h -> tree.put("planning." + language + ".html", h));
        }
    }

    /** The study's languages that have wording; English when none has. */
    private static List<String> studyLanguages(LoadedStudy study, TemplateRenderer renderer) {
        List<String> spoken = study.study().protocol().study().languages().stream().filter(renderer::speaks).toList();
        return spoken.isEmpty() ? List.of("en") : spoken;
    }

    /** The site's language first, then the study's other languages that have wording. */
    static List<String> languages(Site site, LoadedStudy study, TemplateRenderer renderer) {
        Set<String> wanted = new LinkedHashSet<>();
        wanted.add(site.language());
        wanted.addAll(study.study().protocol().study().languages());
        return wanted.stream().filter(renderer::speaks).toList();
    }

    private Optional<String> render(TemplateRenderer renderer, String template, Map<String, Object> model,
                                    String language, List<Diagnostic> diagnostics) {
        try {
            return Optional.of(renderer.render(template, model, language));
        } catch (ParseException e) {
            diagnostics.add(Diagnostic.error("TemplateSyntax", e.getEditorMessage(), "fix the template",
                    new SourceLocation(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), "")));
        } catch (TemplateException e) {
            diagnostics.add(Diagnostic.error("TemplateFailed", firstLine(e.getMessageWithoutStackTop()),
                    "check the names the template uses against the data model (--dump-model)",
                    new SourceLocation(String.valueOf(e.getTemplateSourceName()),
                            e.getLineNumber() == null ? 0 : e.getLineNumber(),
                            e.getColumnNumber() == null ? 0 : e.getColumnNumber(), "")));
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("TemplateMissing", "cannot load template " + template + ": "
                    + e.getMessage(), "restore the template or remove the broken override", SourceLocation.file(template)));
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("model values always serialise", e);
        }
    }
}
