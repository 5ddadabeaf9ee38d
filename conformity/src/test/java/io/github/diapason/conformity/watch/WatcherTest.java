package io.github.diapason.conformity.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.conformity.check.LoadedRules;
import io.github.diapason.conformity.check.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watcher's loop over a fake archive and a fake clock, on two real exams of the corpus (a Siemens exam of
 * site washu, a GE exam of site rfsamay) and their sites' rules from the check cases.
 */
class WatcherTest {

    static final Path CASES = Path.of("src/test/resources/check-cases");
    private static final Duration STABLE = Duration.ofSeconds(5);

    @TempDir
    Path tmp;
    Path rules;
    Path stateFile;
    Path out;
    long now;
    final List<String> log = new ArrayList<>();
    final FakeArchive archive = new FakeArchive();

    @BeforeEach
    void rules() throws IOException {
        rules = rulesOf(tmp.resolve("rules"));
        stateFile = tmp.resolve("state/watch.json");
        out = tmp.resolve("out");
    }

    /** The two corpus sites' rules.json in one folder, as a study's generated outputs hold them. */
    static Path rulesOf(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("washu"));
        Files.createDirectories(folder.resolve("rfsamay"));
        Files.copy(CASES.resolve("corpus-siemens-phoenix-report/rules.json"), folder.resolve("washu/rules.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(CASES.resolve("corpus-ge-epi-group-delay/rules.json"), folder.resolve("rfsamay/rules.json"), StandardCopyOption.REPLACE_EXISTING);
        return folder;
    }

    Watcher watcher(boolean writeBack) {
        return Watcher.open(archive, LoadedRules.read(rules), new Watcher.Settings(stateFile, out, STABLE, Duration.ofSeconds(1), writeBack),
                () -> now, log::add, folder -> { }).value().orElseThrow();
    }

    /** A watcher that has polled the archive once: the exams received so far are pending. */
    Watcher polled(boolean writeBack) throws IOException {
        Watcher w = watcher(writeBack);
        w.step();
        return w;
    }

    /** The corpus exam received, polled, then judged once stable by a new watcher; its StudyInstanceUID. */
    String judged(String exam, boolean writeBack) throws IOException {
        String uid = archive.receive(exam);
        Watcher w = polled(writeBack);
        now = STABLE.toMillis();
        w.step();
        return uid;
    }

    List<String> reportFolders() throws IOException {
        if (!Files.isDirectory(out.resolve("exams"))) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(out.resolve("exams"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void an_exam_is_judged_once_no_instance_arrived_for_the_stable_time() throws IOException {
        String uid = archive.receive("siemens-washu");
        Watcher w = polled(false);
        assertThat(w.state().pending()).containsKey(uid);
        now = STABLE.toMillis() - 1;
        w.step();
        assertThat(reportFolders()).isEmpty();
        now = STABLE.toMillis();
        w.step();
        assertThat(reportFolders()).containsExactly(uid);
        assertThat(Files.list(out.resolve("exams").resolve(uid)).map(p -> p.getFileName().toString()).sorted().toList())
                .containsExactlyElementsOf(Reports.FILES);
        assertThat(w.state().pending()).isEmpty();
        assertThat(w.state().exams().get(uid).deliveries()).isEqualTo(1);
        assertThat(w.state().exams().get(uid).verdict()).isEqualTo("conformant");
    }

    @Test
    void a_new_instance_starts_the_stable_time_again() throws IOException {
        String uid = archive.receive("ge-rfsamay");
        Watcher w = polled(false);
        now = 3_000;
        archive.touch(uid);
        w.step();
        now = 7_000; // 7 s after the first instance, 4 s after the last
        w.step();
        assertThat(reportFolders()).isEmpty();
        now = 8_000;
        w.step();
        assertThat(reportFolders()).containsExactly(uid);
    }

    @Test
    void a_restarted_watcher_reports_nothing_again() throws IOException {
        String a = archive.receive("siemens-washu");
        String b = archive.receive("ge-rfsamay");
        Watcher first = polled(false);
        now = STABLE.toMillis();
        first.step();
        assertThat(reportFolders()).containsExactlyInAnyOrder(a, b);

        Watcher second = watcher(false);
        now += STABLE.toMillis() * 3;
        second.step();
        second.step();
        assertThat(archive.fetches).containsEntry(a, 1).containsEntry(b, 1);
        assertThat(second.state().exams().values()).allMatch(e -> e.deliveries() == 1);
    }

    @Test
    void a_watcher_killed_after_writing_the_reports_but_before_recording_them_delivers_them_once() throws IOException {
        String uid = archive.receive("siemens-washu");
        Watcher first = polled(false);
        assertThat(stateFile).as("the poll's cursor and pending exam are written with the exam").doesNotExist();
        now = STABLE.toMillis();
        first.step();
        Path json = out.resolve("exams").resolve(uid).resolve("check-report.json");
        var written = Files.getLastModifiedTime(json);
        String text = Files.readString(json);
        Files.delete(stateFile); // the state as kill -9 left it before the exam was recorded: none written yet

        Watcher restarted = watcher(false);
        now += 1;
        restarted.step(); // polled again from the start: the feed names the exam again
        assertThat(restarted.state().pending()).containsKey(uid);
        now += STABLE.toMillis();
        restarted.step();
        assertThat(restarted.state().pending()).isEmpty();
        assertThat(restarted.state().exams().get(uid).deliveries()).isEqualTo(1);
        assertThat(Files.readString(json)).isEqualTo(text);
        assertThat(Files.getLastModifiedTime(json)).isEqualTo(written);
        assertThat(log).anyMatch(l -> l.contains(uid) && l.contains("reports already written"));
    }

    @Test
    void a_server_away_is_logged_backed_off_and_the_cursor_kept_until_it_answers() throws IOException {
        String uid = archive.receive("siemens-washu");
        Watcher w = polled(false);
        String cursor = w.state().cursor();
        archive.up = false;
        now = STABLE.toMillis();
        assertThat(w.step()).isFalse();
        assertThat(w.step()).isFalse();
        assertThat(w.backoff()).isEqualTo(Duration.ofSeconds(2));
        assertThat(w.step()).isFalse();
        assertThat(w.backoff()).isEqualTo(Duration.ofSeconds(4));
        assertThat(w.state().cursor()).isEqualTo(cursor);
        assertThat(WatchState.read(stateFile).value().orElseThrow()).as("nothing written past the exam").isEqualTo(WatchState.empty());
        assertThat(log).filteredOn(l -> l.startsWith("Archive unreachable")).hasSize(3)
                .allMatch(l -> l.contains("cursor kept at " + cursor) && !l.contains("Exception:") && !l.contains("\tat "));
        archive.up = true;
        assertThat(w.step()).isTrue();
        assertThat(log).anyMatch(l -> l.equals("Archive reachable again after 3 failed attempt(s)"));
        assertThat(reportFolders()).containsExactly(uid);
    }

    @Test
    void each_report_records_the_protocol_version_and_the_rules_digest() throws IOException {
        String uid = judged("ge-rfsamay", false);
        JsonNode report = new ObjectMapper().readTree(out.resolve("exams").resolve(uid).resolve("check-report.json").toFile());
        assertThat(report.path("judgedAgainst").path("study").asText()).isEqualTo("corpus");
        assertThat(report.path("judgedAgainst").path("protocolVersion").asText()).isEqualTo("1.0.0");
        assertThat(report.path("judgedAgainst").path("rulesDigest").asText()).matches("sha256:[0-9a-f]{64}")
                .isEqualTo(LoadedRules.read(rules).digest());
        assertThat(Files.readString(out.resolve("exams").resolve(uid).resolve("check-report.html"))).contains("Judged against corpus 1.0.0");
    }

    @Test
    void a_report_with_what_it_was_judged_against_follows_the_published_schema() throws IOException {
        String uid = judged("siemens-washu", false);
        ObjectMapper json = new ObjectMapper();
        var schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(json.readTree(Reports.schemaText()));
        assertThat(schema.validate(json.readTree(out.resolve("exams").resolve(uid).resolve("check-report.json").toFile()))).isEmpty();
    }

    @Test
    void partitions_of_several_watchers_take_every_exam_once() {
        List<String> uids = java.util.stream.IntStream.range(0, 400).mapToObj(i -> "1.2.826.0.1.3680043.8.498." + i).toList();
        int[] taken = new int[uids.size()];
        int[] perPartition = new int[4];
        for (int p = 0; p < 4; p++) {
            var mine = Watcher.partition(p, 4);
            for (int i = 0; i < uids.size(); i++) {
                if (mine.test(uids.get(i))) {
                    taken[i]++;
                    perPartition[p]++;
                }
            }
        }
        assertThat(taken).containsOnly(1);
        assertThat(java.util.Arrays.stream(perPartition).min().orElseThrow()).as("spread, not all in one").isGreaterThan(50);
    }

    @Test
    void an_exam_outside_the_watchers_partition_is_left_to_the_others() throws IOException {
        String uid = archive.receive("siemens-washu");
        int mine = java.util.stream.IntStream.range(0, 2).filter(p -> Watcher.partition(p, 2).test(uid)).findFirst().orElseThrow();
        Watcher other = Watcher.open(archive, LoadedRules.read(rules), new Watcher.Settings(stateFile, out, STABLE, Duration.ofSeconds(1),
                false, Watcher.partition(1 - mine, 2)), () -> now, log::add, f -> { }).value().orElseThrow();
        other.step();
        now = STABLE.toMillis();
        other.step();
        assertThat(other.state().pending()).isEmpty();
        assertThat(reportFolders()).isEmpty();
        assertThat(WatchState.read(stateFile).value().orElseThrow().cursor()).as("a cursor past others' exams only is written")
                .isEqualTo(other.state().cursor()).isNotEmpty();
    }

    @Test
    void the_state_is_written_once_with_the_exam_reported_the_cursor_and_the_exams_still_pending() throws IOException {
        String first = archive.receive("siemens-washu");
        Watcher w = polled(false);
        assertThat(stateFile).doesNotExist();
        now = 3_000;
        String second = archive.receive("ge-rfsamay");
        w.step();
        assertThat(stateFile).doesNotExist();
        now = STABLE.toMillis();
        w.step();
        WatchState written = WatchState.read(stateFile).value().orElseThrow();
        assertThat(written.exams()).containsOnlyKeys(first);
        assertThat(written.pending()).containsOnlyKeys(second);
        assertThat(written.cursor()).isEqualTo(w.state().cursor()).isEqualTo("2");
    }

    @Test
    void a_stopped_watcher_writes_the_exams_it_saw_pending() throws IOException {
        String uid = archive.receive("siemens-washu");
        Watcher w = polled(false);
        w.stop();
        assertThat(w.run()).isEmpty();
        assertThat(WatchState.read(stateFile).value().orElseThrow().pending()).containsOnlyKeys(uid);
        assertThat(log).anyMatch(l -> l.startsWith("Stopped; state saved") && l.contains("1 exam(s) pending"));
    }

    @Test
    void an_exam_deleted_before_it_is_stable_is_dropped_not_judged() throws IOException {
        String uid = archive.receive("ge-rfsamay");
        Watcher w = polled(false);
        archive.delete(uid);
        now = STABLE.toMillis();
        w.step();
        assertThat(w.state().pending()).isEmpty();
        assertThat(reportFolders()).isEmpty();
        assertThat(log).anyMatch(l -> l.contains(uid) && l.contains("no longer on the server"));
    }

    @Test
    void the_verdict_is_written_back_only_when_asked() throws IOException {
        String uid = judged("siemens-washu", true);
        assertThat(archive.writtenBack).containsExactly("ref-" + uid + " conformant");
    }

    @Test
    void a_state_of_another_feed_is_refused() throws IOException {
        Files.createDirectories(stateFile.getParent());
        WatchState.empty().withCursor("qido", "").write(stateFile);
        var opened = Watcher.open(archive, LoadedRules.read(rules), new Watcher.Settings(stateFile, out, STABLE, Duration.ofSeconds(1), false),
                () -> now, log::add, f -> { });
        assertThat(opened.value()).isEmpty();
        assertThat(opened.diagnostics()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("WatchStateOtherFeed"));
    }
}
