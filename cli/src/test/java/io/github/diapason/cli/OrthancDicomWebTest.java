package io.github.diapason.cli;

import io.github.diapason.conformity.check.CheckReport;
import io.github.diapason.conformity.check.DicomCheck;
import io.github.diapason.conformity.check.ExamReport;
import io.github.diapason.conformity.dicomweb.Credentials;
import io.github.diapason.conformity.dicomweb.DicomWebSource;
import io.github.diapason.diagnostic.Diagnostic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real DICOMweb server in the test: Debian's Orthanc with its DICOMweb plugin, started on a free loopback
 * port with a temporary storage folder and a generated configuration (no DICOM listener, no remote access),
 * fed the real files of the corpus check cases through its REST API ({@code POST /instances}); then
 * {@code check} over DICOMweb must give the same verdicts, series matches and findings as {@code check} on the
 * files. Skipped only when Orthanc or its DICOMweb plugin is not installed (.ci/run installs both).
 */
class OrthancDicomWebTest {

    private static final Path CASES = Path.of("../conformity/src/test/resources/check-cases");
    private static final List<String> CORPUS_CASES = List.of("corpus-siemens-phoenix-report", "corpus-ge-epi-group-delay");

    private static Orthanc orthanc;
    private static Path home;
    private static URI root;

    @BeforeAll
    static void startOrthanc() throws Exception {
        assumeTrue(Orthanc.installed(), Orthanc.NOT_INSTALLED);
        home = Files.createTempDirectory("diapason-orthanc");
        orthanc = Orthanc.start(home);
        root = orthanc.root();
        for (String c : CORPUS_CASES) {
            try (Stream<Path> files = Files.walk(CASES.resolve(c).resolve("dicom"))) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    orthanc.upload(f);
                }
            }
        }
    }

    @AfterAll
    static void stopOrthanc() throws Exception {
        if (orthanc != null) {
            orthanc.close();
        }
        if (home != null) {
            try (Stream<Path> all = Files.walk(home)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void check_over_dicomweb_gives_the_verdicts_of_check_on_the_files() {
        int compared = 0;
        int findings = 0;
        for (String c : CORPUS_CASES) {
            Path rules = CASES.resolve(c).resolve("rules.json");
            CheckReport files = new DicomCheck(1).check(List.of(CASES.resolve(c).resolve("dicom")), rules);
            List<String> studies = files.exams().stream().map(ExamReport::studyInstanceUid).toList();
            assertThat(studies).isNotEmpty();
            DicomWebSource server = new DicomWebSource(root.resolve("/dicom-web"), studies, Optional.empty(), Credentials.NONE,
                    Optional.empty(), Duration.ofSeconds(30), 2);
            CheckReport web = new DicomCheck(1).check(server, rules, done -> { });

            assertThat(web.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::summary).toList()).isEmpty();
            assertThat(web.dicomFiles()).isEqualTo(files.dicomFiles());
            assertThat(verdicts(web)).isEqualTo(verdicts(files));
            compared += files.exams().size();
            findings += files.exams().stream().mapToInt(e -> e.findings().size()).sum();
        }
        assertThat(compared).isGreaterThanOrEqualTo(CORPUS_CASES.size());
        assertThat(findings).as("the cases have findings to agree on").isGreaterThan(0);
    }

    @Test
    void every_study_is_found_through_qido_when_none_is_named() {
        Path rules = CASES.resolve(CORPUS_CASES.get(0)).resolve("rules.json");
        CheckReport web = new DicomCheck(1).check(DicomWebSource.of(root.resolve("/dicom-web/")), rules, done -> { });
        long expected = 0;
        for (String c : CORPUS_CASES) {
            expected += new DicomCheck(1).check(List.of(CASES.resolve(c).resolve("dicom")), rules).dicomFiles();
        }
        assertThat(web.dicomFiles()).isEqualTo(expected);
    }

    @Test
    void since_a_date_after_every_study_finds_none_through_orthancs_qido() {
        Path rules = CASES.resolve(CORPUS_CASES.get(0)).resolve("rules.json");
        DicomWebSource future = new DicomWebSource(root.resolve("/dicom-web"), List.of(), Optional.of(java.time.LocalDate.of(2100, 1, 1)),
                Credentials.NONE, Optional.empty(), Duration.ofSeconds(30), 2);
        CheckReport none = new DicomCheck(1).check(future, rules, done -> { });
        assertThat(none.dicomFiles()).isZero();
        assertThat(none.diagnostics()).noneMatch(Diagnostic::isError);
        DicomWebSource past = new DicomWebSource(root.resolve("/dicom-web"), List.of(), Optional.of(java.time.LocalDate.of(2000, 1, 1)),
                Credentials.NONE, Optional.empty(), Duration.ofSeconds(30), 2);
        assertThat(new DicomCheck(1).check(past, rules, done -> { }).dicomFiles()).isPositive();
    }

    @Test
    void a_server_that_is_not_there_is_a_located_diagnostic() throws IOException {
        Path rules = CASES.resolve(CORPUS_CASES.get(0)).resolve("rules.json");
        DicomWebSource nowhere = new DicomWebSource(URI.create("http://127.0.0.1:" + Orthanc.freeLoopbackPort() + "/dicom-web"), List.of(),
                Optional.empty(), Credentials.NONE, Optional.empty(), Duration.ofSeconds(2), 1);
        CheckReport web = new DicomCheck(1).check(nowhere, rules, done -> { });
        assertThat(web.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("DicomWebUnreachable");
            assertThat(d.location().file()).isEqualTo("dicomweb:/studies?limit=200&offset=0");
        });
    }

    /** What a coordinator reads: per exam the verdict, the series matches and the findings (not where they point). */
    private static List<String> verdicts(CheckReport report) {
        List<String> out = new ArrayList<>();
        for (ExamReport e : report.exams()) {
            out.add(e.studyInstanceUid() + " site=" + e.siteId() + " period=" + e.scannerPeriod() + " conformant=" + e.conformant()
                    + " repeat=" + e.sequencesToRepeat());
            e.matches().forEach(m -> out.add("  " + m.seriesInstanceUid() + " " + m.series() + " -> " + m.sequence() + " by " + m.by()
                    + " conformant=" + m.conformant()));
            e.findings().forEach(f -> out.add("  " + f.severity() + " " + f.code() + " " + f.message() + " @" + f.location().path()));
        }
        out.sort(null);
        return out;
    }
}
