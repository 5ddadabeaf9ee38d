package io.github.diapason.compiler.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Interpolations are written straight to the output in runs; they must be the characters {@link HtmlFormat#escape} gives. */
class HtmlFormatTest {

    private static String output(String text) throws IOException {
        StringWriter out = new StringWriter();
        HtmlFormat.INSTANCE.output(text, out);
        return out.toString();
    }

    @Test
    void outputEscapesMarkupAndDropsControlCharactersLikeEscape() throws IOException {
        String text = "TR < 2\u00a0000 ms & \"TE\" > 'x'\u001b[2J\u0085 fin\t\n";

        assertThat(output(text)).isEqualTo(HtmlFormat.escape(text))
                .isEqualTo("TR &lt; 2\u00a0000 ms &amp; &quot;TE&quot; &gt; &#39;x&#39;[2J fin\t\n");
    }

    @Test
    void outputOfPlainTextIsTheTextAndOfNothingIsNothing() throws IOException {
        assertThat(output("Siemens MAGNETOM Prisma 3 T")).isEqualTo("Siemens MAGNETOM Prisma 3 T");
        assertThat(output("&")).isEqualTo("&amp;");
        assertThat(output("")).isEmpty();
        assertThat(output(null)).isEmpty();
    }
}
