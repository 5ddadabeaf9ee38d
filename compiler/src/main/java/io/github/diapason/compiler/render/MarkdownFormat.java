package io.github.diapason.compiler.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import io.github.diapason.text.ControlCharacters;
import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * The output format of every Markdown template ({@code *.md.ftl}): each value printed with
 * {@code ${…}} goes through {@link #escape}, so no user text can open a heading, a list, a table row
 * or column, a link, emphasis, a code span or raw HTML. For a value meant as inline code, templates
 * call {@code mdCode(value)} ({@link MarkdownCode}).
 */
public final class MarkdownFormat extends CommonMarkupOutputFormat<MarkdownFormat.Markup> {

    public static final MarkdownFormat INSTANCE = new MarkdownFormat();

    /** Characters CommonMark or GitHub tables give a meaning to wherever they stand. */
    private static final String INLINE_SPECIAL = "\\`*_[]<>|~#";

    /** ASCII characters that make {@link #escape} change a text: the inline specials, '&' and line breaks. */
    private static final boolean[] NOT_LITERAL = new boolean[128];

    static {
        for (char c : (INLINE_SPECIAL + "&\r\n").toCharArray()) {
            NOT_LITERAL[c] = true;
        }
    }

    /** An HTML character reference, which Markdown would decode: {@code &amp;}, {@code &#60;}. */
    private static final Pattern ENTITY = Pattern.compile("&(#?[A-Za-z0-9]+);");

    private MarkdownFormat() {
    }

    /**
     * {@code text} as literal Markdown inline text: control characters dropped, line breaks turned
     * into spaces (a value never starts a new block or table row), every inline special character
     * backslash-escaped (valid CommonMark for any ASCII punctuation), and a leading list or heading
     * marker ({@code -}, {@code +}, {@code =}, {@code 1.}) and a character reference ({@code &amp;})
 * escaped as well.
     */
    public static String escape(String text) {
        String stripped = ControlCharacters.strip(text);
        if (isLiteral(stripped)) {
            // Most values (numbers, names, units) hold nothing Markdown reads: no copy.
            return stripped;
        }
        String plain = stripped.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        StringBuilder out = new StringBuilder(plain.length() + 8);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (INLINE_SPECIAL.indexOf(c) >= 0 || c == '&' && ENTITY.matcher(plain).region(i, plain.length()).lookingAt()) {
                out.append('\\');
            }
            out.append(c);
        }
        if (out.length() > 0 && (out.charAt(0) == '-' || out.charAt(0) == '+' || out.charAt(0) == '=')) {
            out.insert(0, '\\');
        }
        int digits = 0;
        while (digits < out.length() && Character.isDigit(out.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < out.length() && (out.charAt(digits) == '.' || out.charAt(digits) == ')')
                && (digits + 1 == out.length() || out.charAt(digits + 1) == ' ')) {
            out.insert(digits, '\\');
        }
        return out.toString();
    }

    /** Whether {@link #escape} would leave {@code text} as it is: no special character, no line break, no leading marker. */
    private static boolean isLiteral(String text) {
        if (text.isEmpty()) {
            return true;
        }
        char first = text.charAt(0);
        if (first == '-' || first == '+' || first == '=') {
            return false;
        }
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < text.length() && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
                && (digits + 1 == text.length() || text.charAt(digits + 1) == ' ')) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && NOT_LITERAL[c]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escape(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return escape(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    protected Markup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markup(plainTextContent, markupContent);
    }

    /** A piece of Markdown already escaped. */
    public static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {
        Markup(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public MarkdownFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
