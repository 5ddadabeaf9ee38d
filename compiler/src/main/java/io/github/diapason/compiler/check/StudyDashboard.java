package io.github.diapason.compiler.check;

import io.github.diapason.compiler.words.Messages;
import io.github.diapason.conformity.dashboard.Dashboard;
import io.github.diapason.conformity.dashboard.DashboardExam;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The study's dashboard ({@link Dashboard}) in the words of the message bundles. {@link #regenerate}
 * is the watcher's contract: {@code <out>/exams/*}{@code /check-report.json} → {@code <out>/dashboard.html};
 * {@link #write} gives the page of one run's exams (after {@code check -o <dir>}). A page that cannot
 * be written is a warning: the exam reports, which matter more, are already there.
 */
public final class StudyDashboard {

    /** The language of the page when none is asked for. */
    public static final String DEFAULT_LANGUAGE = "en";

    private StudyDashboard() {
    }

    /** Rewrites {@code <out>/dashboard.html} from every exam report under {@code <out>/exams/}. */
    public static Validated<Path> regenerate(Path out, String language) {
        return regenerate(out, language, new Dashboard.ReportCache());
    }

    /** The same, parsing only the reports {@code cache} has not read as they are now (the watcher's, once per exam). */
    public static Validated<Path> regenerate(Path out, String language, Dashboard.ReportCache cache) {
        Validated<List<DashboardExam>> exams = cache.read(out);
        Validated<Path> written = write(out, exams.value().orElse(List.of()), language);
        List<Diagnostic> all = new ArrayList<>(exams.diagnostics());
        all.addAll(written.diagnostics());
        return new Validated<>(written.value(), all);
    }

    /** Writes {@code <out>/dashboard.html} for {@code exams}. */
    public static Validated<Path> write(Path out, List<DashboardExam> exams, String language) {
        Messages words = Messages.builtIn(language);
        try {
            return Validated.of(Dashboard.write(out, Dashboard.render(exams, words::get, words.language())), List.of());
        } catch (IOException e) {
            return new Validated<>(Optional.empty(), List.of(Diagnostic.warning("DashboardNotWritten",
                    "cannot write the dashboard: " + e.getClass().getSimpleName(),
                    "choose an output folder you can write to", SourceLocation.file(out.resolve(Dashboard.FILE).toString()))));
        }
    }
}
