import io.github.diapason.conformity.dicom.DicomReader;
import io.github.diapason.conformity.inspect.FieldTable;
import io.github.diapason.conformity.inspect.Inspection;
import io.github.diapason.conformity.inspect.Inspector;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Runs inspect over the folders args[1..] with args[0] threads; prints series, files, time and heap after GC. */
public final class InspectBench {
    public static void main(String[] args) {
        int threads = Integer.parseInt(args[0]);
        List<Path> roots = Arrays.stream(args).skip(1).map(Path::of).toList();
        long t0 = System.nanoTime();
        Inspection i = new Inspector(new DicomReader(), FieldTable.standard(), threads).inspect(roots);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%d files, %d DICOM, %d series, %d diagnostics, %d ms, heap after GC %.1f MB%n", i.filesSeen(),
                i.dicomFiles(), i.series().size(), i.diagnostics().size(), ms,
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
    }
}
