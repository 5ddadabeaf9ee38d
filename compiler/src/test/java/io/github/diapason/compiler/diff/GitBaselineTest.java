package io.github.diapason.compiler.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.DiffReport;
import io.github.diapason.compiler.DiffRequest;
import io.github.diapason.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitBaselineTest {

    private static final Path CASE = Path.of("src/test/resources/diff/mandatory-parameter-beyond-tolerance");

    @Test
    void committedRevisionIsTheBaselineAndTheReportsAreByteIdenticalAcrossRuns(@TempDir Path repo) throws Exception {
        Path study = repo.resolve("study");
        copy(CASE.resolve("old"), study);
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("v1").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
                    .setSign(false).call();
        }
        copy(CASE.resolve("new"), study);

        DiffRequest request = DiffRequest.of(study, new Baseline.GitRevision("HEAD"), repo.resolve("out"));
        DiffReport first = new Diapason().diff(request);
        byte[] markdown = Files.readAllBytes(repo.resolve("out/diff/protocol-diff.md"));
        byte[] json = Files.readAllBytes(repo.resolve("out/diff/protocol-diff.json"));
        new Diapason().diff(request);

        assertThat(first.diagnostics()).extracting(Diagnostic::code).containsExactly("VersionBumpTooSmall");
        assertThat(first.diff().orElseThrow().sitesToRequalify()).containsExactly("alpha", "beta");
        assertThat(Files.readAllBytes(repo.resolve("out/diff/protocol-diff.md"))).isEqualTo(markdown);
        assertThat(Files.readAllBytes(repo.resolve("out/diff/protocol-diff.json"))).isEqualTo(json);
    }

    @Test
    void unknownRevisionIsADiagnosticNotAnException(@TempDir Path repo) throws Exception {
        Path study = repo.resolve("study");
        copy(CASE.resolve("new"), study);
        Git.init().setDirectory(repo.toFile()).call().close();

        DiffReport report = new Diapason().diff(DiffRequest.of(study, new Baseline.GitRevision("v9.9.9"),
                repo.resolve("out")));

        assertThat(report.diagnostics()).extracting(Diagnostic::code).containsExactly("BaselineRevisionUnknown");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
