package io.github.diapason.conformity.watch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.diapason.conformity.dicom.DicomReader;
import io.github.diapason.conformity.dicomweb.DicomWebClient;
import io.github.diapason.conformity.dicomweb.DicomWebSource;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The feed for a server: Orthanc's change feed when the server is Orthanc (its {@code /system} answers beside
 * {@code /dicom-web}), QIDO-RS otherwise, or the one asked for. The choice is made at the first poll, so that a
 * watcher started while the server is down waits for it like any other outage; a state that recorded a feed keeps it.
 */
public final class ArchiveFeeds {

    private ArchiveFeeds() {
    }

    /** {@code auto}, {@code orthanc} or {@code qido}. */
    public enum Choice {
        AUTO, ORTHANC, QIDO;

        public static Optional<Choice> parse(String text) {
            try {
                return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * @param recorded the feed a state already follows ({@code ""} for a new state): it wins over {@code auto}
     * @return the feed, or the diagnostics of an unusable URL or CA certificate
     */
    public static Validated<ArchiveFeed> open(DicomWebSource source, Choice choice, String recorded) {
        List<Diagnostic> problems = new ArrayList<>();
        new DicomWebClient(source).requests(problems::add);
        if (problems.stream().anyMatch(Diagnostic::isError)) {
            return Validated.failed(problems);
        }
        Choice effective = choice == Choice.AUTO && !recorded.isEmpty() ? Choice.parse(recorded).orElse(Choice.AUTO) : choice;
        return Validated.of(new Deferred(source, effective), List.of());
    }

    /** Detects and builds the feed at the first poll that reaches the server. */
    private static final class Deferred implements ArchiveFeed {
        private final DicomWebSource source;
        private final Choice choice;
        private ArchiveFeed feed;

        Deferred(DicomWebSource source, Choice choice) {
            this.source = source;
            this.choice = choice;
        }

        private ArchiveFeed feed() throws Unavailable {
            if (feed == null) {
                boolean orthanc = choice == Choice.ORTHANC || choice == Choice.AUTO && OrthancFeed.isOrthanc(source);
                feed = orthanc ? new OrthancFeed(source) : new QidoFeed(source);
            }
            return feed;
        }

        @Override
        public String kind() {
            return feed != null ? feed.kind() : choice == Choice.AUTO ? "" : choice.name().toLowerCase(Locale.ROOT);
        }

        @Override
        public Poll poll(String cursor, Map<String, WatchState.Pending> pending) throws Unavailable {
            return feed().poll(cursor, pending);
        }

        @Override
        public Optional<List<ObjectNode>> fetch(String uid, String ref, DicomReader.TopLevelFilter wanted) throws Unavailable {
            return feed().fetch(uid, ref, wanted);
        }

        @Override
        public boolean writeBack(String ref, String verdict) throws Unavailable {
            return feed().writeBack(ref, verdict);
        }
    }
}
