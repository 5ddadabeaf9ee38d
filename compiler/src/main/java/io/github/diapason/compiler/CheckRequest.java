package io.github.diapason.compiler;

import io.github.diapason.conformity.dicomweb.DicomWebSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * What to check: the received DICOM (folders searched recursively, or files; or, when {@code dicomweb} is
 * given, the exams of that DICOMweb server instead), the rules (a site's
 * {@code rules.json} or a folder of them, e.g. a study's generated outputs), where the reports go,
 * how many files to read in parallel, and who hears the number of files read so far.
 */
public record CheckRequest(List<Path> dicom, Path rules, Path outputDirectory, int threads, LongConsumer progress,
                           Optional<DicomWebSource> dicomweb) {

    public CheckRequest {
        dicom = List.copyOf(dicom);
        threads = Math.max(1, threads);
        progress = progress == null ? done -> { } : progress;
        dicomweb = dicomweb == null ? Optional.empty() : dicomweb;
    }

    /** Folders or files. */
    public CheckRequest(List<Path> dicom, Path rules, Path outputDirectory, int threads, LongConsumer progress) {
        this(dicom, rules, outputDirectory, threads, progress, Optional.empty());
    }

    /** The exams of a DICOMweb server. */
    public static CheckRequest dicomweb(DicomWebSource server, Path rules, Path outputDirectory, LongConsumer progress) {
        return new CheckRequest(List.of(), rules, outputDirectory, 1, progress, Optional.of(server));
    }

    public static CheckRequest of(List<Path> dicom, Path rules, Path outputDirectory) {
        return new CheckRequest(dicom, rules, outputDirectory, Runtime.getRuntime().availableProcessors(), null);
    }
}
