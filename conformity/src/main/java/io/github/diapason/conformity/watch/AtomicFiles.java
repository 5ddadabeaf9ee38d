package io.github.diapason.conformity.watch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a reader, or a process restarted after {@code kill -9} or a power cut, sees either the
 * old content or the new one, never half of it: a temporary sibling is written, forced to disk, then moved over
 * the target with {@code ATOMIC_MOVE}. (The compiler's atomic publisher replaces whole folders of generated
 * outputs; the watcher replaces one small file many times, so this is the single-file form.)
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Deletes the temporary siblings {@link #write} (and the report writer) left in {@code folder} for files named
     * {@code names} (any file, when null: a folder of ours only) when a process was killed between writing one and
     * moving it into place.
     */
    public static void clean(Path folder, java.util.Collection<String> names) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(".tmp") && n.startsWith(".") && (names == null || names.stream().anyMatch(name -> n.startsWith("." + name + ".")))) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path tmp = folder.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
        try {
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
