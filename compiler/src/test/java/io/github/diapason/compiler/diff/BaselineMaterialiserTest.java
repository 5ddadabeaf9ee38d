package io.github.diapason.compiler.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, rows "disk" (zip bomb, left-over temporary folders) and the misleading baseline messages. */
class BaselineMaterialiserTest {

    @TempDir
    Path dir;

    private static Path tmp() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private long ourTemporaryFolders() throws IOException {
        try (Stream<Path> list = Files.list(tmp())) {
            return list.filter(p -> p.getFileName().toString()
                    .startsWith(BaselineMaterialiser.TEMP_PREFIX + ProcessHandle.current().pid() + "-")).count();
        }
    }

    @Test
    void anOversizedEntryIsRefusedBeforeAnythingIsExtracted() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("study/protocol.json"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(Files.size(zip)).isLessThan(1024 * 1024);
        long before = ourTemporaryFolders();

        Validated<BaselineMaterialiser.Materialised> result =
                BaselineMaterialiser.materialise(new Baseline.Bundle(zip, "bomb"), dir);

        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("BaselineBundleTooLarge");
        assertThat(ourTemporaryFolders()).isEqualTo(before);
    }

    @Test
    void anEmptyFileAndAnEmptyZipSaySoRatherThanMissingSources() throws IOException {
        Path empty = Files.write(dir.resolve("empty.zip"), new byte[0]);
        Path emptyZip = dir.resolve("nothing.zip");
        try (OutputStream out = Files.newOutputStream(emptyZip); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.finish();
        }

        assertThat(BaselineMaterialiser.materialise(new Baseline.Bundle(empty, "empty"), dir).diagnostics())
                .singleElement().satisfies(d -> {
                    assertThat(d.code()).isEqualTo("BaselineUnreadable");
                    assertThat(d.message()).contains("not a readable zip archive");
                });
        assertThat(BaselineMaterialiser.materialise(new Baseline.Bundle(emptyZip, "nothing"), dir).diagnostics())
                .extracting(Diagnostic::code).containsExactly("BaselineBundleEmpty");
    }

    @Test
    void foldersLeftByKilledRunsAreRemovedAtStartUp() throws IOException {
        // No process ever has this id (above Linux's pid_max), so the folder is a killed run's.
        Path left = Files.createDirectories(tmp().resolve(BaselineMaterialiser.TEMP_PREFIX + "999999999-left"));
        Files.writeString(left.resolve("protocol.json"), "{}");
        Path ours = Files.createDirectories(tmp().resolve(BaselineMaterialiser.TEMP_PREFIX
                + ProcessHandle.current().pid() + "-alive"));
        try {
            BaselineMaterialiser.cleanLeftovers(tmp());

            assertThat(left).doesNotExist();
            assertThat(ours).exists();
        } finally {
            Files.deleteIfExists(ours);
        }
    }

    @Test
    void aMalformedRevisionIsNamedAsSuchNotAsAMissingRepository() throws Exception {
        Path study = Files.createDirectories(dir.resolve("study"));
        Files.writeString(study.resolve("protocol.json"), "{}");
        try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("v1").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
                    .setSign(false).call();
        }

        Validated<BaselineMaterialiser.Materialised> result =
                BaselineMaterialiser.materialise(new Baseline.GitRevision("HEAD^{foo}"), study);

        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("BaselineRevisionInvalid");
    }
}
