package io.github.diapason.compiler.render;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
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

    Messages(List<ResourceBundle> bundles, Locale locale) {
        this.bundles = List.copyOf(bundles);
        this.locale = locale;
    }

    public String get(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return new MessageFormat(bundle.getString(key), locale).format(args);
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
            args[i - 1] = m instanceof TemplateNumberModel n ? plain(n.getAsNumber()) : String.valueOf(DeepUnwrap.unwrap(m));
        }
        try {
            return new SimpleScalar(get(key, args));
        } catch (MissingResourceException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }

    static String plain(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : new java.math.BigDecimal(n.toString())
                .stripTrailingZeros().toPlainString();
    }
}
