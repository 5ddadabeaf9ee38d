package io.github.diapason.conformity.dicom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Cross-check against an independent implementation: every DICOM file shipped by Debian's
 * {@code python3-pydicom} is read by pydicom (through {@code pydicom_dump.py}) and by our
 * reader, and every data element outside pixel data must agree: same tags in the same order,
 * same VR, same value (see {@link DicomJson} for the normalisation).
 *
 * <p>Principled exclusions: an element pydicom itself cannot decode (it reports an error for
 * it) is compared by tag only; a file pydicom cannot read at all must give us an error
 * diagnostic; for a file we report as truncated or malformed, the elements we did read must
 * agree with pydicom's (pydicom reads leniently past some damage, we stop at the first).
 */
class DicomReaderAgreesWithPydicomTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PYTHONS = List.of("/usr/bin/python3", "python3");

    @TestFactory
    Stream<DynamicTest> every_pydicom_test_file_reads_the_same_as_pydicom_reads_it() throws Exception {
        Optional<String> python = pythonWithPydicom();
        assumeTrue(python.isPresent(), "python3-pydicom is not installed (apt-get install python3-pydicom): "
                + "the cross-check against pydicom is skipped");
        Path data = Path.of(run(List.of(python.get(), "-c",
                "import pydicom, os; print(os.path.join(os.path.dirname(pydicom.__file__), 'data'))")).strip());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(Files::isRegularFile).filter(DicomReaderAgreesWithPydicomTest::looksLikeDicom).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "python3-pydicom ships no test files here: " + data);
        Map<String, JsonNode> oracle = oracle(python.get(), files);
        DicomReader reader = new DicomReader();
        return files.stream().map(f -> DynamicTest.dynamicTest(data.relativize(f).toString(), () -> {
            JsonNode theirs = oracle.get(f.toString());
            assertThat(theirs).as("pydicom output for " + f).isNotNull();
            Validated<DicomHeader> ours = reader.read(f);
            if (theirs.has("error")) {
                assertThat(ours.hasErrors()).as("pydicom cannot read %s (%s); we must report an error", f,
                        theirs.get("error").asText()).isTrue();
                return;
            }
            if (!ours.value().isPresent() && ours.diagnostics().stream().anyMatch(d -> d.code().equals("DicomNotDicom"))) {
                assertThat(recognisesNothing(theirs.get("dataset"))).as("we say %s is not DICOM, but pydicom recognises "
                        + "elements in it: %s", f, theirs.get("dataset")).isTrue();
                return;
            }
            assertThat(ours.value()).as("our reader gave no header for %s: %s", f, ours.diagnostics()).isPresent();
            DicomHeader h = ours.value().get();
            List<String> diffs = new ArrayList<>();
            diffs.addAll(DicomJson.compare(DicomJson.dump(h.fileMeta()), theirs.get("meta"), "meta:", false));
            diffs.addAll(DicomJson.compare(DicomJson.dump(h.dataset()), theirs.get("dataset"), "", ours.hasErrors()));
            assertThat(diffs).as("differences with pydicom for %s (our diagnostics: %s)", f,
                    ours.diagnostics().stream().map(Diagnostic::summary).toList()).isEmpty();
        }));
    }

    /** pydicom forced to read garbage: nothing but elements it does not know (VR UN). */
    private static boolean recognisesNothing(JsonNode dataset) {
        for (JsonNode e : dataset) {
            if (!"UN".equals(e.path("vr").asText())) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeDicom(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".dcm") || (!name.contains(".") && !name.equals("README"));
    }

    private static Map<String, JsonNode> oracle(String python, List<Path> files) throws IOException, InterruptedException, URISyntaxException {
        Path script = Path.of(DicomReaderAgreesWithPydicomTest.class.getResource("pydicom_dump.py").toURI());
        List<String> cmd = new ArrayList<>(List.of(python, script.toString()));
        files.forEach(f -> cmd.add(f.toString()));
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String line : run(cmd).split("\n")) {
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                out.put(n.get("file").asText(), n);
            }
        }
        return out;
    }

    private static Optional<String> pythonWithPydicom() {
        for (String python : PYTHONS) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import pydicom").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return Optional.of(python);
                }
            } catch (IOException e) {
                // this interpreter is not there; try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            out = r.lines().reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'), StringBuilder::append).toString();
        }
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("%s finished", cmd.get(0)).isTrue();
        return out;
    }
}
