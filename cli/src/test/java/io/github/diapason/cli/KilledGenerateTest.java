package io.github.diapason.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 10, row "mixed tree": {@code kill -9} of {@code diapason generate} while it writes a
 * 60-site study left manuals of two protocol versions side by side. The command runs in its own
 * JVM and is killed the moment its staging folder appears (and a little later); the output folder
 * then holds one version only, and the next run cleans up and publishes.
 */
class KilledGenerateTest {

    private static final Pattern VERSION = Pattern.compile("\"version\" : \"(1\\.0\\.[01])\"");

    private static final Pattern MANUAL_VERSION = Pattern.compile("Protocol version (\\S+)");

    @TempDir
    Path dir;

    @Test
    void aGenerateKilledWhileWritingLeavesOneVersionAndTheNextRunCleansUp() throws Exception {
        Path study = copyExampleWithSites(60);
        Path out = dir.resolve("out");
        assertThat(run("generate", study.toString(), "-o", out.toString(), "--no-pdf")).isZero();
        setVersion(study, "1.0.1");

        int killedWhileWriting = 0;
        for (int lateness : List.of(0, 40, 120)) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), DiapasonCommand.class.getName(), "generate",
                    study.toString(), "-o", out.toString(), "--no-pdf")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (child.isAlive() && !stagingExists() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            Thread.sleep(lateness);
            if (child.isAlive() && stagingExists()) {
                killedWhileWriting++;
            }
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            if (Files.exists(out)) {
                assertThat(versions(out)).as("versions in the tree, killed " + lateness + " ms into the write").hasSize(1);
            } else {
                try (Stream<Path> siblings = Files.list(dir)) {
                    assertThat(siblings.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith(".out.previous-"));
                }
            }
        }

        assertThat(killedWhileWriting).as("kills that fell while the staging folder was being written").isPositive();
        assertThat(run("generate", study.toString(), "-o", out.toString(), "--no-pdf")).isZero();
        assertThat(versions(out)).containsExactly("1.0.1");
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".out.staging-")
                    || n.startsWith(".out.previous-"));
        }
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    private boolean stagingExists() throws IOException {
        try (Stream<Path> siblings = Files.list(dir)) {
            return siblings.anyMatch(p -> p.getFileName().toString().startsWith(".out.staging-"));
        }
    }

    /** The protocol version each site's parameters and the resolved protocol were written for. */
    private static Set<String> versions(Path out) throws IOException {
        Set<String> versions = new HashSet<>();
        versions.add(version(out.resolve("protocol.resolved.json")));
        try (Stream<Path> sites = Files.list(out.resolve("sites"))) {
            // sites/ holds one folder per site, and the site skeleton generate writes beside them (_template.xml).
            for (Path site : sites.filter(Files::isDirectory).toList()) {
                Path manual = site.resolve("manual.en.md");
                assertThat(manual).as("every site has its manual").isRegularFile();
                Matcher m = MANUAL_VERSION.matcher(Files.readString(manual));
                assertThat(m.find()).as(manual + " names its version").isTrue();
                versions.add(m.group(1).replace("\\", ""));
            }
        }
        return versions;
    }

    private static String version(Path resolved) throws IOException {
        Matcher m = VERSION.matcher(Files.readString(resolved));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static int run(String... args) {
        return DiapasonCommand.commandLine(args)
                .setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(new StringWriter())).execute(args);
    }

    private Path copyExampleWithSites(int extra) throws IOException {
        Path study = DiapasonCommandTest.copyExample(dir);
        String lille = Files.readString(study.resolve("sites/lille.xml"));
        for (int i = 0; i < extra; i++) {
            String id = String.format("site%03d", i);
            Files.writeString(study.resolve("sites/" + id + ".xml"), lille.replace("id=\"lille\"", "id=\"" + id + "\""));
        }
        return study;
    }

    private static void setVersion(Path study, String version) throws IOException {
        Path protocol = study.resolve("protocol.xml");
        Files.writeString(protocol, Files.readString(protocol).replace("version=\"1.0.0\"", "version=\"" + version + "\""));
    }
}
