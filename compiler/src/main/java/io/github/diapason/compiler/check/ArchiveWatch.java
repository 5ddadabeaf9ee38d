package io.github.diapason.compiler.check;

import io.github.diapason.compiler.WatchRequest;
import io.github.diapason.conformity.check.LoadedRules;
import io.github.diapason.conformity.dashboard.Dashboard;
import io.github.diapason.conformity.watch.ArchiveFeed;
import io.github.diapason.conformity.watch.ArchiveFeeds;
import io.github.diapason.conformity.watch.ExamArchive;
import io.github.diapason.conformity.watch.Recheck;
import io.github.diapason.conformity.watch.WatchState;
import io.github.diapason.conformity.watch.Watcher;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code watch} and {@code recheck} behind the core API: the rules, the state and the feed read and checked once,
 * every problem a diagnostic; the running itself (and stopping it) belongs to the returned {@link Watcher}.
 */
public final class ArchiveWatch {

    /** A watcher ready to {@link Watcher#run()}, or why not. */
    public Validated<Watcher> open(WatchRequest request, Consumer<String> log, Consumer<Path> reported) {
        LoadedRules rules = LoadedRules.read(request.rules());
        if (!rules.usable()) {
            return Validated.failed(rules.diagnostics());
        }
        Validated<WatchState> state = WatchState.read(request.state());
        if (state.value().isEmpty()) {
            return Validated.failed(state.diagnostics());
        }
        Validated<ArchiveFeed> feed = ArchiveFeeds.open(request.server(), request.feed(), state.value().get().feed());
        if (feed.value().isEmpty()) {
            return Validated.failed(feed.diagnostics());
        }
        Watcher.Settings settings = new Watcher.Settings(request.state(), request.outputDirectory(), request.stableAfter(), request.poll(),
                request.writeBack(), request.partitions() == 1 ? null : Watcher.partition(request.partition(), request.partitions()));
        long start = System.nanoTime();
        Dashboard.ReportCache reports = new Dashboard.ReportCache();
        Consumer<Path> thenDashboard = folder -> {
            reported.accept(folder);
            dashboard(request.outputDirectory(), reports, log);
        };
        return Watcher.open(feed.value().get(), rules, settings, () -> (System.nanoTime() - start) / 1_000_000, log, thenDashboard);
    }

    /** The study's dashboard regenerated from every exam report written so far; a problem with it is a line of the log, never a stop. */
    private static void dashboard(Path outputDirectory, Dashboard.ReportCache reports, Consumer<String> log) {
        StudyDashboard.regenerate(outputDirectory, StudyDashboard.DEFAULT_LANGUAGE, reports).diagnostics()
                .forEach(d -> log.accept(d.summary()));
    }

    /** Re-judges the exams of a state from their stored metadata against {@code rules}; the state is then rewritten. */
    public Validated<Recheck.Result> recheck(Path stateFile, Path rulesPath, Path outputDirectory) {
        LoadedRules rules = LoadedRules.read(rulesPath);
        if (!rules.usable()) {
            return Validated.failed(rules.diagnostics());
        }
        if (!stateFile.toFile().isFile()) {
            return Validated.failed(List.of(Diagnostic.error("WatchStateNotFound", "no watch state here",
                    "give the --state file of a watcher", SourceLocation.file(stateFile.toString()))));
        }
        Validated<WatchState> state = WatchState.read(stateFile);
        if (state.value().isEmpty()) {
            return Validated.failed(state.diagnostics());
        }
        Recheck.Result result = Recheck.run(state.value().get(), new ExamArchive(stateFile), rules, outputDirectory);
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        diagnostics.addAll(StudyDashboard.regenerate(outputDirectory, StudyDashboard.DEFAULT_LANGUAGE).diagnostics());
        try {
            result.state().write(stateFile);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("WatchStateNotWritten", "cannot write the watch state: " + e.getClass().getSimpleName(),
                    "check the folder's space and permissions", SourceLocation.file(stateFile.toString())));
        }
        return Validated.of(result, diagnostics);
    }
}
