package io.github.diapason.conformity.watch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.diapason.conformity.check.LoadedRules;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Follows an archive's new exams and reports each once it is stable. One {@link #step()}: poll the feed, note the
 * exams seen as pending with the new cursor (in memory), then judge each exam whose fingerprint has not changed for
 * {@code stableAfter} on the watcher's own clock: fetch its metadata, store it ({@link ExamArchive}), judge it,
 * publish its reports under {@code <out>/exams/<exam>/} (nothing is written when identical reports are there),
 * optionally write the verdict back, and record it reported with the cursor and the exams still pending: one
 * atomic state write per exam. A step that judges nothing writes the state only when nothing is left pending
 * (the cursor moved past exams that are not this watcher's) and on {@link #stop()}.
 *
 * <p>Exactly once across {@code kill -9}: every file is replaced atomically; the cursor written never passes an
 * exam that is not recorded as pending or reported in the same write (a cursor not written is polled again from
 * the one before, and the feed names the exam again); an exam judged but not recorded is judged again after a
 * restart, finds its reports already written byte for byte, and is recorded without a second delivery. A server that does not
 * answer is logged in one line and retried with exponential back-off (the cursor kept); {@link #stop()} ends
 * {@link #run()} between two exams.
 */
public final class Watcher {

    /**
     * Where the state and the reports go, the timings, and which exams this watcher takes (all, or one partition
     * of several watchers sharing the archive, see {@link #partition}).
     */
    public record Settings(Path stateFile, Path out, Duration stableAfter, Duration poll, boolean writeBack,
                           java.util.function.Predicate<String> studies) {
        public Settings {
            studies = studies == null ? uid -> true : studies;
        }

        public Settings(Path stateFile, Path out, Duration stableAfter, Duration poll, boolean writeBack) {
            this(stateFile, out, stableAfter, poll, writeBack, null);
        }
    }

    /**
     * Partition {@code index} of {@code count} (0-based): the exams whose StudyInstanceUID's SHA-256 falls in it.
     * Each of {@code count} watchers, one state file each, takes one partition: together they take every exam once.
     */
    public static java.util.function.Predicate<String> partition(int index, int count) {
        return uid -> Math.floorMod(java.nio.ByteBuffer.wrap(java.util.HexFormat.of().parseHex(ExamArchive.sha256(uid).substring(0, 8)))
                .getInt(), count) == index;
    }

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    private final ArchiveFeed feed;
    private final LoadedRules rules;
    private final Settings settings;
    private final LongSupplier millis;
    private final Consumer<String> log;
    private final Consumer<Path> reported;
    private final ExamArchive archive;
    private final Map<String, Seen> timers = new HashMap<>();
    private final Object sleeper = new Object();
    private volatile boolean stop;
    private WatchState state;
    /** The state last written: {@link #state} differs from it while what a poll saw is not written yet. */
    private WatchState saved;
    private int failures;
    private final long[] spent = new long[Phase.values().length];
    private long judged;
    private long instances;

    /** Where a watcher's time goes, logged when it stops (see {@link #timing()}). */
    private enum Phase {
        POLL("feed polls"), FETCH("QIDO/WADO metadata"), STORE("metadata stored"), JUDGE("judging"), REPORTS("reports written"),
        STATE("state written");

        final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    private record Seen(String fingerprint, long since) {
    }

    private Watcher(ArchiveFeed feed, LoadedRules rules, Settings settings, LongSupplier millis, Consumer<String> log,
                    Consumer<Path> reported, WatchState state) {
        this.feed = feed;
        this.rules = rules;
        this.settings = settings;
        this.millis = millis;
        this.log = log;
        this.reported = reported;
        this.archive = new ExamArchive(settings.stateFile());
        this.state = state;
        this.saved = state;
    }

    /**
     * A watcher resuming from the state file (a new one when it does not exist).
     *
     * @param reported hears each exam's report folder once written (e.g. to regenerate a dashboard)
     */
    public static Validated<Watcher> open(ArchiveFeed feed, LoadedRules rules, Settings settings, LongSupplier millis,
                                          Consumer<String> log, Consumer<Path> reported) {
        Validated<WatchState> read = WatchState.read(settings.stateFile());
        if (read.value().isEmpty()) {
            return Validated.failed(read.diagnostics());
        }
        WatchState s = read.value().get();
        try {
            AtomicFiles.clean(settings.stateFile().toAbsolutePath().getParent(), List.of(settings.stateFile().getFileName().toString()));
            AtomicFiles.clean(new ExamArchive(settings.stateFile()).folder(), null);
        } catch (IOException e) {
            return Validated.failed(List.of(Diagnostic.error("WatchStateUnreadable", "cannot clean the state folder: " + e.getClass().getSimpleName(),
                    "check the folder's permissions", SourceLocation.file(settings.stateFile().toString()))));
        }
        if (!s.feed().isEmpty() && !feed.kind().isEmpty() && !s.feed().equals(feed.kind())) {
            return Validated.failed(List.of(Diagnostic.error("WatchStateOtherFeed", "this state follows a " + s.feed()
                    + " feed, not " + feed.kind(), "give each archive its own --state file", SourceLocation.file(settings.stateFile().toString()))));
        }
        return Validated.of(new Watcher(feed, rules, settings, millis, log, reported, s), List.of());
    }

    public WatchState state() {
        return state;
    }

    /** When the rules differ from those the reported exams were judged against: re-judges them and records the new digest. */
    public Optional<Recheck.Result> recheckIfRulesChanged() throws IOException {
        if (state.rulesDigest().equals(rules.digest())) {
            return Optional.empty();
        }
        if (state.exams().isEmpty()) {
            save(state.withRulesDigest(rules.digest()));
            return Optional.empty();
        }
        Recheck.Result r = Recheck.run(state, archive, rules, settings.out());
        save(r.state());
        return Optional.of(r);
    }

    /** Asks {@link #run()} to return after the exam being judged, if any. */
    public void stop() {
        stop = true;
        synchronized (sleeper) {
            sleeper.notifyAll();
        }
    }

    /** Steps until {@link #stop()}; empty when stopped, the problem when the state or a report cannot be written. */
    public Optional<Diagnostic> run() {
        while (!stop) {
            boolean reachable;
            try {
                reachable = step();
            } catch (IOException e) {
                return Optional.of(Diagnostic.error("WatchOutputNotWritten", "cannot write the state or a report: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage()), "check the --state and -o folders (space, permissions)",
                        SourceLocation.file(settings.stateFile().toString())));
            }
            pause(reachable ? settings.poll() : backoff());
        }
        try {
            saveIfChanged();
        } catch (IOException e) {
            return Optional.of(Diagnostic.error("WatchOutputNotWritten", "cannot write the state: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), "check the --state folder (space, permissions)",
                    SourceLocation.file(settings.stateFile().toString())));
        }
        log.accept(timing());
        log.accept("Stopped; state saved in " + settings.stateFile() + " (cursor " + state.cursor() + ", " + state.pending().size() + " exam(s) pending)");
        return Optional.empty();
    }

    private void pause(Duration d) {
        long until = System.nanoTime() + d.toNanos();
        synchronized (sleeper) {
            while (!stop) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    sleeper.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stop = true;
                }
            }
        }
    }

    /** The poll interval doubled for each failed attempt in a row, at most a minute. */
    Duration backoff() {
        Duration d = settings.poll().multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 16));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    /** "Time: feed polls 1.2 s, QIDO/WADO metadata 30.1 s, …; N exam(s), M instance(s)" since this watcher opened. */
    public String timing() {
        StringBuilder out = new StringBuilder("Time:");
        for (Phase p : Phase.values()) {
            out.append(p.ordinal() == 0 ? " " : ", ").append(p.label).append(' ')
                    .append(String.format(java.util.Locale.ROOT, "%.1f s", spent[p.ordinal()] / 1e9));
        }
        return out.append("; ").append(judged).append(" exam(s) judged, ").append(instances).append(" instance(s)").toString();
    }

    private long since(Phase p, long start) {
        long now = System.nanoTime();
        spent[p.ordinal()] += now - start;
        return now;
    }

    /** One poll and the judgement of the exams now stable; false when the server did not answer. */
    public boolean step() throws IOException {
        ArchiveFeed.Poll poll;
        long t = System.nanoTime();
        try {
            poll = feed.poll(state.cursor(), state.pending());
        } catch (ArchiveFeed.Unavailable e) {
            return unavailable(e);
        } finally {
            since(Phase.POLL, t);
        }
        reachable();
        long now = millis.getAsLong();
        WatchState next = state.withCursor(feed.kind(), poll.cursor());
        for (String uid : poll.gone()) {
            next = next.withoutPending(uid);
            timers.remove(uid);
            log.accept("Exam " + uid + " is no longer on the server: not judged");
        }
        for (Map.Entry<String, WatchState.Pending> e : new java.util.TreeMap<>(poll.seen()).entrySet()) {
            String uid = e.getKey();
            WatchState.Pending p = e.getValue();
            if (!settings.studies().test(uid)) {
                continue;
            }
            WatchState.Exam done = next.exams().get(uid);
            if (done != null && !next.pending().containsKey(uid) && done.fingerprint().equals(p.fingerprint())) {
                continue;
            }
            next = next.withPending(uid, p);
            Seen seen = timers.get(uid);
            if (seen == null || !seen.fingerprint().equals(p.fingerprint())) {
                timers.put(uid, new Seen(p.fingerprint(), now));
            }
        }
        if (!next.equals(state)) {
            state = next; // written with the first exam judged, or below when none is left pending
        }
        List<String> stable = state.pending().keySet().stream()
                .filter(uid -> timers.containsKey(uid) && now - timers.get(uid).since() >= settings.stableAfter().toMillis())
                .sorted(Comparator.comparingLong((String uid) -> timers.get(uid).since()).thenComparing(uid -> uid)).toList();
        for (String uid : stable) {
            if (stop) {
                break;
            }
            if (!judge(uid)) {
                return false;
            }
        }
        if (state.pending().isEmpty()) {
            saveIfChanged();
        }
        return true;
    }

    /** Fetches, stores, judges, publishes and records one exam; false when the server did not answer. */
    private boolean judge(String uid) throws IOException {
        WatchState.Pending p = state.pending().get(uid);
        Optional<List<ObjectNode>> instances;
        long t = System.nanoTime();
        try {
            instances = feed.fetch(uid, p.ref(), rules.inspector().topLevelFilter());
        } catch (ArchiveFeed.Unavailable e) {
            return unavailable(e);
        } finally {
            t = since(Phase.FETCH, t);
        }
        if (instances.isEmpty()) {
            state = state.withoutPending(uid); // written with the next exam; a restart would not see it again either
            timers.remove(uid);
            log.accept("Exam " + uid + " is no longer on the server: not judged");
            return true;
        }
        archive.save(uid, instances.get());
        t = since(Phase.STORE, t);
        Judgement j = Judgement.of(rules, uid, instances.get());
        t = since(Phase.JUDGE, t);
        String folder = "exams/" + ExamArchive.name(uid);
        Path reports = settings.out().resolve(folder);
        boolean written = Judgement.publish(reports, j.texts());
        t = since(Phase.REPORTS, t);
        WatchState.Exam before = state.exams().get(uid);
        // A report already there but not recorded was written by a run killed before it recorded it: one delivery.
        int deliveries = before == null ? 1 : before.deliveries() + (written ? 1 : 0);
        if (settings.writeBack()) {
            try {
                if (!feed.writeBack(p.ref(), j.verdict())) {
                    log.accept("Exam " + uid + ": this server takes no write-back (only Orthanc does)");
                }
            } catch (ArchiveFeed.Unavailable e) {
                return unavailable(e); // stays pending: judged again, its reports found already written
            }
        }
        save(state.withReported(uid, j.recorded(folder, p.ref(), p.fingerprint(), deliveries)));
        judged++;
        this.instances += j.report().dicomFiles();
        timers.remove(uid);
        log.accept("Exam " + uid + " (site " + (j.site().isEmpty() ? "?" : j.site()) + "): " + j.verdict()
                + (written ? "" : " (reports already written)") + " → " + reports.resolve("check-report.html"));
        reported.accept(reports);
        return true;
    }

    private boolean unavailable(ArchiveFeed.Unavailable e) {
        failures++;
        log.accept("Archive unreachable (" + e.getMessage() + "); cursor kept at " + (state.cursor().isEmpty() ? "the start" : state.cursor())
                + "; next attempt in " + backoff().toSeconds() + " s");
        return false;
    }

    private void reachable() {
        if (failures > 0) {
            log.accept("Archive reachable again after " + failures + " failed attempt(s)");
            failures = 0;
        }
    }

    private void save(WatchState s) throws IOException {
        long t = System.nanoTime();
        s.write(settings.stateFile());
        since(Phase.STATE, t);
        state = s;
        saved = s;
    }

    private void saveIfChanged() throws IOException {
        if (state != saved) {
            save(state);
        }
    }
}
