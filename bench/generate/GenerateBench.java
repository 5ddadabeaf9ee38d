import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.GenerateReport;
import io.github.diapason.compiler.GenerateRequest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Warm-JVM benchmark of `generate` (issue 4): a synthetic study of N sites × 12 sequences,
 * generated repeatedly in one JVM; prints wall time per run (median of the measured runs) and the
 * peak heap, for several N, with and without PDF. CPU time is the process's (user + sys, every
 * thread, GC and JIT included): less sensitive than wall time to other load on the machine. Run through bench/generate/run.sh.
 *
 *   java -cp cli/target/diapason.jar bench/generate/GenerateBench.java <study-template> <sites...>
 */
public class GenerateBench {

    public static void main(String[] args) throws Exception {
        Path template = Path.of(args[0]);
        boolean pdf = Boolean.parseBoolean(System.getProperty("pdf", "false"));
        int warmup = Integer.getInteger("warmup", 3);
        int runs = Integer.getInteger("runs", 5);
        // regenerate=true: every run writes over the previous run's output (the edit-and-regenerate
        // loop); false (default): the output folder is emptied before each run (a first generate).
        boolean regenerate = Boolean.getBoolean("regenerate");
        // Work folder: bench.dir, else target/bench-generate. Not /tmp: on the project's machine
        // creating a file under /tmp costs ~1 ms (0.05 ms elsewhere on the same disk), which would
        // measure the sandbox rather than generate; a real run writes under the project's target/.
        Path work = Path.of(System.getProperty("bench.dir", "target/bench-generate"));
        Files.createDirectories(work);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%-6s %-5s %10s %10s %12s %12s %10s%n", "sites", "pdf", "median ms", "min ms",
                "median CPU ms", "peak heap MB", "files");
        for (int i = 1; i < args.length; i++) {
            int sites = Integer.parseInt(args[i]);
            Path study = Files.createTempDirectory(work, "bench-study");
            SyntheticStudy.write(template, study, sites);
            Path out = Files.createTempDirectory(work, "bench-out");
            Diapason core = new Diapason();
            GenerateRequest request = new GenerateRequest(study, out, Optional.empty(), Optional.<LocalDate>empty(), pdf, false);
            long[] times = new long[runs];
            long[] cpu = new long[runs];
            int files = 0;
            for (int r = 0; r < warmup + runs; r++) {
                if (!regenerate) {
                    clean(out);
                }
                resetPeaks();
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                GenerateReport report = core.generate(request);
                long t = System.nanoTime() - t0;
                long c = os.getProcessCpuTime() - c0;
                if (report.failed()) {
                    System.err.println(report.render());
                    System.exit(1);
                }
                files = report.written() + report.unchanged();
                if (r >= warmup) {
                    times[r - warmup] = t;
                    cpu[r - warmup] = c;
                }
            }
            java.util.Arrays.sort(times);
            java.util.Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "%-6d %-5s %10.0f %10.0f %12.0f %12.0f %10d%n", sites, pdf, times[runs / 2] / 1e6,
                    times[0] / 1e6, cpu[runs / 2] / 1e6, peakHeap() / 1048576.0, files);
            clean(out);
            clean(study);
            Files.delete(out);
            Files.delete(study);
        }
    }

    private static void clean(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(out)).forEach(p -> p.toFile().delete());
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}

/**
 * Builds the benchmark's study from a template study (bench/generate/study, 12 sequences): its
 * protocol as is, its sites replicated to N under new ids (vendors and field strengths cycle with
 * the template's sites). Plain text edits: the harness does not use the code it measures.
 */
final class SyntheticStudy {

    static void write(Path template, Path study, int sites) throws IOException {
        Files.createDirectories(study.resolve("sites"));
        String protocol = Files.readString(template.resolve("protocol.json"));
        Files.writeString(study.resolve("protocol.json"), protocol);
        List<Path> siteFiles;
        try (Stream<Path> s = Files.list(template.resolve("sites"))) {
            siteFiles = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (int i = 0; i < sites; i++) {
            Path source = siteFiles.get(i % siteFiles.size());
            String oldId = source.getFileName().toString().replace(".json", "");
            String newId = oldId + "-" + i;
            String text = Files.readString(source).replace("\"id\": \"" + oldId + "\"", "\"id\": \"" + newId + "\"");
            Files.writeString(study.resolve("sites").resolve(newId + ".json"), text);
        }
    }

    private SyntheticStudy() {
    }
}
