package io.github.diapason.conformity.watch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.diapason.conformity.check.LoadedRules;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Re-judges every exam a watcher reported from the metadata it stored ({@link ExamArchive}), without the server,
 * against the rules as they are now (a new protocol version, a site's new scanner period): rewrites the reports
 * whose content changed and lists the exams whose verdict changed, before and after. Pure but for the files.
 */
public final class Recheck {

    private Recheck() {
    }

    /** An exam whose verdict changed. */
    public record Change(String studyInstanceUid, String site, String before, String after) {
        public String line() {
            return "Exam " + studyInstanceUid + " (site " + (site.isEmpty() ? "?" : site) + "): " + before + " → " + after;
        }
    }

    /**
     * @param state     the state to persist: exams updated, the rules digest recorded
     * @param rewritten exams whose reports were rewritten (a verdict or only the recorded rules changed)
     */
    public record Result(WatchState state, int rejudged, int rewritten, List<Change> changed, List<Diagnostic> diagnostics) {
        public Result {
            changed = List.copyOf(changed);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public static Result run(WatchState state, ExamArchive archive, LoadedRules rules, Path out) {
        WatchState next = state;
        List<Change> changed = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int rejudged = 0;
        int rewritten = 0;
        for (Map.Entry<String, WatchState.Exam> e : state.exams().entrySet()) {
            String uid = e.getKey();
            WatchState.Exam before = e.getValue();
            try {
                Optional<List<JsonNode>> instances = archive.load(uid);
                if (instances.isEmpty()) {
                    diagnostics.add(Diagnostic.warning("ExamMetadataMissing", "no stored metadata for exam " + uid + ": not re-judged",
                            "the state folder lost it; the watcher stores it again when the exam changes on the server",
                            SourceLocation.file(archive.folder().toString())));
                    continue;
                }
                Judgement j = Judgement.of(rules, uid, instances.get());
                boolean written = Judgement.publish(out.resolve("exams").resolve(ExamArchive.name(uid)), j.texts());
                rejudged++;
                rewritten += written ? 1 : 0;
                next = next.withExam(uid, j.recorded(before.folder(), before.ref(), before.fingerprint(),
                        before.deliveries() + (written ? 1 : 0)));
                if (!before.verdict().equals(j.verdict())) {
                    changed.add(new Change(uid, j.site(), before.verdict(), j.verdict()));
                }
            } catch (IOException ex) {
                diagnostics.add(Diagnostic.error("RecheckIoError", "cannot re-judge exam " + uid + ": " + ex.getClass().getSimpleName()
                        + (ex.getMessage() == null ? "" : " " + ex.getMessage()), "check the state and output folders",
                        SourceLocation.file(archive.folder().toString())));
            }
        }
        if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
            next = next.withRulesDigest(rules.digest());
        }
        return new Result(next, rejudged, rewritten, changed, diagnostics);
    }
}
