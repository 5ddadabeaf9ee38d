package io.github.diapason.conformity.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a watcher must remember across restarts, in one JSON file replaced atomically once per exam reported:
 * where it is in the archive's feed ({@code cursor}), the exams seen but not yet stable ({@code pending}), and
 * every exam reported with the digest of the report written and of the rules it was judged against
 * ({@code exams}). An exam leaves {@code pending} in the same write that records it in {@code exams}, so a
 * restart after {@code kill -9} either re-judges it (and finds its report already written, byte for byte) or
 * knows it is done.
 *
 * @param feed     {@code orthanc} (the cursor is the last {@code /changes} sequence number) or {@code qido}
 * @param exams    by StudyInstanceUID
 */
public record WatchState(String format, String feed, String cursor, String rulesDigest,
                         Map<String, Pending> pending, Map<String, Exam> exams) {

    public static final String FORMAT = "diapason-watch-state/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public WatchState {
        format = format == null ? FORMAT : format;
        feed = feed == null ? "" : feed;
        cursor = cursor == null ? "" : cursor;
        rulesDigest = rulesDigest == null ? "" : rulesDigest;
        pending = pending == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(pending));
        exams = exams == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(exams));
    }

    /** An exam seen in the feed, not judged yet: its reference on the server and what says it changed. */
    public record Pending(String ref, String fingerprint) {
    }

    /**
     * An exam judged and reported.
     *
     * @param fingerprint what the feed said of the exam when it was judged (new instances change it)
     * @param deliveries  how many times its reports were written with a new content (1 unless it changed or was re-judged)
     */
    public record Exam(String folder, String ref, String fingerprint, String site, boolean conformant, String verdict,
                       String reportDigest, String rulesDigest, int deliveries) {
    }

    public static WatchState empty() {
        return new WatchState(FORMAT, "", "", "", Map.of(), Map.of());
    }

    public WatchState withCursor(String feed, String cursor) {
        return new WatchState(format, feed, cursor, rulesDigest, pending, exams);
    }

    public WatchState withRulesDigest(String digest) {
        return new WatchState(format, feed, cursor, digest, pending, exams);
    }

    public WatchState withPending(String uid, Pending p) {
        Map<String, Pending> m = new TreeMap<>(pending);
        m.put(uid, p);
        return new WatchState(format, feed, cursor, rulesDigest, m, exams);
    }

    /** The exam reported: out of pending and into exams, in one state. */
    public WatchState withReported(String uid, Exam e) {
        Map<String, Pending> p = new TreeMap<>(pending);
        p.remove(uid);
        Map<String, Exam> m = new TreeMap<>(exams);
        m.put(uid, e);
        return new WatchState(format, feed, cursor, rulesDigest, p, m);
    }

    /** An exam re-judged: its record replaced, pending untouched. */
    public WatchState withExam(String uid, Exam e) {
        Map<String, Exam> m = new TreeMap<>(exams);
        m.put(uid, e);
        return new WatchState(format, feed, cursor, rulesDigest, pending, m);
    }

    /** An exam given up on (e.g. deleted from the server before it was judged). */
    public WatchState withoutPending(String uid) {
        Map<String, Pending> p = new TreeMap<>(pending);
        p.remove(uid);
        return new WatchState(format, feed, cursor, rulesDigest, p, exams);
    }

    /** No file yet is the empty state; a file that is not a state is a diagnostic (never overwritten). */
    public static Validated<WatchState> read(Path file) {
        if (!Files.exists(file)) {
            return Validated.of(empty(), List.of());
        }
        try {
            WatchState s = JSON.readValue(file.toFile(), WatchState.class);
            if (!FORMAT.equals(s.format())) {
                return Validated.failed(List.of(Diagnostic.error("WatchStateUnreadable", "not a watch state of format " + FORMAT
                        + " (found " + s.format() + ")", "give the --state file this version of diapason wrote, or a new path",
                        SourceLocation.file(file.toString()))));
            }
            return Validated.of(s, List.of());
        } catch (IOException e) {
            return Validated.failed(List.of(Diagnostic.error("WatchStateUnreadable", "cannot read the watch state: "
                    + e.getClass().getSimpleName(), "give the --state file a watcher wrote, or a new path", SourceLocation.file(file.toString()))));
        }
    }

    /** Temporary file, forced to disk, moved over the old state with ATOMIC_MOVE. */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, JSON.writeValueAsBytes(this));
    }
}
