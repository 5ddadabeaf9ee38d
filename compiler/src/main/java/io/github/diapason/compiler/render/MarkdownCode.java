package io.github.diapason.compiler.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import io.github.diapason.text.ControlCharacters;
import java.util.List;

/**
 * {@code mdCode(value)} in Markdown templates: {@code value} as an inline code span whose fence is
 * one backtick longer than the longest run of backticks inside it (CommonMark's rule), padded
 * with a space when it starts or ends with a backtick, line breaks turned into spaces — so no
 * value can close the span early. Backslash escapes do not work inside code spans; this does.
 */
final class MarkdownCode implements TemplateMethodModelEx {

    static String span(String value) {
        String plain = ControlCharacters.strip(value).replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        int longest = 0;
        int run = 0;
        for (int i = 0; i < plain.length(); i++) {
            run = plain.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = plain.startsWith("`") || plain.endsWith("`") || plain.isBlank();
        String inner = pad ? " " + plain + " " : plain;
        return fence + inner + fence;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel)) {
            throw new TemplateModelException("mdCode takes one text value");
        }
        String value = ((TemplateScalarModel) arguments.get(0)).getAsString();
        return MarkdownFormat.INSTANCE.fromMarkup(span(value));
    }
}
