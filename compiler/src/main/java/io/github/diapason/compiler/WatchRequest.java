package io.github.diapason.compiler;

import io.github.diapason.conformity.dicomweb.DicomWebSource;
import io.github.diapason.conformity.watch.ArchiveFeeds;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What to watch: a DICOMweb server (its credentials, CA, timeout and retries), the feed to follow ({@code auto}:
 * Orthanc's change feed when the server is Orthanc, QIDO-RS otherwise), the rules, the state file (its metadata
 * folder beside it), the reports' folder, how long an exam must see no new instance before it is judged, the
 * poll interval, whether to write the verdict back, and which partition of the archive's exams to take
 * ({@code partitions} 1: all).
 */
public record WatchRequest(DicomWebSource server, ArchiveFeeds.Choice feed, Path rules, Path state, Path outputDirectory,
                           Duration stableAfter, Duration poll, boolean writeBack, int partition, int partitions) {

    public WatchRequest {
        feed = feed == null ? ArchiveFeeds.Choice.AUTO : feed;
        partitions = Math.max(1, partitions);
    }
}
