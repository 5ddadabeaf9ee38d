package io.github.diapason.compiler;

import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * What to check: the received DICOM (folders searched recursively, or files), the rules (a site's
 * {@code rules.json} or a folder of them, e.g. a study's generated outputs), where the reports go,
 * how many files to read in parallel, and who hears the number of files read so far.
 */
public record CheckRequest(List<Path> dicom, Path rules, Path outputDirectory, int threads, LongConsumer progress) {

    public CheckRequest {
        dicom = List.copyOf(dicom);
        threads = Math.max(1, threads);
        progress = progress == null ? done -> { } : progress;
    }

    public static CheckRequest of(List<Path> dicom, Path rules, Path outputDirectory) {
        return new CheckRequest(dicom, rules, outputDirectory, Runtime.getRuntime().availableProcessors(), null);
    }
}
