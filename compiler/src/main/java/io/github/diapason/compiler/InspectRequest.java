package io.github.diapason.compiler;

import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;

/** What to inspect: DICOM folders (searched recursively) or files, how many files to read at once, and who hears of progress (files read). */
public record InspectRequest(List<Path> inputs, int threads, LongConsumer progress) {

    public InspectRequest {
        inputs = List.copyOf(inputs);
        threads = Math.max(1, threads);
        progress = progress == null ? done -> { } : progress;
    }
}
