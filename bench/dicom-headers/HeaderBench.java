import io.github.diapason.conformity.dicom.DicomHeader;
import io.github.diapason.conformity.dicom.DicomReader;
import io.github.diapason.diagnostic.Validated;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Reads every file listed in args[0] with args[1] threads; prints elements read and peak heap. */
public final class HeaderBench {
    public static void main(String[] args) throws Exception {
        List<Path> files = Files.readAllLines(Path.of(args[0])).stream().map(Path::of).toList();
        int threads = Integer.parseInt(args[1]);
        DicomReader reader = new DicomReader();
        AtomicLong elements = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long t0 = System.nanoTime();
        new java.util.concurrent.ForkJoinPool(threads).submit(() -> files.parallelStream().forEach(f -> {
            Validated<DicomHeader> v = reader.read(f);
            v.value().ifPresent(h -> elements.addAndGet(h.dataset().size()));
            if (v.hasErrors()) {
                errors.incrementAndGet();
            }
        })).get();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%d files, %d top-level elements, %d with errors, %d ms, heap used %d MB%n",
                files.size(), elements.get(), errors.get(), ms, (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
