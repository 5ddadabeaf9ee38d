package io.github.diapason.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code diapason watch} against a real Orthanc, the command in its own JVM (as a coordinating centre runs it):
 * exams uploaded while it watches are each reported once, with the verdict written back; the archive killed and
 * restarted, the watcher killed with {@code kill -9} and restarted: every exam is reported exactly once (one report
 * folder each, one delivery each in the state); SIGTERM stops it with status 0. The exams are real corpus exams
 * (Siemens site washu, GE site rfsamay), copied with new UIDs ({@link Reidentified}). Waits are bounded (60 s),
 * never asserted on; the stable time (3 s) is far above the time between two uploads of one exam, so that an exam is
 * not judged half-received even on a loaded machine (it would then be judged again, a second delivery).
 */
class WatchOrthancTest {

    private static final Path CASES = Path.of("../conformity/src/test/resources/check-cases");
    private static final Path SIEMENS = CASES.resolve("corpus-siemens-phoenix-report/dicom");
    private static final Path GE = CASES.resolve("corpus-ge-epi-group-delay/dicom");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Orthanc orthanc;
    Path rules;
    Path state;
    Path out;
    final List<Process> children = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Orthanc.installed(), Orthanc.NOT_INSTALLED);
        orthanc = Orthanc.start(Files.createDirectories(dir.resolve("orthanc")));
        rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("washu"));
        Files.createDirectories(rules.resolve("rfsamay"));
        Files.copy(CASES.resolve("corpus-siemens-phoenix-report/rules.json"), rules.resolve("washu/rules.json"));
        Files.copy(CASES.resolve("corpus-ge-epi-group-delay/rules.json"), rules.resolve("rfsamay/rules.json"));
        state = dir.resolve("state/watch.json");
        out = dir.resolve("out");
    }

    @AfterEach
    void stop() throws Exception {
        for (Process p : children) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (orthanc != null) {
            orthanc.close();
        }
    }

    private Process watcher(String log, String... more) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DiapasonCommand.class.getName(), "watch",
                "--dicomweb", orthanc.dicomweb().toString(), "--rules", rules.toString(), "--state", state.toString(),
                "-o", out.toString(), "--stable-after", "3", "--poll", "1", "--retries", "0", "--timeout", "5"));
        command.addAll(List.of(more));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile()).start();
        children.add(p);
        return p;
    }

    private void upload(Path exam) throws Exception {
        try (Stream<Path> files = Files.walk(exam)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                orthanc.upload(f);
            }
        }
    }

    private List<String> reportFolders() throws IOException {
        if (!Files.isDirectory(out.resolve("exams"))) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(out.resolve("exams"))) {
            return s.filter(p -> Files.isRegularFile(p.resolve("check-report.json"))).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private JsonNode state() throws IOException {
        return JSON.readTree(state.toFile());
    }

    private void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 60 s for " + what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private boolean logSays(String log, String text) {
        try {
            return Files.exists(dir.resolve(log)) && Files.readString(dir.resolve(log)).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private int reported() {
        try {
            return reportFolders().size();
        } catch (IOException e) {
            return 0;
        }
    }

    @Test
    void exams_uploaded_while_watching_are_reported_once_written_back_and_sigterm_exits_0() throws Exception {
        Process w = watcher("watch.log", "--write-back");
        await("the watcher to start", () -> logSays("watch.log", "Watching "));
        String siemens = Reidentified.copy(SIEMENS, 1, dir.resolve("exams/siemens"));
        String ge = Reidentified.copy(GE, 2, dir.resolve("exams/ge"));
        upload(dir.resolve("exams/siemens"));
        await("the Siemens exam's report", () -> reported() == 1);
        upload(dir.resolve("exams/ge"));
        await("the GE exam's report", () -> reported() == 2);
        await("the state to record both", () -> {
            try {
                return state().path("exams").size() == 2;
            } catch (IOException e) {
                return false;
            }
        });

        w.destroy(); // SIGTERM
        assertThat(w.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(w.exitValue()).isZero();
        String log = Files.readString(dir.resolve("watch.log"));
        assertThat(log).contains("Stopped; state saved").doesNotContain("Exception").doesNotContain("\tat ");

        assertThat(reportFolders()).containsExactlyInAnyOrder(siemens, ge);
        JsonNode s = state();
        assertThat(s.path("feed").asText()).isEqualTo("orthanc");
        assertThat(s.path("pending").size()).isZero();
        for (String uid : List.of(siemens, ge)) {
            JsonNode exam = s.path("exams").path(uid);
            assertThat(exam.path("deliveries").asInt()).isEqualTo(1);
            assertThat(exam.path("verdict").asText()).isEqualTo("conformant");
            assertThat(orthanc.get("/studies/" + exam.path("ref").asText() + "/metadata/DiapasonVerdict")).isEqualTo("conformant");
            JsonNode report = JSON.readTree(out.resolve("exams").resolve(uid).resolve("check-report.json").toFile());
            assertThat(report.path("exams").get(0).path("StudyInstanceUID").asText()).isEqualTo(uid);
            assertThat(report.path("judgedAgainst").path("protocolVersion").asText()).isEqualTo("1.0.0");
            assertThat(log.lines().filter(l -> l.startsWith("Exam " + uid + " (site"))).hasSize(1);
        }
        assertThat(Files.exists(dir.resolve("state/watch.json.exams").resolve(siemens + ".json.gz"))).isTrue();
    }

    @Test
    void the_qido_feed_any_dicomweb_server_offers_reports_an_exam_once_and_fingerprints_it_by_its_instance_count() throws Exception {
        String ge = Reidentified.copy(GE, 3, dir.resolve("exams/ge"));
        upload(dir.resolve("exams/ge"));
        Process w = watcher("qido.log", "--feed", "qido");
        await("the GE exam's report", () -> reported() == 1);
        await("the state to record it", () -> {
            try {
                return state().path("exams").size() == 1;
            } catch (IOException e) {
                return false;
            }
        });
        w.destroy();
        assertThat(w.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(w.exitValue()).isZero();
        JsonNode s = state();
        assertThat(s.path("feed").asText()).isEqualTo("qido");
        assertThat(s.path("exams").path(ge).path("fingerprint").asText()).isEqualTo("4"); // NumberOfStudyRelatedInstances
        assertThat(s.path("exams").path(ge).path("deliveries").asInt()).isEqualTo(1);
    }

    @Test
    void every_exam_is_reported_exactly_once_when_the_archive_and_the_watcher_are_killed_mid_run() throws Exception {
        Map<String, Path> exams = new TreeMap<>();
        for (int n = 0; n < 8; n++) {
            Path folder = dir.resolve("exams/" + n);
            exams.put(Reidentified.copy(n % 2 == 0 ? SIEMENS : GE, 100 + n, folder), folder);
        }
        List<Path> folders = List.copyOf(exams.values());

        Process first = watcher("first.log");
        for (Path f : folders.subList(0, 4)) {
            upload(f);
        }
        await("a first report", () -> reported() >= 1);
        orthanc.kill();
        await("the watcher to notice the archive is gone", () -> logSays("first.log", "Archive unreachable"));
        orthanc.restart();
        await("the watcher to reach the archive again", () -> logSays("first.log", "Archive reachable again"));
        for (Path f : folders.subList(4, 8)) {
            upload(f);
        }
        int before = reported();
        await("a report after the restart", () -> reported() > before);
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9, just after a report appeared

        Process second = watcher("second.log");
        await("every exam's report", () -> reported() == exams.size());
        await("the state to record every exam", () -> {
            try {
                return state().path("exams").size() == exams.size() && state().path("pending").isEmpty();
            } catch (IOException e) {
                return false;
            }
        });
        second.destroy();
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isZero();

        assertThat(reportFolders()).containsExactlyElementsOf(exams.keySet());
        JsonNode s = state();
        String logs = Files.readString(dir.resolve("first.log")) + Files.readString(dir.resolve("second.log"));
        for (String uid : exams.keySet()) {
            assertThat(s.path("exams").path(uid).path("deliveries").asInt()).as("deliveries of %s", uid).isEqualTo(1);
            long fresh = logs.lines().filter(l -> l.startsWith("Exam " + uid + " (site") && !l.contains("reports already written")).count();
            long any = logs.lines().filter(l -> l.startsWith("Exam " + uid + " (site")).count();
            assertThat(fresh).as("reports of %s written", uid).isLessThanOrEqualTo(1);
            assertThat(any).as("%s reported", uid).isPositive();
        }
        try (Stream<Path> all = Stream.concat(Files.walk(out), Files.walk(state.getParent()))) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        assertThat(logs).doesNotContain("Exception:").doesNotContain("\tat ");
    }
}
