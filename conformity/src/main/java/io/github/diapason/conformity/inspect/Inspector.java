package io.github.diapason.conformity.inspect;

import io.github.diapason.conformity.dicom.DicomHeader;
import io.github.diapason.conformity.dicom.DicomReader;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code inspect}: walks folders (recursively, any file names), reads every file's header in
 * parallel on a bounded pool (one thread per core; pixel data is never read), groups files by
 * StudyInstanceUID then SeriesInstanceUID and folds each series into {@link SeriesValues}.
 * Files are folded as they are read, so memory grows with the number of series, not files.
 * Non-DICOM files are skipped with a note; unreadable ones, files cut inside their pixel data, links,
 * pipes and devices become diagnostics.
 */
public final class Inspector {

    /** At most this many diagnostics of one code are kept; the rest are counted in one note. */
    static final int MAX_PER_CODE = 20;

    private final DicomReader reader;
    private final FieldTable table;
    private final Extractor extractor;
    private final int threads;
    private final java.util.function.LongConsumer progress;

    public Inspector() {
        this(new DicomReader(), FieldTable.standard(), Runtime.getRuntime().availableProcessors());
    }

    public Inspector(DicomReader reader, FieldTable table, int threads) {
        this(reader, table, Identification.standard(table), threads);
    }

    /** {@code reader} is used keeping only the top-level elements the table and identification name. */
    public Inspector(DicomReader reader, FieldTable table, Identification identification, int threads) {
        this(reader, table, new Extractor(table, identification), threads, done -> { });
    }

    private Inspector(DicomReader reader, FieldTable table, Extractor extractor, int threads,
                      java.util.function.LongConsumer progress) {
        this.reader = reader.keepingAtTopLevel(extractor.topLevelFilter());
        this.table = table;
        this.extractor = extractor;
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    /**
     * The same inspector, telling {@code progress} how many files it has finished after each one
     * (from the reading threads: the listener must be thread-safe and cheap).
     */
    public Inspector withProgress(java.util.function.LongConsumer listener) {
        return new Inspector(reader, table, extractor, threads, listener);
    }

    public Inspection inspect(List<Path> roots) {
        Run run = new Run();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "diapason-inspect");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 4);
        try {
            for (Path root : roots) {
                if (!Files.exists(root)) {
                    run.diagnostic(Diagnostic.error("DicomInputMissing", "no such file or folder",
                            "check the path", SourceLocation.file(root.toString())));
                    continue;
                }
                Batch[] batch = {new Batch()};
                walk(root, (file, size) -> {
                    batch[0].add(file, size);
                    if (batch[0].full()) {
                        submit(pool, inFlight, run, batch[0]);
                        batch[0] = new Batch();
                    }
                }, run);
                submit(pool, inFlight, run, batch[0]);
            }
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
        return run.result();
    }

    /**
     * Files handed to a reading thread together, in folder order: one task per {@link #SIZE} files rather than per
     * file (a hand-over per file cost two futex calls and a context switch, 74,000 switches for 47,000 files), and
     * the files of a series, usually one folder, stay on one thread. Bounded like the tasks, so memory stays flat.
     */
    private static final class Batch {
        static final int SIZE = 64;
        final Path[] files = new Path[SIZE];
        final long[] sizes = new long[SIZE];
        int count;

        void add(Path file, long size) {
            files[count] = file;
            sizes[count++] = size;
        }

        boolean full() {
            return count == SIZE;
        }
    }

    private static void submit(ExecutorService pool, Semaphore inFlight, Run run, Batch batch) {
        if (batch.count == 0) {
            return;
        }
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
            try {
                for (int i = 0; i < batch.count; i++) {
                    Path file = batch.files[i];
                    try {
                        run.file(file, batch.sizes[i]);
                    } catch (RuntimeException bug) {
                        // Bad input never throws (the reader's contract); what reaches here is a bug in
                        // Diapason. The file is named in one diagnostic instead of a trace lost in a pool thread.
                        run.diagnostic(Diagnostic.error("DiapasonInternalError", "internal error while reading this file ("
                                + bug.getClass().getSimpleName() + "): a bug in Diapason, not in the file; please report it",
                                "", SourceLocation.file(file.toString())));
                    }
                }
            } finally {
                inFlight.release();
            }
        });
    }

    /**
     * A source of headers other than files (DICOM JSON from a DICOMweb server): it hands each header as
     * read, with the diagnostics of reading it, and reports the problems of reaching it as diagnostics.
     */
    @FunctionalInterface
    public interface HeaderSource {
        void read(java.util.function.Consumer<Validated<DicomHeader>> headers, java.util.function.Consumer<Diagnostic> problems);
    }

    /**
     * The same inspection as {@link #inspect(List)}, over headers from {@code source}, read in the calling
     * thread (a network source is bound by its round trips, not by parsing): the same extractor, the same
     * grouping, the same values. {@link #topLevelFilter()} says which elements the source should bother to load.
     */
    public Inspection inspect(HeaderSource source) {
        Run run = new Run();
        source.read(header -> {
            String name = header.value().map(DicomHeader::source).orElse("");
            try {
                run.header(header, name);
            } catch (RuntimeException bug) {
                run.diagnostic(Diagnostic.error("DiapasonInternalError", "internal error while reading this instance ("
                        + bug.getClass().getSimpleName() + "): a bug in Diapason, not in the data; please report it",
                        "", SourceLocation.file(name)));
            } finally {
                progress.accept(run.done.incrementAndGet());
            }
        }, run::diagnostic);
        return run.result();
    }

    /** The top-level elements the extractor reads: what a source needs to load (e.g. which bulk data to fetch). */
    public DicomReader.TopLevelFilter topLevelFilter() {
        return extractor.topLevelFilter();
    }

    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.HOURS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private interface FileSink {
        void accept(Path file, long size);
    }

    /**
     * Regular files only. A root given as a symbolic link (to an exam folder or a file) is followed, and
     * files are named under the path given; inside a folder, symbolic links, named pipes, sockets and
     * devices are not opened (a pipe would block, a link may leave the exam) and each is named in a warning.
     */
    private static void walk(Path root, FileSink sink, Run run) {
        Path start = root;
        if (Files.isSymbolicLink(root)) {
            try {
                start = root.toRealPath();
            } catch (IOException e) {
                run.diagnostic(Diagnostic.error("DicomIoError", "cannot follow the symbolic link: " + e.getMessage(),
                        "check that its target exists", SourceLocation.file(root.toString())));
                return;
            }
        }
        Path real = start;
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path named = real == root ? file : root.resolve(real.relativize(file).toString());
                    if (attrs.isRegularFile()) {
                        sink.accept(named, attrs.size());
                    } else {
                        run.diagnostic(notRegular(named, attrs));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    Path named = real == root ? file : root.resolve(real.relativize(file).toString());
                    run.diagnostic(Diagnostic.error("DicomIoError", "cannot read: " + e.getClass().getSimpleName(),
                            "check the permissions", SourceLocation.file(named.toString())));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            run.diagnostic(Diagnostic.error("DicomIoError", "cannot walk the folder: " + e.getMessage(),
                    "check the permissions", SourceLocation.file(root.toString())));
        }
    }

    private static Diagnostic notRegular(Path file, BasicFileAttributes attrs) {
        if (attrs.isSymbolicLink()) {
            boolean dangling = !Files.exists(file);
            return Diagnostic.warning("DicomSkippedLink", dangling ? "not read: a dangling symbolic link (its target does not exist)"
                            : "not read: a symbolic link inside the folder (only regular files are read)",
                    dangling ? "remove the link or restore its target" : "copy the files it points to into the exam folder, or inspect the target itself",
                    SourceLocation.file(file.toString()));
        }
        return Diagnostic.warning("DicomSkippedNotRegular", "not read: not a regular file (a named pipe, socket or device)",
                "remove it from the exam folder", SourceLocation.file(file.toString()));
    }

    /** The shared state of one inspection: series accumulators, per-series text protocols, diagnostics. */
    private final class Run {
        final Map<String, SeriesAccumulator> series = new ConcurrentHashMap<>();
        final Map<String, Map<String, String>> protocols = new ConcurrentHashMap<>();
        /** One object for the whole run: the extractor keeps its map for the next files of a series (see {@link Extractor#extract}). */
        final java.util.function.Function<DicomHeader, Map<String, String>> protocolOf = this::seriesProtocolOf;
        /**
         * Per reading thread, each file read against the previous one of its series (a thread gets files in folder
         * order, so consecutive files are mostly of one series): only the elements that differ are read again.
         */
        final ThreadLocal<io.github.diapason.conformity.dicom.SeriesReader> seriesReaders = ThreadLocal.withInitial(reader::forSeries);
        final AtomicLong files = new AtomicLong();
        final AtomicLong dicom = new AtomicLong();
        final AtomicLong done = new AtomicLong();
        /** Per code, the first {@link #MAX_PER_CODE} diagnostics in report order (whatever the reading order). */
        final Map<String, java.util.TreeSet<Diagnostic>> kept = new HashMap<>();
        final Map<String, Integer> perCode = new HashMap<>();

        void file(Path file, long size) {
            try {
                read(file, size);
            } finally {
                progress.accept(done.incrementAndGet());
            }
        }

        private void read(Path file, long size) {
            header(seriesReaders.get().read(file, size), file.toString());
        }

        /** One header from any source; {@code name} (a file, an instance URL) locates its diagnostics. */
        void header(Validated<DicomHeader> read, String name) {
            files.incrementAndGet();
            Optional<DicomHeader> header = read.value();
            List<Diagnostic> readDiagnostics = read.diagnostics();
            if (header.isEmpty()) {
                boolean notDicom = readDiagnostics.stream().anyMatch(d -> d.code().equals("DicomNotDicom"));
                if (notDicom) {
                    diagnostic(new Diagnostic(io.github.diapason.diagnostic.Severity.NOTE, "DicomSkippedNotDicom",
                            "skipped: not a DICOM file", "", SourceLocation.file(name)));
                } else {
                    readDiagnostics.forEach(this::diagnostic);
                }
                return;
            }
            if (!readDiagnostics.isEmpty()) { // most files have none: no stream or method reference made for them
                readDiagnostics.forEach(this::diagnostic);
                if (readDiagnostics.stream().anyMatch(d -> d.code().equals("DicomPixelDataTruncated"))) {
                    return; // a cut image is not a good image: reported, not counted in its series
                }
            }
            DicomHeader h = header.get();
            Optional<FileValues> values = extractor.extract(h, protocolOf);
            if (values.isEmpty()) {
                diagnostic(new Diagnostic(io.github.diapason.diagnostic.Severity.NOTE, "DicomNoSeries",
                        "skipped: no SeriesInstanceUID (a DICOMDIR or a non-image object)", "",
                        SourceLocation.file(name).withPath("(0020,000E)")));
                return;
            }
            dicom.incrementAndGet();
            FileValues v = values.get();
            if (!v.diagnostics().isEmpty()) {
                v.diagnostics().forEach(this::diagnostic);
            }
            // the key is one String per series from the extractor (its hash computed once): no concatenation per file
            SeriesAccumulator acc = series.get(v.seriesKey());
            if (acc == null) {
                acc = series.computeIfAbsent(v.seriesKey(), k -> new SeriesAccumulator(table));
            }
            synchronized (acc) {
                acc.add(v);
            }
        }

        /** Once per series (study + series UID): the text protocols are the same in every file of a series. */
        private Map<String, String> seriesProtocolOf(DicomHeader h) {
            String key = Extractor.seriesKey(h).map(k -> k[0] + '\0' + k[1]).orElse("");
            return protocols.computeIfAbsent(key, k -> {
                Validated<Map<String, String>> v = Extractor.seriesProtocol(h, table);
                v.diagnostics().forEach(this::diagnostic);
                return v.value().orElse(Map.of());
            });
        }

        synchronized void diagnostic(Diagnostic d) {
            perCode.merge(d.code(), 1, Integer::sum);
            java.util.TreeSet<Diagnostic> set = kept.computeIfAbsent(d.code(), c -> new java.util.TreeSet<>(Diagnostic.ORDER));
            set.add(d);
            if (set.size() > MAX_PER_CODE) {
                set.pollLast();
            }
        }

        Inspection result() {
            List<SeriesValues> out = new ArrayList<>();
            for (SeriesAccumulator acc : series.values()) {
                out.add(acc.build());
            }
            out.sort(Comparator.comparing(SeriesValues::studyInstanceUid)
                    .thenComparingDouble(s -> s.get("SeriesNumber") instanceof Number n ? n.doubleValue() : Double.MAX_VALUE)
                    .thenComparing(SeriesValues::seriesInstanceUid));
            List<Diagnostic> diags = new ArrayList<>();
            kept.values().forEach(diags::addAll);
            perCode.forEach((code, n) -> {
                if (n > MAX_PER_CODE) {
                    diags.add(new Diagnostic(io.github.diapason.diagnostic.Severity.NOTE, code,
                            (n - MAX_PER_CODE) + " more diagnostic(s) " + code + " not listed", "", SourceLocation.NONE));
                }
            });
            diags.sort(Diagnostic.ORDER);
            return new Inspection(out, files.get(), dicom.get(), diags);
        }
    }
}
