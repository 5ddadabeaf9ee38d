package io.github.diapason.compiler.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    @TempDir
    Path root;

    @Test
    void hostileIdsBecomeHarmlessFileNames() {
        assertThat(OutputTree.segment("../../etc/passwd")).isEqualTo(".._.._etc_passwd");
        assertThat(OutputTree.segment("..")).isEqualTo("___");
        assertThat(OutputTree.segment(".")).isEqualTo("__");
        assertThat(OutputTree.segment("/abs")).isEqualTo("_abs");
        assertThat(OutputTree.segment("C:\\x")).isEqualTo("C__x");
        assertThat(OutputTree.segment("")).isEqualTo("_");
        assertThat(OutputTree.segment("site\u0000x")).isEqualTo("site_x");
    }

    @Test
    void filesFromHostileIdsStayInsideTheRoot() throws IOException {
        OutputTree tree = new OutputTree();
        for (String id : new String[] {"..", "../..", "../../outside", "/tmp/abs", "a/../../b", "~", "%2e%2e"}) {
            tree.put("sites/" + OutputTree.segment(id) + "/manual.html", "x");
        }

        OutputWriter.write(tree, root.resolve("out"));

        try (Stream<Path> all = Files.walk(root)) {
            assertThat(all.filter(Files::isRegularFile).filter(p -> !p.equals(root.resolve(".out.lock"))))
                    .allMatch(p -> p.startsWith(root.resolve("out/sites")));
        }
    }

    @Test
    void unsafePathsAreRefusedBeforeAnythingIsWritten() {
        OutputTree tree = new OutputTree();

        assertThatThrownBy(() -> tree.put("sites/../x", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.put("/x", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unchangedFilesAreNotRewritten() throws IOException {
        OutputTree tree = new OutputTree().put("a/b.txt", "same");
        Path out = root.resolve("out");
        OutputWriter.write(tree, out);
        Path file = out.resolve("a/b.txt");
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, old);

        OutputWriter.Summary second = OutputWriter.write(tree, out);

        assertThat(second).isEqualTo(new OutputWriter.Summary(0, 1));
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    }

    @Test
    void changedFilesAreReplacedWholeAndNoTemporaryFileRemains() throws IOException {
        Path out = root.resolve("out");
        OutputWriter.write(new OutputTree().put("a.txt", "old content"), out);

        OutputWriter.write(new OutputTree().put("a.txt", "new"), out);

        assertThat(Files.readString(out.resolve("a.txt"))).isEqualTo("new");
        try (Stream<Path> all = Files.list(out)) {
            assertThat(all.map(p -> p.getFileName().toString())).containsExactly("a.txt");
        }
    }
}
