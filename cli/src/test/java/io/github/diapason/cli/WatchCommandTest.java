package io.github.diapason.cli;

import io.github.diapason.compiler.ExitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code diapason watch} and {@code recheck}: usage errors (2) and unreadable inputs (3) as one clear line, before any network. */
class WatchCommandTest {

    @TempDir
    Path dir;

    private String[] watch(String... more) throws IOException {
        String[] base = {"watch", "--dicomweb", "http://127.0.0.1:9/dicom-web", "--rules", CliRun.geRules(dir).toString(),
                "--state", dir.resolve("state.json").toString(), "-o", dir.resolve("out").toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void a_partition_outside_its_count_is_a_usage_error() throws IOException {
        CliRun r = CliRun.of(watch("--partition", "2/2"));
        assertThat(r.status()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(r.err()).contains("--partition");
    }

    @Test
    void an_unknown_feed_is_a_usage_error() throws IOException {
        CliRun r = CliRun.of(watch("--feed", "dimse"));
        assertThat(r.status()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(r.err()).contains("auto, orthanc or qido");
    }

    @Test
    void a_state_file_that_is_not_a_state_is_unreadable_input_and_left_alone() throws IOException {
        Files.writeString(dir.resolve("state.json"), "{\"format\": \"something else\"}");
        CliRun r = CliRun.of(watch());
        assertThat(r.status()).isEqualTo(ExitStatus.UNREADABLE_INPUT.code());
        assertThat(r.err()).contains("WatchStateUnreadable").doesNotContain("Exception");
        assertThat(Files.readString(dir.resolve("state.json"))).contains("something else");
    }

    @Test
    void missing_rules_are_unreadable_input_before_any_request() {
        CliRun r = CliRun.of("watch", "--dicomweb", "http://127.0.0.1:9/dicom-web", "--rules", dir.resolve("none").toString(),
                "--state", dir.resolve("state.json").toString(), "-o", dir.resolve("out").toString());
        assertThat(r.status()).isEqualTo(ExitStatus.UNREADABLE_INPUT.code());
        assertThat(r.err()).contains("RulesNotFound");
    }

    @Test
    void recheck_without_a_state_is_unreadable_input() throws IOException {
        CliRun r = CliRun.of("recheck", "--state", dir.resolve("none.json").toString(), "--rules", CliRun.geRules(dir).toString(),
                "-o", dir.resolve("out").toString());
        assertThat(r.status()).isEqualTo(ExitStatus.UNREADABLE_INPUT.code());
        assertThat(r.err()).contains("WatchStateNotFound");
    }
}
