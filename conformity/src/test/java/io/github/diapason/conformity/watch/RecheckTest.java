package io.github.diapason.conformity.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.conformity.check.LoadedRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A protocol change re-judges the archived exams from their stored metadata, without the server, and lists exactly
 * the exams whose verdict changed: here the washu EPI's prescribed TR changes from 6.1 s (what the exam has) to 3 s.
 */
class RecheckTest {

    @TempDir
    Path tmp;

    @Test
    void a_changed_repetition_time_re_judges_the_archive_and_lists_exactly_the_changed_verdicts() throws IOException {
        Path rules = WatcherTest.rulesOf(tmp.resolve("rules"));
        Path stateFile = tmp.resolve("watch.json");
        Path out = tmp.resolve("out");
        FakeArchive archive = new FakeArchive();
        String washu = archive.receive("siemens-washu");
        String rfsamay = archive.receive("ge-rfsamay");
        long[] now = {0};
        List<String> log = new ArrayList<>();
        Watcher.Settings settings = new Watcher.Settings(stateFile, out, Duration.ofSeconds(1), Duration.ofSeconds(1), false);
        Watcher w = Watcher.open(archive, LoadedRules.read(rules), settings, () -> now[0], log::add, f -> { }).value().orElseThrow();
        w.step();
        now[0] = 1000;
        w.step();
        assertThat(w.state().exams()).containsOnlyKeys(washu, rfsamay);
        String rfsamayReport = Files.readString(out.resolve("exams").resolve(rfsamay).resolve("check-report.json"));

        Path washuRules = rules.resolve("washu/rules.json");
        String before = Files.readString(washuRules);
        String changed = before.replaceFirst("(\"attribute\": \"RepetitionTime\",[^\\]]*\"expected\": \\[\\s*)6\\.1", "$13.0");
        assertThat(changed).isNotEqualTo(before);
        Files.writeString(washuRules, changed);
        archive.up = false; // re-judging needs no server

        LoadedRules newRules = LoadedRules.read(rules);
        Recheck.Result r = Recheck.run(WatchState.read(stateFile).value().orElseThrow(), new ExamArchive(stateFile), newRules, out);

        assertThat(r.rejudged()).isEqualTo(2);
        assertThat(r.changed()).singleElement().satisfies(c -> {
            assertThat(c.studyInstanceUid()).isEqualTo(washu);
            assertThat(c.site()).isEqualTo("washu");
            assertThat(c.before()).isEqualTo("conformant");
            assertThat(c.after()).startsWith("not conformant");
        });
        assertThat(r.state().rulesDigest()).isEqualTo(newRules.digest());
        var report = new ObjectMapper().readTree(out.resolve("exams").resolve(washu).resolve("check-report.json").toFile());
        assertThat(report.path("conformant").asBoolean()).isFalse();
        assertThat(report.path("judgedAgainst").path("rulesDigest").asText()).isEqualTo(newRules.digest());
        assertThat(report.toString()).contains("RepetitionTime");
        // the other site's verdict did not change; only the digest it records did
        assertThat(Files.readString(out.resolve("exams").resolve(rfsamay).resolve("check-report.json")))
                .isNotEqualTo(rfsamayReport).contains("\"conformant\": true");
        assertThat(r.state().exams().get(washu).deliveries()).isEqualTo(2);
    }

    @Test
    void a_watcher_started_with_new_rules_re_judges_before_watching() throws IOException {
        Path rules = WatcherTest.rulesOf(tmp.resolve("rules"));
        Path stateFile = tmp.resolve("watch.json");
        FakeArchive archive = new FakeArchive();
        String washu = archive.receive("siemens-washu");
        Watcher.Settings settings = new Watcher.Settings(stateFile, tmp.resolve("out"), Duration.ZERO, Duration.ofSeconds(1), false);
        Watcher w = Watcher.open(archive, LoadedRules.read(rules), settings, () -> 0, l -> { }, f -> { }).value().orElseThrow();
        assertThat(w.recheckIfRulesChanged()).isEmpty();
        w.step();
        assertThat(w.recheckIfRulesChanged()).isEmpty();

        Files.writeString(rules.resolve("washu/rules.json"), Files.readString(rules.resolve("washu/rules.json"))
                .replaceFirst("(\"attribute\": \"RepetitionTime\",[^\\]]*\"expected\": \\[\\s*)6\\.1", "$13.0"));
        Watcher again = Watcher.open(archive, LoadedRules.read(rules), settings, () -> 0, l -> { }, f -> { }).value().orElseThrow();
        var result = again.recheckIfRulesChanged();
        assertThat(result).isPresent();
        assertThat(result.get().changed()).extracting(Recheck.Change::studyInstanceUid).containsExactly(washu);
        assertThat(WatchState.read(stateFile).value().orElseThrow().rulesDigest()).isEqualTo(LoadedRules.read(rules).digest());
    }
}
