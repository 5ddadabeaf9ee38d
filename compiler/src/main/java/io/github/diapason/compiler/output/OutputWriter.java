package io.github.diapason.compiler.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;

/**
 * Writes an {@link OutputTree} under a root folder: each file to a temporary sibling then moved
 * into place, so a reader never sees half a file and an interrupted run leaves the previous
 * file intact; a file whose bytes are unchanged is not rewritten (its timestamp stays, so
 * incremental builds and file watchers stay quiet). Every path is checked to stay under root.
 */
public final class OutputWriter {

    /** What one write did. */
    public record Summary(int written, int unchanged) {
    }

    private OutputWriter() {
    }

    public static Summary write(OutputTree tree, Path root) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        int written = 0;
        int unchanged = 0;
        for (Map.Entry<String, byte[]> e : tree.files().entrySet()) {
            Path target = base.resolve(e.getKey()).normalize();
            if (!target.startsWith(base) || target.equals(base)) {
                throw new IllegalArgumentException("output path escapes " + base + ": " + e.getKey());
            }
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), e.getValue())) {
                unchanged++;
                continue;
            }
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.write(temp, e.getValue());
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException notAtomic) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            written++;
        }
        return new Summary(written, unchanged);
    }
}
