package io.github.diapason.compiler.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run at a time per output folder: an exclusive lock on {@code .<folder>.lock} beside it (not
 * inside: the folder itself is replaced on publication). The operating system drops the lock when
 * the process ends, however it ends, so a killed run never leaves a stale lock behind; the empty
 * lock file stays and is reused.
 */
public final class OutputLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Another run (this process or another) is writing the same output folder. */
    public static final class Busy extends IOException {
        private final transient Path lockFile;

        Busy(Path lockFile) {
            super("another Diapason run is writing this output folder (it holds " + lockFile + ")");
            this.lockFile = lockFile;
        }

        public Path lockFile() {
            return lockFile;
        }
    }

    static Path lockFile(Path base) {
        return base.resolveSibling("." + base.getFileName() + ".lock");
    }

    static OutputLock acquire(Path base) throws IOException {
        Path file = lockFile(base);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new Busy(file);
            }
            return new OutputLock(channel, lock);
        } catch (OverlappingFileLockException sameProcess) {
            channel.close();
            throw new Busy(file);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
