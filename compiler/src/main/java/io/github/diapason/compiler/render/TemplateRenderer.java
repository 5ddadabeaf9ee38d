package io.github.diapason.compiler.render;

import io.github.diapason.compiler.words.Messages;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.cache.OrMatcher;
import freemarker.cache.PathGlobMatcher;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Renders the templates. Search order, for every template name: (1) the user's template folder
 * ({@code templateDirectory} / {@code --templates}), (2) the built-in set in the templates
 * module ({@code io/github/diapason/templates/}). A user file named like a built-in one replaces
 * it; built-in templates still find the others, so a user can replace one piece only.
 * Message bundles follow the same order, key by key.
 * Every value is escaped for the document it lands in, whoever wrote the template: HTML
 * ({@code *.ftlh}, {@code *.html.ftl}, the libraries under {@code lib/}) through {@link HtmlFormat},
 * Markdown ({@code *.md.ftl}) through {@link MarkdownFormat}; {@code mdCode(x)} prints a code span.
 */
public final class TemplateRenderer {

    static final String BUILT_IN = "/io/github/diapason/templates";
    private final Configuration configuration;
    private final Optional<Path> userFolder;
    private final Map<String, Messages> messages = new java.util.concurrent.ConcurrentHashMap<>();
    /** Length of each template's last output (plus an eighth): the next output's buffer starts that big. */
    private final Map<String, Integer> sizes = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The renderer for {@code userFolder}. Without one, the built-in set is the same for the whole
     * JVM: one renderer is shared, so its templates are parsed once (not once per run, nor per site).
     * A user folder gets a fresh renderer, so edits between two runs are always seen.
     */
    public static TemplateRenderer of(Optional<Path> userFolder) throws IOException {
        return userFolder.isEmpty() ? BuiltInRenderer.INSTANCE : new TemplateRenderer(userFolder);
    }

    /** Holder of the shared built-in renderer, created on first use. */
    private static final class BuiltInRenderer {
        static final TemplateRenderer INSTANCE = builtIn();

        private static TemplateRenderer builtIn() {
            try {
                TemplateRenderer renderer = new TemplateRenderer(Optional.empty());
                // Class-path templates never change while the JVM runs: no modification checks.
                renderer.configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
                return renderer;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    public TemplateRenderer(Optional<Path> userFolder) throws IOException {
        this.userFolder = userFolder;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (userFolder.isPresent()) {
            loaders.add(new FileTemplateLoader(userFolder.get().toFile()));
        }
        loaders.add(new ClassTemplateLoader(TemplateRenderer.class, BUILT_IN));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        // Escaping by construction: the output format comes from the template's name, never from
        // the template's author remembering to escape. HTML: *.ftlh, *.html.ftl and every macro
        // library under lib/ (libraries are imported by HTML templates); Markdown: *.md.ftl.
        cfg.setRegisteredCustomOutputFormats(List.of(HtmlFormat.INSTANCE, MarkdownFormat.INSTANCE));
        cfg.setRecognizeStandardFileExtensions(false);
        cfg.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
                new ConditionalTemplateConfigurationFactory(new OrMatcher(new FileExtensionMatcher("ftlh"),
                        new FileNameGlobMatcher("*.html.ftl"), new PathGlobMatcher("lib/**")), format(HtmlFormat.INSTANCE)),
                new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.md.ftl"),
                        format(MarkdownFormat.INSTANCE)))
                .allowNoMatch(true));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setNumberFormat("computer");
        cfg.setCustomNumberFormats(Map.of(DocumentNumberFormat.NAME, DocumentNumberFormat.FACTORY));
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        // Templates may come from users: no class instantiation from a template.
        cfg.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        this.configuration = cfg;
    }

    private static TemplateConfiguration format(freemarker.core.OutputFormat outputFormat) {
        TemplateConfiguration tc = new TemplateConfiguration();
        tc.setOutputFormat(outputFormat);
        tc.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        return tc;
    }

    /** Renders {@code name} with {@code model} (plain maps and lists) in {@code language}. */
    public String render(String name, Map<String, Object> model, String language) throws IOException, TemplateException {
        try {
            Template template = configuration.getTemplate(name);
            Map<String, Object> root = new HashMap<>(model);
            root.put("msg", messages(language));
            root.put("mdCode", new MarkdownCode());
            TextWriter out = new TextWriter(sizes.getOrDefault(name, 4096));
            // Numbers a template prints (${x}) in the document's locale: "1,5" in French, no grouping;
            // ?c keeps the computer form where a machine reads it (SVG coordinates).
            freemarker.core.Environment env = template.createProcessingEnvironment(root, out);
            env.setLocale(Locale.forLanguageTag(language));
            env.setNumberFormat("@" + DocumentNumberFormat.NAME);
            env.process();
            String text = out.toString();
            sizes.put(name, text.length() + text.length() / 8);
            return text;
        } catch (SecurityException e) {
            // FileTemplateLoader refuses a file whose real path leaves the template folder (a symbolic link).
            throw new IOException("it (or a template it includes) is a symbolic link to a file outside the template"
                    + " folder, which is not followed; copy the file into the folder instead", e);
        }
    }

    /**
     * The output buffer of one rendering: a StringWriter without its lock (one thread writes) and
     * sized up front, so a 100 kB manual is not copied at every doubling of the buffer.
     */
    private static final class TextWriter extends java.io.Writer {
        private final StringBuilder text;

        TextWriter(int capacity) {
            this.text = new StringBuilder(capacity);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String s, int offset, int length) {
            text.append(s, offset, offset + length);
        }

        @Override
        public void write(String s) {
            text.append(s);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public java.io.Writer append(CharSequence s) {
            text.append(s);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** Whether wording exists for {@code language}: built in (en, fr) or in the user's folder. */
    public boolean speaks(String language) {
        if (userFolder.map(f -> Files.isRegularFile(f.resolve("messages_" + language + ".properties"))).orElse(false)) {
            return true;
        }
        return TemplateRenderer.class.getResource(BUILT_IN + "/messages_" + language + ".properties") != null;
    }

    /** The wording in {@code language}: the user's bundle first (if any), then the built-in one. */
    public Messages messages(String language) {
        return messages.computeIfAbsent(language, this::loadMessages);
    }

    private Messages loadMessages(String language) {
        return Messages.load(userFolder, language);
    }
}
