package io.github.diapason.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher's contract ({@code <out>/exams/*}{@code /check-report.json} → {@code <out>/dashboard.html})
 * in the words of the bundles, French and English; every dashboard word exists in both.
 */
class StudyDashboardTest {

    @TempDir
    Path out;

    private void exam(String folder, String uid, String date, String software, double tr, boolean conformant) throws IOException {
        String repeat = conformant ? "" : "\"flair\"";
        Files.createDirectories(out.resolve("exams").resolve(folder));
        Files.writeString(out.resolve("exams").resolve(folder).resolve("check-report.json"), """
                {"conformant": %s, "exams": [{"StudyInstanceUID": "%s", "site": "lyon", "conformant": %s,
                  "examDate": "%s", "softwareVersions": "%s", "sequencesToRepeat": [%s],
                  "series": [{"sequence": "t1w", "values": {"RepetitionTime": %s}}], "findings": []}]}
                """.formatted(conformant, uid, conformant, date, software, repeat, tr));
    }

    @Test
    void the_page_speaks_french_with_french_typography() throws IOException {
        exam("a", "1.1", "2026-01-05", "E11", 2.3, true);
        exam("b", "1.2", "2026-02-05", "XA30", 2.5, false);
        exam("c", "1.3", "", "XA30", 2.5, true);
        assertThat(StudyDashboard.regenerate(out, "fr").diagnostics()).isEmpty();
        String html = Files.readString(out.resolve("dashboard.html"));
        assertThat(html).contains("<html lang=\"fr\">").contains("Examens par centre").contains("Séries à refaire")
                .contains("3 examen(s) reçu(s).").contains("Logiciel changé le 2026-02-05\u202f: XA30")
                .contains("sans date").contains("non reçue").contains(">non conforme</span>").contains(">conforme</span>").contains("<figcaption>t1w · RepetitionTime</figcaption>");
    }

    @Test
    void the_page_speaks_english_and_says_when_there_is_nothing_to_repeat_or_plot() throws IOException {
        exam("a", "1.1", "2026-01-05", "E11", 2.3, true);
        assertThat(StudyDashboard.regenerate(out, "en").value()).contains(out.resolve("dashboard.html"));
        String html = Files.readString(out.resolve("dashboard.html"));
        assertThat(html).contains("<h1>Received exams</h1>").contains("No series to repeat.")
                .contains("No checked value changed over these exams.");
    }

    @Test
    void no_exam_yet_gives_an_empty_page_not_an_error() {
        assertThat(StudyDashboard.regenerate(out, "en").diagnostics()).isEmpty();
        assertThat(out.resolve("dashboard.html")).content().contains("0 exam(s) received.");
    }
}
