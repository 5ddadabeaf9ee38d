package io.github.diapason.compiler.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes an {@link OutputTree} under a root folder. Every file is created like any file the user
 * creates, so its mode follows the umask (0644 under 022); every path is checked to stay under the
 * root; one run at a time holds the root's {@link OutputLock}.
 *
 * <p>{@link #publish} replaces the whole tree: it is built in a staging folder beside the root
 * ({@code .<root>.staging-…}), then switched in by two renames (old root aside, staging in), and the
 * old tree deleted. A reader or a run killed at any moment never sees files of two versions: the
 * root holds the old tree or the new one (or, for the instant between the renames, nothing — the
 * next run puts the old tree back). Files the new tree lacks are gone, and listed in the summary.
 * Left-over staging and old folders of killed runs are removed at start-up.
 *
 * <p>{@link #write} adds files to a root another command owns (the diff reports under the
 * generated tree): each file through a temporary sibling then renamed into place.
 *
 * <p>A file whose bytes are unchanged keeps its modification time, so incremental builds and file
 * watchers stay quiet.
 */
public final class OutputWriter {

    static final String STAGING = ".staging-";
    static final String PREVIOUS = ".previous-";
    /** Threads that write a tree's files into the staging folder (file creation waits on the kernel, not on this JVM). */
    private static final int STAGING_THREADS = 4;

    /** What one write did; {@code removed} lists the outputs of the previous tree that the new one lacks. */
    public record Summary(int written, int unchanged, List<String> removed) {
        public Summary {
            removed = List.copyOf(removed);
        }

        public Summary(int written, int unchanged) {
            this(written, unchanged, List.of());
        }
    }

    private OutputWriter() {
    }

    /**
     * Publishes {@code tree} as the whole content of {@code root}.
     *
     * @param signature a file every tree of this kind holds ({@code protocol.resolved.json}): a
     *        non-empty root without it was not written by us, and is refused rather than replaced
     * @param carried top-level folders other commands write under the root (the diff reports),
     *        copied into the new tree as they are
     * @throws OutputLock.Busy when another run holds the root
     * @throws ForeignFolderException when the root holds files, other than the carried folders, and no signature
     */
    public static Summary publish(OutputTree tree, Path root, String signature, Set<String> carried) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Path parent = base.getParent();
        if (parent == null) {
            throw new ForeignFolderException(base);
        }
        Files.createDirectories(parent);
        try (OutputLock lock = OutputLock.acquire(base)) {
            recover(base);
            if (Files.exists(base, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isDirectory(base, LinkOption.NOFOLLOW_LINKS) || !onlyCarried(base, carried)
                        && !Files.isRegularFile(base.resolve(signature), LinkOption.NOFOLLOW_LINKS)) {
                    throw new ForeignFolderException(base);
                }
            }
            Path staging = parent.resolve("." + base.getFileName() + STAGING + ProcessHandle.current().pid() + "-"
                    + Long.toUnsignedString(System.nanoTime(), 36));
            Files.createDirectory(staging);
            try {
                Staged staged = stage(tree, staging, base);
                int written = staged.written();
                int unchanged = staged.unchanged();
                for (String folder : carried) {
                    Path from = base.resolve(folder);
                    if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS) && !tree.files().keySet().stream()
                            .anyMatch(p -> p.startsWith(folder + "/"))) {
                        copyTree(from, staging.resolve(folder));
                    }
                }
                List<String> removed = Files.isDirectory(base) ? lacking(base, tree, carried) : List.of();
                switchIn(staging, base);
                return new Summary(written, unchanged, removed);
            } finally {
                deleteTree(staging);
            }
        }
    }

    private record Staged(int written, int unchanged) {
    }

    /**
     * Writes every file of {@code tree} into the new staging folder, on a few threads: creating a
     * file costs ~1 ms of kernel time on some disks (measured on the project's machine: 1,878 files
     * took 1.4–2.2 s, more than rendering them), and the files are independent. A file whose bytes
     * equal the published one's keeps its modification time. Any failure is the one of the first
     * failing file in the tree's order, as when the files were written one after another.
     */
    private static Staged stage(OutputTree tree, Path staging, Path base) throws IOException {
        List<Map.Entry<String, byte[]>> files = new ArrayList<>(tree.files().entrySet());
        // The staging folder is new and ours: each folder is created once, not checked per file.
        Set<Path> folders = new TreeSet<>();
        for (var e : files) {
            folders.add(inside(staging, e.getKey()).getParent());
        }
        for (Path folder : folders) {
            Files.createDirectories(folder);
        }
        int threads = Math.min(STAGING_THREADS, Math.max(1, files.size() / 64));
        boolean[] same = new boolean[files.size()];
        IOException[] failed = new IOException[files.size()];
        // The first file is written, never linked: it shows what a file this run creates is like
        // (mode after the umask, owner), which a published file must match to be linked (stageOne).
        Optional<Fresh> fresh = Optional.empty();
        if (!files.isEmpty()) {
            try {
                same[0] = stageOne(files.get(0).getKey(), files.get(0).getValue(), staging, base, Optional.empty());
                fresh = Fresh.of(inside(staging, files.get(0).getKey()));
            } catch (IOException e) {
                failed[0] = e;
            }
        }
        Optional<Fresh> like = fresh;
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger(1);
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                try {
                    same[i] = stageOne(files.get(i).getKey(), files.get(i).getValue(), staging, base, like);
                } catch (IOException e) {
                    failed[i] = e;
                } catch (UncheckedIOException e) {
                    failed[i] = e.getCause();
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            Thread helper = new Thread(worker, "diapason-publish-" + t);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        worker.run();
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while writing the outputs");
            }
        }
        int unchanged = 0;
        for (int i = 0; i < files.size(); i++) {
            if (failed[i] != null) {
                throw failed[i];
            }
            unchanged += same[i] ? 1 : 0;
        }
        return new Staged(files.size() - unchanged, unchanged);
    }

    /**
     * Puts one file into the staging folder; true when the published tree holds the same bytes (its
     * time is kept). Such a file is hard-linked from the published tree rather than written again,
     * when it looks like a file this run creates ({@code fresh}: same mode and owner) and nothing
     * else links to it: no new inode, no data written. Why it matters: on a file system that reuses
     * inodes slowly (ext4 without a journal skips every inode deleted in the last 5 to 300 s, one
     * lookup each: {@code recently_deleted} in fs/ext4/ialloc.c), creating the files of a tree just
     * deleted cost ~1 ms each (perf on the project's machine: 1,878 files, 1.4–2.2 s). The old tree's
     * removal after the switch then only drops a link. Where links fail (a file system without them),
     * the file is written as before.
     */
    private static boolean stageOne(String path, byte[] bytes, Path staging, Path base, Optional<Fresh> fresh)
            throws IOException {
        Path target = inside(staging, path);
        Path old = base.resolve(path);
        boolean same = Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) && Files.size(old) == bytes.length
                && Arrays.equals(Files.readAllBytes(old), bytes);
        if (same && fresh.isPresent() && fresh.get().matches(old)) {
            try {
                Files.createLink(target, old);
                return true;
            } catch (UnsupportedOperationException | IOException noLink) {
                Files.deleteIfExists(target);
            }
        }
        Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        if (same) {
            Files.setLastModifiedTime(target, Files.getLastModifiedTime(old));
        }
        return same;
    }

    /** What a file created by this run is like: its permission bits (after the umask) and owner. */
    private record Fresh(int mode, int owner) {
        /** Empty where the file system has no unix attributes (then nothing is linked). */
        static Optional<Fresh> of(Path created) throws IOException {
            try {
                Map<String, Object> a = Files.readAttributes(created, "unix:mode,uid", LinkOption.NOFOLLOW_LINKS);
                return Optional.of(new Fresh((Integer) a.get("mode") & 07777, (Integer) a.get("uid")));
            } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
                return Optional.empty();
            }
        }

        /** Whether {@code published} could stand for a new file: same mode and owner, and no other link to it. */
        boolean matches(Path published) throws IOException {
            Map<String, Object> a = Files.readAttributes(published, "unix:mode,uid,nlink", LinkOption.NOFOLLOW_LINKS);
            return ((Integer) a.get("mode") & 07777) == mode && (Integer) a.get("uid") == owner
                    && (Integer) a.get("nlink") == 1;
        }
    }

    /** Adds {@code tree}'s files under {@code root}, leaving every other file there as it is. */
    public static Summary write(OutputTree tree, Path root) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Files.createDirectories(base);
        try (OutputLock lock = OutputLock.acquire(base)) {
            int written = 0;
            int unchanged = 0;
            for (var e : tree.files().entrySet()) {
                Path target = inside(base, e.getKey());
                if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == e.getValue().length
                        && Arrays.equals(Files.readAllBytes(target), e.getValue())) {
                    unchanged++;
                    continue;
                }
                Files.createDirectories(target.getParent());
                removeStaleTemporaries(target);
                Path temp = target.resolveSibling("." + target.getFileName() + "."
                        + Long.toUnsignedString(System.nanoTime(), 36) + ".tmp");
                try {
                    Files.write(temp, e.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    move(temp, target);
                } finally {
                    Files.deleteIfExists(temp);
                }
                written++;
            }
            return new Summary(written, unchanged);
        }
    }

    /** Temporary siblings of {@code target} that a killed run left; under the lock, none is in use. */
    private static void removeStaleTemporaries(Path target) throws IOException {
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(target.getParent(),
                "." + target.getFileName() + ".*.tmp")) {
            for (Path p : stale) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".tmp");
    }

    /** A root that is not a folder we wrote: replacing it would delete the user's files. */
    public static final class ForeignFolderException extends IOException {
        private final transient Path folder;

        ForeignFolderException(Path folder) {
            super(folder + " is not empty and was not written by Diapason");
            this.folder = folder;
        }

        public Path folder() {
            return folder;
        }
    }

    private static Path inside(Path base, String relative) {
        Path target = base.resolve(relative).normalize();
        if (!target.startsWith(base) || target.equals(base)) {
            throw new IllegalArgumentException("output path escapes " + base + ": " + relative);
        }
        return target;
    }

    /**
     * After a run killed mid-publication: a root missing while an old tree waits beside it means the
     * kill fell between the two renames, so the old tree goes back; every other left-over goes.
     */
    static void recover(Path base) throws IOException {
        Path parent = base.getParent();
        String name = "." + base.getFileName();
        List<Path> previous = new ArrayList<>();
        List<Path> staging = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, name + ".*")) {
            for (Path p : siblings) {
                String n = p.getFileName().toString();
                if (n.startsWith(name + PREVIOUS)) {
                    previous.add(p);
                } else if (n.startsWith(name + STAGING)) {
                    staging.add(p);
                }
            }
        }
        if (!Files.exists(base, LinkOption.NOFOLLOW_LINKS) && previous.size() == 1) {
            move(previous.remove(0), base);
        }
        for (Path p : staging) {
            deleteTree(p);
        }
        for (Path p : previous) {
            deleteTree(p);
        }
    }

    private static void switchIn(Path staging, Path base) throws IOException {
        if (!Files.exists(base, LinkOption.NOFOLLOW_LINKS)) {
            move(staging, base);
            return;
        }
        Path previous = base.resolveSibling("." + base.getFileName() + PREVIOUS
                + Long.toUnsignedString(System.nanoTime(), 36));
        move(base, previous);
        try {
            move(staging, base);
        } catch (IOException e) {
            move(previous, base);
            throw e;
        }
        deleteTree(previous);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Files under {@code base} (outside the carried folders) that {@code tree} does not hold, sorted. */
    private static List<String> lacking(Path base, OutputTree tree, Set<String> carried) throws IOException {
        Set<String> gone = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(base)) {
            walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).forEach(p -> {
                String relative = base.relativize(p).toString().replace('\\', '/');
                String top = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
                if (!carried.contains(top) && !tree.files().containsKey(relative)) {
                    gone.add(relative);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return List.copyOf(gone);
    }

    /** Empty, or holding nothing but the folders other commands write there (a diff run before any generate). */
    private static boolean onlyCarried(Path folder, Set<String> carried) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (!carried.contains(entry.getFileName().toString())
                        || !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && !isTemporary(file)) {
                    Path target = to.resolve(from.relativize(file).toString());
                    Files.write(target, Files.readAllBytes(file), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    Files.setLastModifiedTime(target, attrs.lastModifiedTime());
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes a folder and everything under it, never following a link out of it. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
