package io.github.diapason.compiler.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, rows "mixed tree", "stale data", "permissions" and "no lock": the output tree is
 * published whole, outputs the new tree lacks go (and are named), modes follow the umask, a
 * second run is refused while one writes, and a run killed at any moment leaves one version.
 */
class PublicationTest {

    static final String SIGNATURE = "protocol.resolved.json";

    @TempDir
    Path temp;

    static OutputTree version(String v, int files) {
        OutputTree tree = new OutputTree().put(SIGNATURE, v);
        for (int i = 0; i < files; i++) {
            tree.put("sites/site" + i + "/manual.en.html", v + " " + "x".repeat(2048));
        }
        return tree;
    }

    @Test
    void outputsTheNewTreeLacksAreRemovedAndNamed() throws IOException {
        Path out = temp.resolve("out");
        OutputWriter.publish(version("v1", 3), out, SIGNATURE, Set.of("diff"));
        OutputWriter.write(new OutputTree().put("diff/protocol-diff.md", "diff"), out);

        OutputWriter.Summary second = OutputWriter.publish(version("v2", 2), out, SIGNATURE, Set.of("diff"));

        assertThat(second.removed()).containsExactly("sites/site2/manual.en.html");
        assertThat(out.resolve("sites/site2")).doesNotExist();
        assertThat(out.resolve("diff/protocol-diff.md")).hasContent("diff");
        assertThat(Files.readString(out.resolve("sites/site0/manual.en.html"))).startsWith("v2 ");
        try (Stream<Path> siblings = Files.list(temp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("out", ".out.lock");
        }
    }

    @Test
    void unchangedFilesKeepTheirTimeAndCount() throws IOException {
        Path out = temp.resolve("out");
        OutputWriter.publish(version("v1", 2), out, SIGNATURE, Set.of());
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(out.resolve("sites/site0/manual.en.html"), old);

        OutputWriter.Summary again = OutputWriter.publish(version("v1", 2), out, SIGNATURE, Set.of());

        assertThat(again.written()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(Files.getLastModifiedTime(out.resolve("sites/site0/manual.en.html"))).isEqualTo(old);
    }

    @Test
    void unchangedFilesAreLinkedFromThePublishedTreeAndChangedOnesWritten() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"));
        Path out = temp.resolve("out");
        OutputWriter.publish(version("v1", 2), out, SIGNATURE, Set.of());
        Object unchangedBefore = Files.readAttributes(out.resolve("sites/site1/manual.en.html"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        Object changedBefore = Files.readAttributes(out.resolve("sites/site0/manual.en.html"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        assumeTrue(unchangedBefore != null);

        OutputTree next = version("v1", 2).put("sites/site0/manual.en.html", "v2");
        OutputWriter.Summary summary = OutputWriter.publish(next, out, SIGNATURE, Set.of());

        assertThat(summary.unchanged()).isEqualTo(2);
        assertThat(summary.written()).isEqualTo(1);
        assertThat(Files.readAttributes(out.resolve("sites/site1/manual.en.html"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey()).isEqualTo(unchangedBefore);
        assertThat(Files.getAttribute(out.resolve("sites/site1/manual.en.html"), "unix:nlink")).isEqualTo(1);
        assertThat(Files.readAttributes(out.resolve("sites/site0/manual.en.html"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey()).isNotEqualTo(changedBefore);
        assertThat(out.resolve("sites/site0/manual.en.html")).hasContent("v2");
    }

    @Test
    void anUnchangedFileTheUserLinkedElsewhereIsWrittenAnewNotShared() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"));
        Path out = temp.resolve("out");
        OutputWriter.publish(version("v1", 2), out, SIGNATURE, Set.of());
        Path copy = Files.createLink(temp.resolve("kept.html"), out.resolve("sites/site1/manual.en.html"));

        OutputWriter.publish(version("v1", 2), out, SIGNATURE, Set.of());

        assertThat(Files.isSameFile(copy, out.resolve("sites/site1/manual.en.html"))).isFalse();
        assertThat(Files.readString(out.resolve("sites/site1/manual.en.html"))).isEqualTo(Files.readString(copy));
    }

    @Test
    void aFolderWeDidNotWriteIsNeverReplaced() throws IOException {
        Path home = temp.resolve("home");
        Files.createDirectories(home);
        Files.writeString(home.resolve("thesis.tex"), "years of work");

        assertThatThrownBy(() -> OutputWriter.publish(version("v1", 1), home, SIGNATURE, Set.of()))
                .isInstanceOf(OutputWriter.ForeignFolderException.class);
        assertThat(home.resolve("thesis.tex")).hasContent("years of work");
    }

    @Test
    void temporaryFilesOfAKilledDiffRunAreNeitherCarriedNorKept() throws IOException {
        Path out = temp.resolve("out");
        OutputWriter.publish(version("v1", 1), out, SIGNATURE, Set.of("diff"));
        OutputWriter.write(new OutputTree().put("diff/protocol-diff.md", "diff"), out);
        Path stale = Files.writeString(out.resolve("diff/.protocol-diff.md.k3j2.tmp"), "");

        OutputWriter.write(new OutputTree().put("diff/protocol-diff.md", "diff 2"), out);
        assertThat(stale).doesNotExist();
        Files.writeString(stale, "");
        OutputWriter.publish(version("v2", 1), out, SIGNATURE, Set.of("diff"));

        assertThat(stale).doesNotExist();
        assertThat(out.resolve("diff/protocol-diff.md")).hasContent("diff 2");
    }

    @Test
    void aFolderHoldingOnlyTheDiffReportsIsOurs() throws IOException {
        Path out = temp.resolve("out");
        OutputWriter.write(new OutputTree().put("diff/protocol-diff.md", "diff"), out);

        OutputWriter.publish(version("v1", 1), out, SIGNATURE, Set.of("diff"));

        assertThat(out.resolve("diff/protocol-diff.md")).hasContent("diff");
        assertThat(out.resolve(SIGNATURE)).hasContent("v1");
    }

    @Test
    void filesAndFoldersFollowTheUmaskAndRegeneratingRestoresIt() throws IOException, InterruptedException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path out = temp.resolve("out");
        OutputWriter.publish(version("v1", 1), out, SIGNATURE, Set.of());
        Path manual = out.resolve("sites/site0/manual.en.html");
        Files.setPosixFilePermissions(manual, PosixFilePermissions.fromString("rw-------"));

        OutputWriter.publish(version("v1", 1), out, SIGNATURE, Set.of());

        // What a file created by this user gets: the umask applied to 0666 (0644 under 022).
        Path probe = Files.writeString(temp.resolve("probe"), "");
        Path probeDir = Files.createDirectory(temp.resolve("probe-dir"));
        assertThat(Files.getPosixFilePermissions(out.resolve(SIGNATURE))).isEqualTo(Files.getPosixFilePermissions(probe));
        assertThat(Files.getPosixFilePermissions(manual)).isEqualTo(Files.getPosixFilePermissions(probe));
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(probeDir));
        assertThat(Files.getPosixFilePermissions(out.resolve("sites"))).isEqualTo(Files.getPosixFilePermissions(probeDir));
    }

    @Test
    void aSecondRunIsRefusedWhileOneHoldsTheFolder() throws IOException {
        Path out = temp.resolve("out");
        try (OutputLock held = OutputLock.acquire(out.toAbsolutePath().normalize())) {
            assertThatThrownBy(() -> OutputWriter.publish(version("v2", 1), out, SIGNATURE, Set.of()))
                    .isInstanceOf(OutputLock.Busy.class).hasMessageContaining("another Diapason run is writing");
            assertThatThrownBy(() -> OutputWriter.write(version("v2", 1), out)).isInstanceOf(OutputLock.Busy.class);
        }
        assertThat(OutputWriter.publish(version("v2", 1), out, SIGNATURE, Set.of()).written()).isEqualTo(2);
    }

    @Test
    void anotherProcessHoldingTheLockIsSeen() throws Exception {
        Path out = temp.resolve("out").toAbsolutePath();
        Process child = probe("hold", out.toString());
        try {
            waitFor(() -> Files.exists(temp.resolve("holding")), child);
            assertThatThrownBy(() -> OutputWriter.publish(version("v2", 1), out, SIGNATURE, Set.of()))
                    .isInstanceOf(OutputLock.Busy.class);
        } finally {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(OutputWriter.publish(version("v2", 1), out, SIGNATURE, Set.of()).written()).isEqualTo(2);
    }

    /**
     * kill -9 at several moments of a loop of publications (400 files each): the folder always holds
     * one complete version (or, killed between the two renames, the old one waits beside it), and
     * the next run cleans up and publishes.
     */
    @Test
    void aRunKilledAtAnyMomentLeavesOneCompleteVersion() throws Exception {
        Path out = temp.resolve("out").toAbsolutePath();
        OutputWriter.publish(version("v0", 400), out, SIGNATURE, Set.of());
        Set<String> seen = new HashSet<>();
        for (int delay : List.of(300, 700, 1100, 1500, 1900)) {
            Process child = probe("loop", out.toString());
            Thread.sleep(delay);
            child.destroyForcibly().waitFor(20, TimeUnit.SECONDS);

            if (Files.exists(out)) {
                TreeMap<String, String> versions = new TreeMap<>();
                try (Stream<Path> walk = Files.walk(out)) {
                    for (Path p : walk.filter(Files::isRegularFile).toList()) {
                        String text = Files.readString(p, StandardCharsets.UTF_8);
                        versions.put(out.relativize(p).toString(), text.substring(0, 2));
                    }
                }
                assertThat(versions).hasSize(401);
                assertThat(new HashSet<>(versions.values())).as("versions in one tree").hasSize(1);
                seen.add(versions.firstEntry().getValue());
            } else {
                try (Stream<Path> siblings = Files.list(temp)) {
                    assertThat(siblings.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith(".out.previous-"));
                }
            }
            OutputWriter.Summary next = OutputWriter.publish(version("v0", 400), out, SIGNATURE, Set.of());
            assertThat(next.written() + next.unchanged()).isEqualTo(401);
            try (Stream<Path> siblings = Files.list(temp)) {
                assertThat(siblings.map(p -> p.getFileName().toString()))
                        .containsExactlyInAnyOrder("out", ".out.lock", "probe.log");
            }
        }
        assertThat(seen).isNotEmpty();
    }

    private Process probe(String mode, String out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PublishProbe.class.getName(), mode,
                out, temp.toString()).redirectErrorStream(true).redirectOutput(temp.resolve("probe.log").toFile()).start();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Process child) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(child.isAlive()).as("probe process alive").isTrue();
            assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
