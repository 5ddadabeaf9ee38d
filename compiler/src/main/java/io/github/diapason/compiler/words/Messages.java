package io.github.diapason.compiler.words;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import io.github.diapason.model.LocalizedText;
import io.github.diapason.model.Technique;
import io.github.diapason.vendor.Reason;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The wording of the built-in templates in one language, from {@code messages_<lang>.properties}
 * (templates module), exposed to templates as {@code msg("key", args…)}. A user template folder may
 * hold its own {@code messages_<lang>.properties}, searched first, key by key.
 * Numbers passed as arguments are printed as given (no locale grouping), so output is stable.
 */
public final class Messages implements TemplateMethodModelEx {

    static final String BUNDLE = "io.github.diapason.templates.messages";
    private final List<ResourceBundle> bundles;
    private final Locale locale;
    private final Typography typography;
    private final java.util.Map<String, String> plainMessages = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each message's pattern parsed once (the first bundle holding the key gives it). */
    private final java.util.Map<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

    Messages(List<ResourceBundle> bundles, Locale locale) {
        this.bundles = List.copyOf(bundles);
        this.locale = locale;
        this.typography = Typography.of(locale);
    }

    /** The typography of this wording's language, for the texts a document adds to the messages. */
    public Typography typography() {
        return typography;
    }

    /** The language of this wording ("fr"). */
    public String language() {
        return locale.getLanguage();
    }

    /**
     * The wording in {@code language}: the user's {@code messages_<lang>.properties} first (when the
     * user's template folder holds one), then the built-in bundle (English when the language has none).
     */
    public static Messages load(java.util.Optional<java.nio.file.Path> userFolder, String language) {
        Locale locale = Locale.forLanguageTag(language);
        List<ResourceBundle> bundles = new java.util.ArrayList<>();
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        userFolder.filter(f -> java.nio.file.Files.isRegularFile(f.resolve("messages_" + language + ".properties")))
                .ifPresent(f -> {
                    try {
                        java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {f.toUri().toURL()}, null);
                        bundles.add(ResourceBundle.getBundle("messages", locale, loader, noFallback));
                    } catch (java.net.MalformedURLException e) {
                        throw new IllegalStateException(e);
                    }
                });
        bundles.add(bundleOrEnglish(locale, noFallback));
        return new Messages(bundles, locale);
    }

    private static ResourceBundle bundleOrEnglish(Locale locale, ResourceBundle.Control control) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), control);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, Messages.class.getClassLoader(), control);
        }
    }

    /** The built-in bundles per language, loaded once: the words of diagnostics and of machine outputs. */
    private static final java.util.Map<String, Messages> BUILT_IN = new java.util.concurrent.ConcurrentHashMap<>();

    /** The built-in wording in {@code language} (English when the language has none), without user bundles. */
    public static Messages builtIn(String language) {
        return BUILT_IN.computeIfAbsent(language, l -> load(java.util.Optional.empty(), l));
    }

    /**
     * A feasibility reason in words: {@code reason.<CODE>} with its arguments, user text in this
     * bundle's language, a technique by its localised name.
     */
    public String reason(Reason reason) {
        String language = locale.getLanguage();
        Object[] args = reason.args().stream().map(a -> word(a, language)).toArray();
        if (reason.code() == Reason.Code.EXCLUDED_BY_SITE && args.length == 0) {
            args = new Object[] {get("reason.noReasonGiven")};
        }
        return get("reason." + reason.code().name(), args);
    }

    /** A user's sentence used inside a message: its closing full stop dropped (the message goes on). */
    private static String sentence(String s) {
        String t = s.strip();
        return t.endsWith(".") && !t.endsWith("..") ? t.substring(0, t.length() - 1) : t;
    }

    /**
     * An argument in words: user text in this language (its closing full stop dropped, as it stands
     * inside a message), a technique by its localised name, numbers with one decimal in this locale
     * ("1,5" in French), lists joined.
     */
    private Object word(Object arg, String language) {
        if (arg instanceof LocalizedText t) {
            return sentence(t.in(language));
        }
        if (arg instanceof Technique t) {
            return get("technique." + t.id());
        }
        if (arg instanceof Double d) {
            return String.format(locale, "%.1f", d);
        }
        if (arg instanceof List<?> list) {
            return String.join(", ", list.stream().map(a -> String.valueOf(word(a, language))).toList());
        }
        return arg instanceof Number n ? typography.numbers(plain(n)) : arg;
    }

    public String get(String key, Object... args) {
        if (args.length == 0) {
            // Most wording has no argument: formatted once per key (templates ask for it thousands of times).
            String cached = plainMessages.get(key);
            if (cached != null) {
                return cached;
            }
            String formatted = format(key, args);
            plainMessages.put(key, formatted);
            return formatted;
        }
        return format(key, args);
    }

    private String format(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale));
                String text;
                // A MessageFormat is not thread-safe; sites are rendered in parallel but rarely
                // format the same message at the same instant.
                synchronized (format) {
                    text = format.format(args);
                }
                return typography.text(text);
            }
        }
        throw new MissingResourceException("no message '" + key + "' for language " + locale, BUNDLE, key);
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("msg needs a key");
        }
        String key = ((TemplateScalarModel) arguments.get(0)).getAsString();
        Object[] args = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            TemplateModel m = (TemplateModel) arguments.get(i);
            // Numbers become text first: MessageFormat would group digits by locale ("1 000").
            args[i - 1] = m instanceof TemplateNumberModel n ? typography.numbers(plain(n.getAsNumber()))
                    : String.valueOf(DeepUnwrap.unwrap(m));
        }
        try {
            return new SimpleScalar(get(key, args));
        } catch (MissingResourceException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }

    /** A number as plain text: whole numbers without a decimal point, others without trailing zeros. */
    public static String plain(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : new java.math.BigDecimal(n.toString())
                .stripTrailingZeros().toPlainString();
    }
}
