package io.github.diapason.compiler.diff;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.read.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
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
    static final String TEMP_PREFIX = "diapason-baseline-";
    /** A study bundle holds a protocol, its sites and documents: far fewer entries than this. */
    static final int MAX_ENTRIES = 100_000;
    /** All study files of a bundle together. */
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
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
            temp = newTemporaryFolder();
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
        } catch (RevisionSyntaxException e) {
            deleteTree(temp);
            return failed("BaselineRevisionInvalid", "'" + revision + "' is not a git revision",
                    "name a tag (v1.2.0), a branch (origin/main) or a commit id", studyDirectory.toString());
        } catch (AmbiguousObjectException e) {
            deleteTree(temp);
            return failed("BaselineRevisionInvalid", "'" + revision + "' names more than one git object",
                    "give more characters of the commit id, or a tag or branch", studyDirectory.toString());
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
        try (ZipFile zip = new ZipFile(b.zip().toFile())) {
            if (zip.size() == 0) {
                return failed("BaselineBundleEmpty", "the protocol bundle " + b.name() + " is an empty zip archive",
                        "check the bundle that was released (mvn deploy of the study), or compare with a git revision",
                        b.zip().toString());
            }
            if (zip.size() > MAX_ENTRIES) {
                return failed("BaselineBundleTooLarge", "the protocol bundle " + b.name() + " holds " + zip.size()
                                + " entries; a study's bundle holds far fewer than " + MAX_ENTRIES,
                        "check that this is the study's protocol bundle", b.zip().toString());
            }
            temp = newTemporaryFolder();
            int copied = 0;
            long total = 0;
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                String name = e.getName();
                if (e.isDirectory() || !name.startsWith(BUNDLE_STUDY_FOLDER)) {
                    continue;
                }
                String relative = name.substring(BUNDLE_STUDY_FOLDER.length());
                if (!STUDY_FILE.matcher(relative).matches()) {
                    continue;
                }
                // The declared size is checked before a byte is extracted, the actual size while reading:
                // a 2 MB bundle declaring (or hiding) a 2 GiB entry never reaches the disk.
                if (e.getSize() > InputFiles.MAX_BYTES) {
                    deleteTree(temp);
                    return entryTooLarge(b, name);
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(e)) {
                    bytes = in.readNBytes((int) InputFiles.MAX_BYTES + 1);
                }
                if (bytes.length > InputFiles.MAX_BYTES || e.getSize() >= 0 && bytes.length != e.getSize()) {
                    deleteTree(temp);
                    return entryTooLarge(b, name);
                }
                total += bytes.length;
                if (total > MAX_TOTAL_BYTES) {
                    deleteTree(temp);
                    return entryTooLarge(b, name);
                }
                Path target = safe(temp, relative);
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
                copied++;
            }
            if (copied == 0) {
                deleteTree(temp);
                return failed("BaselineBundleWithoutStudy", "the protocol bundle " + b.name()
                                + " carries no study sources (study/protocol.json)",
                        "bundles from Diapason 0.1.0 and later carry them; compare with a git revision or a folder instead",
                        b.zip().toString());
            }
            return Validated.of(new Materialised(temp, b.describe(), true), List.of());
        } catch (ZipException e) {
            deleteTree(temp);
            return failed("BaselineUnreadable", "the protocol bundle " + b.zip() + " is not a readable zip archive",
                    "check that the file is the released bundle (a .zip), not an empty or partial download",
                    b.zip().toString());
        } catch (IOException e) {
            deleteTree(temp);
            return failed("BaselineUnreadable", "cannot read the protocol bundle " + b.zip() + ": " + e.getMessage(),
                    "check that it is a zip", b.zip().toString());
        }
    }

    private static Validated<Materialised> entryTooLarge(Baseline.Bundle b, String entry) {
        return failed("BaselineBundleTooLarge", "the protocol bundle " + b.name() + " holds an entry larger than a study"
                        + " file can be (" + entry + ", over " + InputFiles.MAX_BYTES / (1024 * 1024)
                        + " MiB, or a size that differs from the one declared); nothing was extracted",
                "check that this is the study's protocol bundle", b.zip().toString());
    }

    /**
     * A fresh temporary folder named after this process, so a later run can tell the folders of
     * killed runs (their process is gone) and remove them: {@code diapason-baseline-<pid>-…}.
     */
    static Path newTemporaryFolder() throws IOException {
        cleanLeftovers(Path.of(System.getProperty("java.io.tmpdir")));
        return Files.createTempDirectory(TEMP_PREFIX + ProcessHandle.current().pid() + "-");
    }

    /** Deletes the baseline folders that killed runs left in {@code tmp}: those whose process is gone. */
    static void cleanLeftovers(Path tmp) {
        try (DirectoryStream<Path> left = Files.newDirectoryStream(tmp, TEMP_PREFIX + "*")) {
            for (Path p : left) {
                String rest = p.getFileName().toString().substring(TEMP_PREFIX.length());
                int dash = rest.indexOf('-');
                if (dash <= 0 || !rest.substring(0, dash).chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long pid = Long.parseLong(rest.substring(0, dash));
                boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!alive && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(p);
                }
            }
        } catch (IOException | NumberFormatException | SecurityException e) {
            // Cleaning is a courtesy: a folder we cannot list or delete stays, and this run goes on.
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
