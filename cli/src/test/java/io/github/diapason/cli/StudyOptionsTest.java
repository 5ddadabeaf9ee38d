package io.github.diapason.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.compiler.ExitStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The study folder and {@code --date} are declared once ({@link StudyFolder}, {@link DateOption}) and read alike by every command. */
class StudyOptionsTest {

    private static final String STUDY = Path.of("..", "examples", "spine-generic").toString();

    @TempDir
    Path dir;

    private String[] command(String name, String... more) {
        String out = dir.resolve("out").toString();
        String[] head = switch (name) {
            case "validate" -> new String[] {"validate", STUDY};
            case "generate" -> new String[] {"generate", STUDY, "-o", out, "--no-pdf"};
            case "diff" -> new String[] {"diff", STUDY, "--baseline", STUDY, "-o", out};
            case "qualify" -> new String[] {"qualify", STUDY, "--site", "mr750-dv2x", "-o", out, STUDY};
            default -> throw new IllegalArgumentException(name);
        };
        String[] all = java.util.Arrays.copyOf(head, head.length + more.length);
        System.arraycopy(more, 0, all, head.length, more.length);
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "generate", "diff", "qualify"})
    void a_date_that_is_not_a_calendar_date_is_a_usage_error_naming_the_option(String name) {
        CliRun r = CliRun.of(command(name, "--date", "2026-13-45"));
        assertThat(r.status()).as(r.err()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(r.err()).contains("--date '2026-13-45' is not a calendar date").doesNotContain("Exception");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"generate", "diff", "qualify"})
    void the_help_shows_the_study_folder_first_and_the_date_option(String name) {
        CliRun r = CliRun.of("help", name);
        assertThat(r.out()).contains("<study-dir>").contains("--date=<yyyy-mm-dd>")
                .contains("The study folder (protocol + sites/).").contains("Date that selects each site's scanner period");
        assertThat(r.out().indexOf("<study-dir>")).isLessThan(r.out().indexOf("Date that selects"));
    }
}
