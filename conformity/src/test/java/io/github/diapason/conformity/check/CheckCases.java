package io.github.diapason.conformity.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.conformity.dicom.VendorFixtures;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One checker case folder under {@code src/test/resources/check-cases/}: {@code rules.json} (read as
 * {@code check --rules} reads it; or a {@code RULES} file naming rules shared by several cases under
 * {@code _shared/}, relative to the case folder), the exam — {@code dicom.json}, written as DICOM files by the
 * test-scope {@link VendorFixtures}, or a {@code dicom/} folder of real files (with their licence,
 * provenance, and a {@code MUST_NOT_APPEAR} file listing the identifying values no report may copy) — and {@code expected.diagnostics} (the report as lines, see {@link #lines}).
 * {@code dicom.json}:
 *
 * <pre>{@code
 * {"defaults": {"StudyInstanceUID": "…", "PatientName": "SUBJ-001"},      // attributes set in every file
 *  "mustNotAppear": ["Doe^Jane"],                                          // identifying values no report may copy
 *  "series": [{"fixture": "siemensClassic", "folder": "2", "uid": "1.2.3.2", "files": 3,
 *              "set": {"SeriesNumber": "2", "RepetitionTime": "2500"}},  // attribute → DICOM text ("" empties it)
 *             {"fixture": "siemensClassic", "folder": "3", "uid": "1.2.3.3", "files": 4, "zPositions": [1, 2]},
 *                                                                         // 2 slices x 2 volumes
 *             {"fixture": "siemensMosaic", "folder": "5", "uid": "1.2.3.5", "bValues": [0, 1000],
 *              "directions": [null, [1, 0, 0]], "set": {"SeriesNumber": "5"}}]}
 * }</pre>
 */
public final class CheckCases {

    public static final Path ROOT = Path.of("src/test/resources/check-cases");
    private static final ObjectMapper JSON = new ObjectMapper();

    private CheckCases() {
    }

    /**
     * Where the case's exam is: its {@code dicom/} folder of real files when it has one (read in
     * place), else {@code dicom.json} written as DICOM files under {@code temp}.
     */
    static Path dicom(Path caseFolder, Path temp) throws IOException {
        Path real = caseFolder.resolve("dicom");
        if (Files.isDirectory(real)) {
            return real;
        }
        write(JSON.readTree(caseFolder.resolve("dicom.json").toFile()), temp);
        return temp;
    }

    /** The case's exam checked against its rules; {@code dicom} from {@link #dicom}. */
    static CheckReport check(Path caseFolder, Path dicom) throws IOException {
        return new DicomCheck(1).check(List.of(dicom), rules(caseFolder));
    }

    /** The case's {@code rules.json}, or the shared rules its {@code RULES} file names (relative to the case). */
    static Path rules(Path caseFolder) throws IOException {
        Path shared = caseFolder.resolve("RULES");
        if (Files.isRegularFile(shared)) {
            return caseFolder.resolve(Files.readString(shared).strip()).normalize();
        }
        return caseFolder.resolve("rules.json");
    }

    public static CheckReport run(Path caseFolder, Path temp) throws IOException {
        return check(caseFolder, dicom(caseFolder, temp));
    }

    /** The case {@code name} under {@link #ROOT}, its exam written under {@code temp/<name>}: the report tests' fixture. */
    static CheckReport run(String name, Path temp) throws IOException {
        return run(ROOT.resolve(name), temp.resolve(name));
    }

    static List<String> mustNotAppear(Path caseFolder) throws IOException {
        List<String> out = new ArrayList<>();
        Path description = caseFolder.resolve("dicom.json");
        if (Files.isRegularFile(description)) {
            JSON.readTree(description.toFile()).path("mustNotAppear").forEach(v -> out.add(v.asText()));
        }
        Path listed = caseFolder.resolve("MUST_NOT_APPEAR");
        if (Files.isRegularFile(listed)) {
            Files.readAllLines(listed).stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(out::add);
        }
        return out;
    }

    private static void write(JsonNode exam, Path dicom) throws IOException {
        Map<String, String> defaults = texts(exam.path("defaults"));
        for (JsonNode series : exam.path("series")) {
            Map<String, String> set = new LinkedHashMap<>(defaults);
            set.putAll(texts(series.path("set")));
            String uid = series.path("uid").asText();
            Path folder = dicom.resolve(series.path("folder").asText());
            Files.createDirectories(folder);
            String fixture = series.path("fixture").asText();
            switch (fixture) {
                case "siemensClassic" -> {
                    // "zPositions": the slice positions the files take in turn (a series of several volumes, e.g.
                    // two dynamics: [1, 2] over 4 files); absent: file i at position i
                    JsonNode z = series.path("zPositions");
                    for (int i = 1; i <= series.path("files").asInt(1); i++) {
                        double position = z.isArray() && !z.isEmpty() ? z.get((i - 1) % z.size()).asDouble() : i;
                        Files.write(folder.resolve(Integer.toString(i)), VendorFixtures.siemensClassic(uid, i, position, 0, set));
                    }
                }
                case "siemensMosaic" -> {
                    JsonNode b = series.path("bValues");
                    for (int v = 0; v < b.size(); v++) {
                        JsonNode d = series.path("directions").path(v);
                        double[] direction = d.isArray() ? new double[] {d.get(0).asDouble(), d.get(1).asDouble(),
                                d.get(2).asDouble()} : null;
                        Files.write(folder.resolve(Integer.toString(v)),
                                VendorFixtures.siemensMosaic(uid, v + 1, b.get(v).asDouble(), direction, 0, set));
                    }
                }
                default -> throw new IllegalArgumentException("unknown fixture " + fixture + " in dicom.json");
            }
        }
    }

    private static Map<String, String> texts(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    /**
     * The report as lines: per exam {@code exam <site> conformant|NOT conformant [repeat <ids>]}, per series
     * {@code series <number description> -> <sequence> by <how> ok|failing}, per finding
     * {@code <severity> <Code> <file> <tag> <site>/<sequence>/<parameter> expected=<…> actual=<…>} (then
     * {@code waiver=<id>:waived|expired|undated} when a waiver of the rules matched it), and per
     * input problem {@code input <severity> <CODE> <file>:<line>:<column> <path>}. Files are relative to
     * the DICOM folder or the case folder.
     */
    static List<String> lines(CheckReport report, Path caseFolder, Path dicom) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : report.diagnostics()) {
            SourceLocation at = d.location();
            out.add(("input " + d.severity().label() + " " + d.code() + " " + relative(at.file(), caseFolder, dicom) + ":"
                    + at.line() + ":" + at.column() + " " + at.path()).strip());
        }
        for (ExamReport e : report.exams()) {
            out.add("exam " + (e.siteId().isEmpty() ? "?" : e.siteId()) + " " + (e.conformant() ? "conformant" : "NOT conformant")
                    + (e.sequencesToRepeat().isEmpty() ? "" : " repeat " + String.join(",", e.sequencesToRepeat())));
            for (ExamReport.Match m : e.matches()) {
                out.add("series " + m.series() + " -> " + (m.sequence().isEmpty() ? "-" : m.sequence()) + " by "
                        + (m.by().isEmpty() ? "-" : m.by()) + " " + (m.conformant() ? "ok" : "failing"));
            }
            for (Diagnostic d : e.findings()) {
                out.add(d.severity().label() + " " + d.code() + " " + relative(d.location().file(), caseFolder, dicom) + " "
                        + (d.location().path().isEmpty() ? "-" : d.location().path()) + " " + d.subject().site() + "/"
                        + d.subject().sequence() + "/" + d.subject().parameter() + " expected=" + d.expected()
                        + " actual=" + d.actual() + e.waiver(d).map(w -> " waiver=" + w.waiver().id() + ":"
                        + w.status().label()).orElse(""));
            }
        }
        return out;
    }

    private static String relative(String file, Path caseFolder, Path dicom) {
        if (file.isEmpty()) {
            return "<none>";
        }
        Path p = Path.of(file).toAbsolutePath().normalize();
        for (Path base : List.of(dicom.toAbsolutePath().normalize(), caseFolder.toAbsolutePath().normalize(),
                ROOT.toAbsolutePath().normalize())) {
            if (p.startsWith(base)) {
                return base.relativize(p).toString().replace('\\', '/');
            }
        }
        return file.replace('\\', '/');
    }
}
