package io.github.diapason.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * A one-line progress bar on the terminal for long DICOM runs: files are counted first (a
 * directory walk, cheap next to reading headers), then the bar is redrawn at most ten times a
 * second. Shown only when a person is watching (an interactive console) and the run is long
 * enough to need it; silent in CI and pipes, so reports and logs stay clean.
 */
final class ProgressBar implements LongConsumer {

    static final long MINIMUM_FILES = 2_000;
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final long total;
    private final long started = System.nanoTime();
    private volatile long lastDraw;

    private ProgressBar(PrintWriter err, long total) {
        this.err = err;
        this.total = total;
    }

    /** A bar when the console is interactive and the inputs hold many files, else a listener that does nothing. */
    static LongConsumer forInputs(List<Path> inputs, PrintWriter err, boolean interactive) {
        if (!interactive) {
            return done -> { };
        }
        long total = 0;
        for (Path input : inputs) {
            try (Stream<Path> walk = Files.walk(input)) {
                total += walk.filter(Files::isRegularFile).count();
            } catch (IOException | java.io.UncheckedIOException e) {
                // The inspection itself reports unreadable inputs; the bar just counts what it can.
            }
        }
        return total < MINIMUM_FILES ? done -> { } : new ProgressBar(err, total);
    }

    @Override
    public void accept(long done) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        synchronized (this) {
            lastDraw = now;
            err.print("\r" + line(done, total, (now - started) / 1e9));
            if (done >= total) {
                err.println();
            }
            err.flush();
        }
    }

    static String line(long done, long total, double seconds) {
        int filled = (int) Math.min(WIDTH, WIDTH * done / Math.max(1, total));
        double rate = seconds > 0 ? done / seconds : 0;
        return String.format(Locale.ROOT, "[%s%s] %d/%d files, %.0f files/s", "#".repeat(filled),
                ".".repeat(WIDTH - filled), done, total, rate);
    }
}
