package io.github.diapason.compiler.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import io.github.diapason.text.ControlCharacters;
import java.io.IOException;
import java.io.Writer;

/**
 * The output format of every HTML template (built-in or the user's, {@code .ftlh}, {@code .html.ftl}
 * and the macro libraries under {@code lib/}): Freemarker's HTML escaping ({@code & < > " '}), and
 * control characters dropped, since the manuals are also parsed as XHTML for the PDF and XML 1.0
 * forbids them. Registered under the standard name "HTML", so {@code <#ftl output_format="HTML">}
 * also gets it.
 */
final class HtmlFormat extends CommonMarkupOutputFormat<HtmlFormat.Markup> {

    public static final HtmlFormat INSTANCE = new HtmlFormat();

    private HtmlFormat() {
    }

    /** Escapes {@code text} for HTML element content and quoted attribute values. */
    public static String escape(String text) {
        String plain = ControlCharacters.strip(text);
        if (!needsEscaping(plain)) {
            // Most values (numbers, names, units) hold nothing to escape: no copy.
            return plain;
        }
        StringBuilder out = new StringBuilder(plain.length() + 16);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsEscaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
                return true;
            }
        }
        return false;
    }

    /**
     * The same characters as {@link #escape}, written straight to {@code out} in runs: one scan, no
     * intermediate String (interpolations are the bulk of every document's rendering).
     */
    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        if (textToEsc == null) {
            return;
        }
        int run = 0;
        for (int i = 0; i < textToEsc.length(); i++) {
            char c = textToEsc.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> ControlCharacters.isUnsafe(c) ? "" : null;
            };
            if (replacement != null) {
                out.write(textToEsc, run, i - run);
                out.write(replacement);
                run = i + 1;
            }
        }
        out.write(textToEsc, run, textToEsc.length() - run);
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return escape(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return "html".equals(builtInName) || "xml".equals(builtInName) || "xhtml".equals(builtInName);
    }

    @Override
    public String getName() {
        return "HTML";
    }

    @Override
    public String getMimeType() {
        return "text/html";
    }

    @Override
    protected Markup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markup(plainTextContent, markupContent);
    }

    /** A piece of HTML already escaped (or trusted markup from {@code ?no_esc}). */
    public static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {
        Markup(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public HtmlFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
