package io.github.diapason.conformity.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.conformity.dicom.VendorFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code inspect} on real files (the MR exams Debian's {@code python3-pydicom} ships: Toshiba
 * MR_small, Philips classic MR in dicomdirtests) against two independent implementations:
 * pydicom's grouping and values ({@code pydicom_series.py}) and dcm2niix's BIDS sidecars
 * ({@code dcm2niix -b o}). Skipped when the tools are not installed.
 */
class InspectAgreesWithPydicomAndDcm2niixTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static Optional<Path> pydicomTestFiles() throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/python3"))) {
            return Optional.empty();
        }
        Process p = new ProcessBuilder("/usr/bin/python3", "-c",
                "import pydicom, os; print(os.path.join(os.path.dirname(pydicom.__file__), 'data', 'test_files'))")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return p.waitFor() == 0 && Files.isDirectory(Path.of(out)) ? Optional.of(Path.of(out)) : Optional.empty();
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    /** The real MR files: the dicomdirtests exam plus the MR_small variants, copied so nothing else is walked. */
    private Path realExam(Path testFiles) throws IOException {
        Path exam = tmp.resolve("exam");
        try (Stream<Path> walk = Files.walk(testFiles.resolve("dicomdirtests"))) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                Path to = exam.resolve(testFiles.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        for (String name : List.of("MR_small.dcm", "MR_small_bigendian.dcm", "MR_small_implicit.dcm")) {
            Path to = exam.resolve("mr_small").resolve(name.replace(".dcm", "")).resolve(name);
            Files.createDirectories(to.getParent());
            Files.copy(testFiles.resolve(name), to);
        }
        return exam;
    }

    @Test
    void series_grouping_file_counts_and_standard_values_agree_with_pydicom() throws Exception {
        Optional<Path> testFiles = pydicomTestFiles();
        assumeTrue(testFiles.isPresent(), "python3-pydicom is not installed");
        Path exam = realExam(testFiles.get());
        Path script = tmp.resolve("pydicom_series.py");
        try (var in = getClass().getResourceAsStream("pydicom_series.py")) {
            Files.copy(in, script);
        }
        JsonNode theirs = JSON.readTree(run(List.of("/usr/bin/python3", script.toString(), exam.toString())));
        Inspection ours = new Inspector().inspect(List.of(exam));

        assertThat(ours.series()).extracting(SeriesValues::seriesInstanceUid)
                .containsExactlyInAnyOrderElementsOf(() -> theirs.fieldNames());
        List<String> diffs = new ArrayList<>();
        for (SeriesValues s : ours.series()) {
            JsonNode t = theirs.get(s.seriesInstanceUid());
            if (t.get("files").asLong() != ((Number) s.get("NumberOfFiles")).longValue()) {
                diffs.add(s.seriesInstanceUid() + " files: pydicom " + t.get("files") + ", ours " + s.get("NumberOfFiles"));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = t.get("values").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Object mine = s.get(e.getKey());
                boolean same = e.getValue().isNumber()
                        ? mine instanceof Number n && Math.abs(n.doubleValue() - e.getValue().asDouble()) < 1e-9
                        : e.getValue().asText().equals(mine);
                if (!same) {
                    diffs.add(s.seriesInstanceUid() + " " + e.getKey() + ": pydicom " + e.getValue() + ", ours " + mine);
                }
            }
        }
        assertThat(diffs).isEmpty();
    }

    @Test
    void mr_timing_and_scanner_values_agree_with_dcm2niix_sidecars() throws Exception {
        Optional<Path> testFiles = pydicomTestFiles();
        assumeTrue(testFiles.isPresent(), "python3-pydicom (the source of real files) is not installed");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/dcm2niix")), "dcm2niix is not installed");
        assertThat(differencesWithDcm2niix(realExam(testFiles.get()))).isEmpty();
    }

    /** Our vendor-shaped fixtures (written with pixel data so that dcm2niix takes them) read the same by both. */
    @Test
    void vendor_fixture_values_agree_with_dcm2niix_sidecars() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/dcm2niix")), "dcm2niix is not installed");
        Path exam = tmp.resolve("fixtures");
        int px = 64 * 64 * 2;
        double[][] dirs = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        for (int i = 1; i <= 4; i++) {
            write(exam.resolve("t1/" + i), VendorFixtures.siemensClassic("1.2.3.2", i, i, px));
            write(exam.resolve("dwi/" + i), VendorFixtures.siemensMosaic("1.2.3.5", i, i == 1 ? 0 : 1000, dirs[i - 1], px * 4));
            for (int z = 0; z < 3; z++) {
                write(exam.resolve("ge/" + i + "-" + z), VendorFixtures.geClassic("1.2.3.9", (i - 1) * 3 + z + 1, z * 2.0,
                        i == 1 ? 0 : 1000, dirs[i - 1], px));
                write(exam.resolve("philips/" + i + "-" + z), VendorFixtures.philipsClassic("1.2.3.11", (i - 1) * 3 + z + 1,
                        z * 2.0, i == 1 ? 0 : 1000, dirs[i - 1], px));
            }
        }
        write(exam.resolve("xa/bold"), VendorFixtures.siemensXaEnhanced("1.2.3.7", 3, px * 6));
        write(exam.resolve("penh/dti"), VendorFixtures.philipsEnhanced("1.2.3.12", 3, new double[] {0, 1000, 1000, 1000},
                new double[][] {null, dirs[1], dirs[2], dirs[3]}, px * 12));
        assertThat(differencesWithDcm2niix(exam)).isEmpty();
    }

    private static void write(Path p, byte[] bytes) throws IOException {
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    /**
     * Runs dcm2niix -b o over {@code exam} and compares every MR sidecar with our series. dcm2niix
     * splits a multi-echo series into one sidecar per echo: our EchoTime list must hold its value.
     */
    private List<String> differencesWithDcm2niix(Path exam) throws Exception {
        Path out = Files.createDirectories(tmp.resolve("sidecars-" + exam.getFileName()));
        run(List.of("/usr/bin/dcm2niix", "-b", "o", "-f", "%s_%j", "-o", out.toString(), exam.toString()));
        Inspection ours = new Inspector().inspect(List.of(exam));
        List<Path> sidecars;
        try (Stream<Path> list = Files.list(out)) {
            sidecars = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int compared = 0;
        List<String> diffs = new ArrayList<>();
        for (Path sidecar : sidecars) {
            JsonNode j = JSON.readTree(sidecar.toFile());
            if (!"MR".equals(j.path("Modality").asText())) {
                continue;
            }
            // named %s_%j: series number, '_', series instance UID (UIDs hold no '_'), then dcm2niix's suffixes
            String name = sidecar.getFileName().toString().replace(".json", "");
            String uid = name.substring(name.indexOf('_') + 1).split("_")[0];
            SeriesValues s = ours.series().stream().filter(x -> x.seriesInstanceUid().equals(uid)).findFirst().orElseThrow();
            compared++;
            for (String field : List.of("RepetitionTime", "EchoTime", "InversionTime", "FlipAngle", "SliceThickness",
                    "MagneticFieldStrength", "PixelBandwidth", "SoftwareVersions", "ProtocolName", "SeriesDescription",
                    "ManufacturersModelName", "MRAcquisitionType", "SeriesNumber", "PhaseEncodingDirection",
                    "PhaseEncodingAxis", "ParallelReductionFactorInPlane", "MultibandAccelerationFactor", "PartialFourier",
                    "EchoTrainLength", "AcquisitionMatrixPE")) {
                if (!j.has(field)) {
                    continue;
                }
                Object mine = s.get(field);
                if (field.equals("PhaseEncodingAxis") && mine == null && s.get("PhaseEncodingDirection") instanceof String d) {
                    // we found a polarity dcm2niix did not (Siemens XA's (0021,xx1C), creator [U]): the axes must agree
                    mine = d.replace("-", "");
                }
                JsonNode theirs = j.get(field);
                boolean same = theirs.isNumber()
                        ? (mine instanceof List<?> list ? list : List.of(mine == null ? "" : mine)).stream()
                                .anyMatch(m -> m instanceof Number n && Math.abs(n.doubleValue() - theirs.asDouble())
                                        <= 1e-6 * Math.max(1, Math.abs(theirs.asDouble())))
                        : theirs.asText().equals(mine);
                if (!same) {
                    diffs.add(sidecar.getFileName() + " " + field + ": dcm2niix " + theirs + ", ours " + mine);
                }
            }
        }
        assertThat(compared).as("MR sidecars written by dcm2niix").isGreaterThan(0);
        return diffs;
    }
}
