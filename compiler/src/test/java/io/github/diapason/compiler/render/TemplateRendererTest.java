package io.github.diapason.compiler.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output format comes from the template's name, whoever wrote it (issue 10). */
class TemplateRendererTest {

    @TempDir
    Path dir;

    private String render(String name, String template, Object value) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("templates"));
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, template);
        return new TemplateRenderer(Optional.of(folder)).render(name, Map.of("v", value), "en");
    }

    @Test
    void userHtmlTemplatesAndLibrariesEscapeEvenUnderAPlainFtlName() throws Exception {
        String hostile = "<script>x</script>&\u0007";
        assertThat(render("page.html.ftl", "${v}", hostile)).isEqualTo("&lt;script&gt;x&lt;/script&gt;&amp;");
        assertThat(render("lib/mine.ftl", "${v}", hostile)).isEqualTo("&lt;script&gt;x&lt;/script&gt;&amp;");
        assertThat(render("page.ftlh", "<#ftl output_format=\"HTML\">${v}", hostile))
                .isEqualTo("&lt;script&gt;x&lt;/script&gt;&amp;");
    }

    @Test
    void markdownTemplatesEscapeAndMdCodeFencesPastBackticks() throws Exception {
        assertThat(render("doc.md.ftl", "x ${v}", "a\n# b | *c* [d](e) <f> &amp; `g`"))
                .isEqualTo("x a \\# b \\| \\*c\\* \\[d\\](e) \\<f\\> \\&amp; \\`g\\`");
        assertThat(render("code.md.ftl", "${mdCode(v)}", "a``b")).isEqualTo("```a``b```");
        assertThat(render("lead.md.ftl", "${v}", "1. - not a list")).isEqualTo("1\\. - not a list");
        assertThat(MarkdownFormat.escape("- item")).isEqualTo("\\- item");
        assertThat(MarkdownFormat.escape("1.5 T")).isEqualTo("1.5 T");
    }

    @Test
    void aTemplateLinkedFromOutsideTheFolderIsANamedRefusalNotASecurityException() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("templates"));
        Path outside = Files.writeString(dir.resolve("outside.html.ftl"), "secret");
        Files.createSymbolicLink(folder.resolve("manual.html.ftlh"), outside);
        TemplateRenderer renderer = new TemplateRenderer(Optional.of(folder));

        assertThatThrownBy(() -> renderer.render("manual.html.ftlh", Map.of(), "en"))
                .isInstanceOf(IOException.class).hasMessageContaining("symbolic link").hasMessageNotContaining("secret");
    }
}
