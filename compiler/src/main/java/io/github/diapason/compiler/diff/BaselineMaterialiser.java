package io.github.diapason.compiler.diff;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Turns a {@link Baseline} into a study folder the normal reader reads: a folder is used as is; a
 * git revision or a bundle is written into a fresh temporary folder (only the files a study is
 * made of: {@code protocol.json|xml} and {@code sites/*.json|xml}), which {@link Materialised#close()}
 * deletes. Problems come back as diagnostics.
 */
public final class BaselineMaterialiser {

    /** The files that make a study, relative to its folder. */
    static final Pattern STUDY_FILE = Pattern.compile("protocol\\.(json|xml)|sites/[^/]+\\.(json|xml)");
    /** Where a protocol bundle keeps the study's source files. */
    public static final String BUNDLE_STUDY_FOLDER = "study/";

    private BaselineMaterialiser() {
    }

    /** A baseline on disk; {@code description} names it for the reports (e.g. the commit it resolved to). */
    public record Materialised(Path directory, String description, boolean temporary) implements AutoCloseable {
        @Override
        public void close() {
            if (temporary) {
                deleteTree(directory);
            }
        }
    }

    /**
     * The files that make up the study in {@code studyDirectory}, relative and '/'-separated, sorted:
     * what a protocol bundle carries under {@value #BUNDLE_STUDY_FOLDER} so a later diff can read it.
     */
    public static List<String> studyFiles(Path studyDirectory) throws IOException {
        try (Stream<Path> walk = Files.walk(studyDirectory, 2)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> studyDirectory.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> STUDY_FILE.matcher(p).matches()).sorted().toList();
        }
    }

    public static Validated<Materialised> materialise(Baseline baseline, Path studyDirectory) {
        if (baseline instanceof Baseline.GitRevision g) {
            return fromGit(g.revision(), studyDirectory);
        }
        if (baseline instanceof Baseline.Bundle b) {
            return fromBundle(b);
        }
        Baseline.Directory d = (Baseline.Directory) baseline;
        return Files.isDirectory(d.directory())
                ? Validated.of(new Materialised(d.directory(), baseline.describe(), false), List.of())
                : failed("BaselineNotFound", "the baseline folder " + d.directory() + " does not exist",
                "give the folder of the released study (protocol + sites/)", d.directory().toString());
    }

    private static Validated<Materialised> fromGit(String revision, Path studyDirectory) {
        Path temp = null;
        try (Repository repo = new FileRepositoryBuilder().readEnvironment()
                .findGitDir(studyDirectory.toAbsolutePath().toFile()).setMustExist(true).build()) {
            if (repo.isBare() || repo.getWorkTree() == null) {
                return failed("BaselineNoRepository", "no git work tree holds " + studyDirectory,
                        "run in a clone of the study's repository", studyDirectory.toString());
            }
            Path work = repo.getWorkTree().toPath().toRealPath();
            Path study = studyDirectory.toRealPath();
            String prefix = work.relativize(study).toString().replace('\\', '/');
            ObjectId id = repo.resolve(revision + "^{commit}");
            if (id == null) {
                return failed("BaselineRevisionUnknown", "git revision '" + revision + "' does not exist in "
                                + work, "fetch it first (CI: fetch-depth 0, or git fetch --tags), or name a tag, branch or commit",
                        studyDirectory.toString());
            }
            temp = Files.createTempDirectory("diapason-baseline-");
            int copied = 0;
            try (RevWalk walk = new RevWalk(repo); TreeWalk tree = new TreeWalk(repo)) {
                RevCommit commit = walk.parseCommit(id);
                tree.addTree(commit.getTree());
                tree.setRecursive(true);
                if (!prefix.isEmpty()) {
                    tree.setFilter(PathFilter.create(prefix));
                }
                while (tree.next()) {
                    String path = tree.getPathString();
                    String relative = prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
                    if (STUDY_FILE.matcher(relative).matches()) {
                        Path target = safe(temp, relative);
                        Files.createDirectories(target.getParent());
                        try (OutputStream out = Files.newOutputStream(target)) {
                            repo.open(tree.getObjectId(0)).copyTo(out);
                        }
                        copied++;
                    }
                }
                String description = "git revision " + revision + " (" + commit.abbreviate(10).name() + ")";
                if (copied == 0) {
                    deleteTree(temp);
                    return failed("BaselineEmpty", "git revision '" + revision + "' has no study files under '"
                                    + (prefix.isEmpty() ? "." : prefix) + "'",
                            "choose a revision where the study existed", studyDirectory.toString());
                }
                return Validated.of(new Materialised(temp, description, true), List.of());
            }
        } catch (RepositoryNotFoundException | IllegalArgumentException e) {
            deleteTree(temp);
            return failed("BaselineNoRepository", "no git repository holds " + studyDirectory,
                    "run in a clone of the study's repository, or give a baseline folder", studyDirectory.toString());
        } catch (IOException e) {
            deleteTree(temp);
            return failed("BaselineUnreadable", "cannot read git revision '" + revision + "': " + e.getMessage(),
                    "check the repository", studyDirectory.toString());
        }
    }

    private static Validated<Materialised> fromBundle(Baseline.Bundle b) {
        if (!Files.isRegularFile(b.zip())) {
            return failed("BaselineNotFound", "the protocol bundle " + b.zip() + " does not exist",
                    "check the coordinates of the released bundle", b.zip().toString());
        }
        Path temp = null;
        try (InputStream in = Files.newInputStream(b.zip()); ZipInputStream zip = new ZipInputStream(in)) {
            temp = Files.createTempDirectory("diapason-baseline-");
            int copied = 0;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (e.isDirectory() || !name.startsWith(BUNDLE_STUDY_FOLDER)) {
                    continue;
                }
                String relative = name.substring(BUNDLE_STUDY_FOLDER.length());
                if (STUDY_FILE.matcher(relative).matches()) {
                    Path target = safe(temp, relative);
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                    copied++;
                }
            }
            if (copied == 0) {
                deleteTree(temp);
                return failed("BaselineBundleWithoutStudy", "the protocol bundle " + b.name()
                                + " carries no study sources (study/protocol.json)",
                        "bundles from Diapason 0.1.0 and later carry them; compare with a git revision or a folder instead",
                        b.zip().toString());
            }
            return Validated.of(new Materialised(temp, b.describe(), true), List.of());
        } catch (IOException e) {
            deleteTree(temp);
            return failed("BaselineUnreadable", "cannot read the protocol bundle " + b.zip() + ": " + e.getMessage(),
                    "check that it is a zip", b.zip().toString());
        }
    }

    /** A path under root, or an exception for an entry that tries to leave it. */
    private static Path safe(Path root, String relative) throws IOException {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("entry escapes the baseline folder: " + relative);
        }
        return target;
    }

    private static Validated<Materialised> failed(String code, String message, String hint, String file) {
        return Validated.failed(List.of(Diagnostic.error(code, message, hint, SourceLocation.file(file))));
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            });
        } catch (IOException ignored) {
            // same
        }
    }
}
