import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor of any Java header reader: opens every file listed in args[0] and reads its first args[2] bytes (at most)
 * into a reused buffer, on args[1] threads, and nothing else. What inspect cannot go below on the same files.
 */
public final class ReadFloor {
    public static void main(String[] args) throws Exception {
        List<Path> files = Files.readAllLines(Path.of(args[0])).stream().map(Path::of).toList();
        int threads = Integer.parseInt(args[1]);
        int bytes = Integer.parseInt(args[2]);
        AtomicInteger next = new AtomicInteger();
        Thread[] pool = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            pool[t] = new Thread(() -> {
                ByteBuffer buffer = ByteBuffer.allocate(bytes);
                for (int i; (i = next.getAndIncrement()) < files.size(); ) {
                    try (FileChannel ch = FileChannel.open(files.get(i))) {
                        buffer.clear();
                        while (buffer.hasRemaining() && ch.read(buffer) > 0) {
                            // read up to the buffer's size
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
            pool[t].start();
        }
        for (Thread t : pool) {
            t.join();
        }
    }
}
