package io.github.diapason.conformity.inspect;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.conformity.dicom.DicomJsonReader;
import io.github.diapason.conformity.dicom.DicomQaCorpus;
import io.github.diapason.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One extractor, two sources: the real corpus read as Part 10 files and the same files as DICOM JSON
 * (PS3.18, written by pydicom's {@code to_json_dict}, an independent writer; private binary blocks such
 * as the Siemens CSA header as InlineBinary, sequences as arrays of objects) inspect to the same series,
 * field by field. Skipped when Debian's python3-pydicom is not installed.
 */
class DicomJsonAgreesWithFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void the_corpus_as_dicom_json_inspects_to_the_same_series_as_the_files() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")) && pydicomInstalled(),
                "python3-pydicom is not installed (apt-get install python3-pydicom): the DICOM JSON writer of this test");
        Path corpus = DicomQaCorpus.dicom();
        Path json = tmp.resolve("json");
        Path script = tmp.resolve("pydicom_to_json.py");
        try (var in = getClass().getResourceAsStream("pydicom_to_json.py")) {
            Files.copy(Objects.requireNonNull(in), script);
        }
        Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), corpus.toString(), json.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String failed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(600, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        // pydicom reads every file of the corpus: both sources then see the same files
        assertThat(failed).isEmpty();

        Inspection files = new Inspector().inspect(List.of(corpus));
        Inspection dicomJson = new Inspector().inspect((headers, problems) -> {
            try (Stream<Path> walk = Files.walk(json)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String rel = json.relativize(f).toString();
                    String original = corpus.resolve(rel.substring(0, rel.length() - ".json".length())).toString();
                    headers.accept(new DicomJsonReader().read(JSON.readTree(f.toFile()), original));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        assertThat(files.series()).hasSizeGreaterThan(50);
        assertThat(dicomJson.dicomFiles()).isEqualTo(files.dicomFiles());
        assertThat(keys(dicomJson)).isEqualTo(keys(files));
        Map<String, SeriesValues> theirs = bySeries(dicomJson);
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (SeriesValues mine : files.series()) {
            SeriesValues other = theirs.get(mine.seriesInstanceUid());
            if (!Objects.equals(mine.studyDate(), other.studyDate()) || !mine.file().equals(other.file())) {
                differences.add(mine.file() + ": study date or representative file differ");
            }
            for (String field : union(mine.values(), other.values())) {
                compared++;
                if (!Objects.equals(mine.get(field), other.get(field))) {
                    differences.add(mine.file() + " " + field + ": file " + mine.get(field) + ", DICOM JSON " + other.get(field));
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(compared).isGreaterThan(1000);
        assertThat(codes(dicomJson)).isEqualTo(codes(files));
    }

    private static boolean pydicomInstalled() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import pydicom").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static List<String> keys(Inspection i) {
        return i.series().stream().map(s -> s.studyInstanceUid() + "/" + s.seriesInstanceUid()).sorted().toList();
    }

    private static Map<String, SeriesValues> bySeries(Inspection i) {
        Map<String, SeriesValues> out = new TreeMap<>();
        i.series().forEach(s -> out.put(s.seriesInstanceUid(), s));
        return out;
    }

    private static List<String> union(Map<String, Object> a, Map<String, Object> b) {
        java.util.Set<String> all = new java.util.TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return List.copyOf(all);
    }

    private static List<String> codes(Inspection i) {
        return i.diagnostics().stream().map(Diagnostic::code).sorted().toList();
    }
}
