package io.github.diapason.cli;

import io.github.diapason.compiler.ExitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code diapason watch} and {@code recheck}: usage errors (2) and unreadable inputs (3) as one clear line, before any network. */
class WatchCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new DiapasonCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    private Path rules() throws IOException {
        Path rules = dir.resolve("rules.json");
        Files.copy(Path.of("../conformity/src/test/resources/check-cases/corpus-ge-epi-group-delay/rules.json"), rules);
        return rules;
    }

    private String[] watch(String... more) throws IOException {
        String[] base = {"watch", "--dicomweb", "http://127.0.0.1:9/dicom-web", "--rules", rules().toString(),
                "--state", dir.resolve("state.json").toString(), "-o", dir.resolve("out").toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void a_partition_outside_its_count_is_a_usage_error() throws IOException {
        assertThat(run(watch("--partition", "2/2"))).isEqualTo(ExitStatus.USAGE.code());
        assertThat(err.toString()).contains("--partition");
    }

    @Test
    void an_unknown_feed_is_a_usage_error() throws IOException {
        assertThat(run(watch("--feed", "dimse"))).isEqualTo(ExitStatus.USAGE.code());
        assertThat(err.toString()).contains("auto, orthanc or qido");
    }

    @Test
    void a_state_file_that_is_not_a_state_is_unreadable_input_and_left_alone() throws IOException {
        Files.writeString(dir.resolve("state.json"), "{\"format\": \"something else\"}");
        assertThat(run(watch())).isEqualTo(ExitStatus.UNREADABLE_INPUT.code());
        assertThat(err.toString()).contains("WatchStateUnreadable").doesNotContain("Exception");
        assertThat(Files.readString(dir.resolve("state.json"))).contains("something else");
    }

    @Test
    void missing_rules_are_unreadable_input_before_any_request() {
        assertThat(run("watch", "--dicomweb", "http://127.0.0.1:9/dicom-web", "--rules", dir.resolve("none").toString(),
                "--state", dir.resolve("state.json").toString(), "-o", dir.resolve("out").toString())).isEqualTo(ExitStatus.UNREADABLE_INPUT.code());
        assertThat(err.toString()).contains("RulesNotFound");
    }

    @Test
    void recheck_without_a_state_is_unreadable_input() throws IOException {
        assertThat(run("recheck", "--state", dir.resolve("none.json").toString(), "--rules", rules().toString(),
                "-o", dir.resolve("out").toString())).isEqualTo(ExitStatus.UNREADABLE_INPUT.code());
        assertThat(err.toString()).contains("WatchStateNotFound");
    }
}
