package io.github.diapason.conformity.check;

import io.github.diapason.conformity.inspect.InspectionJson;
import io.github.diapason.diagnostic.Diagnostic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The three forms of a {@link CheckReport} (issue 5 item 5): JSON (schema
 * {@code check-report.schema.json}), HTML for a site radiographer (console words, escaped), and JUnit
 * XML so that CI shows each non-conformant series as a failed test. All deterministic.
 */
public final class Reports {

    public static final String SCHEMA_RESOURCE = "io/github/diapason/conformity/check/check-report.schema.json";
    public static final String SCHEMA_ID = "https://diapason.github.io/schema/check-report.schema.json";

    private record Label(String siemens, String ge, String philips, String unit, double factor) {
        String forVendor(String vendor) {
            return switch (vendor == null ? "" : vendor.toLowerCase(Locale.ROOT)) {
                case "siemens" -> siemens;
                case "ge" -> ge;
                case "philips" -> philips;
                default -> null;
            };
        }
    }

    private static final Map<String, Label> LABELS = labels();

    private Reports() {
    }

    /** A value as reports print it: integers without a decimal point, others with at most 6 significant digits. */
    public static String print(Object v) {
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return new BigDecimal(d).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        }
        if (v instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            l.forEach(o -> out.add(print(o)));
            return "[" + String.join(", ", out) + "]";
        }
        return String.valueOf(v);
    }

    // ---------------------------------------------------------------- JSON

    public static Map<String, Object> toOrderedMap(CheckReport r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("$schema", SCHEMA_ID);
        out.put("conformant", r.conformant());
        out.put("unreadableInput", r.unreadable());
        out.put("files", r.files());
        out.put("dicomFiles", r.dicomFiles());
        List<Object> exams = new ArrayList<>();
        for (ExamReport e : r.exams()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("StudyInstanceUID", e.studyInstanceUid());
            m.put("site", e.siteId());
            m.put("vendor", e.vendor());
            m.put("scannerPeriod", e.scannerPeriod());
            m.put("conformant", e.conformant());
            m.put("sequencesToRepeat", e.sequencesToRepeat());
            List<Object> matches = new ArrayList<>();
            for (ExamReport.Match x : e.matches()) {
                Map<String, Object> mm = new LinkedHashMap<>();
                mm.put("SeriesInstanceUID", x.seriesInstanceUid());
                mm.put("series", x.series());
                mm.put("sequence", x.sequence());
                mm.put("matchedBy", x.by());
                mm.put("conformant", x.conformant());
                matches.add(mm);
            }
            m.put("series", matches);
            List<Object> findings = new ArrayList<>();
            for (Finding f : e.findings()) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("kind", f.kind().name());
                fm.put("severity", f.severity().label());
                fm.put("sequence", f.sequence());
                fm.put("SeriesInstanceUID", f.seriesInstanceUid());
                fm.put("series", f.series());
                fm.put("attribute", f.attribute());
                fm.put("expected", f.expected());
                fm.put("actual", f.actual());
                fm.put("message", f.message());
                findings.add(fm);
            }
            m.put("findings", findings);
            exams.add(m);
        }
        out.put("exams", exams);
        List<Object> diags = new ArrayList<>();
        for (Diagnostic d : r.diagnostics()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("severity", d.severity().label());
            dm.put("code", d.code());
            dm.put("message", d.message());
            dm.put("file", d.location().file());
            dm.put("tag", d.location().path());
            diags.add(dm);
        }
        out.put("diagnostics", diags);
        return out;
    }

    public static String json(CheckReport r) {
        return InspectionJson.write(toOrderedMap(r));
    }

    public static String schemaText() {
        try (InputStream in = Reports.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- HTML

    public static String html(CheckReport r) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>DICOM conformity</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #999;padding:.3em .6em;text-align:left}.ok{color:#060}.bad{color:#a00}</style>\n")
                .append("</head>\n<body>\n<h1>DICOM conformity</h1>\n");
        h.append("<p>").append(r.files()).append(" file(s) read, ").append(r.dicomFiles()).append(" DICOM.</p>\n");
        for (ExamReport e : r.exams()) {
            h.append("<section>\n<h2>Exam ").append(esc(e.studyInstanceUid())).append(" — site ").append(esc(e.siteId()))
                    .append(": <span class=\"").append(e.conformant() ? "ok\">conformant" : "bad\">NOT conformant")
                    .append("</span></h2>\n");
            if (!e.scannerPeriod().isEmpty()) {
                h.append("<p>Rules for ").append(esc(e.scannerPeriod())).append(".</p>\n");
            }
            if (!e.sequencesToRepeat().isEmpty()) {
                h.append("<p><strong>Acquire again:</strong> ").append(esc(String.join(", ", e.sequencesToRepeat()))).append("</p>\n");
            }
            List<Finding> shown = e.findings().stream().filter(f -> f.severity() != io.github.diapason.diagnostic.Severity.NOTE).toList();
            if (!shown.isEmpty()) {
                h.append("<table>\n<tr><th></th><th>series</th><th>setting</th><th>protocol</th><th>received</th><th>what to do</th></tr>\n");
                for (Finding f : shown) {
                    h.append("<tr><td>").append(f.failing() ? "✗" : "!").append("</td><td>").append(esc(f.series()))
                            .append("</td><td>").append(esc(consoleName(f.attribute(), e.vendor()))).append("</td><td>")
                            .append(esc(console(f.attribute(), f.expected(), e.vendor()))).append("</td><td>")
                            .append(esc(console(f.attribute(), f.actual(), e.vendor()))).append("</td><td>")
                            .append(esc(f.message())).append("</td></tr>\n");
                }
                h.append("</table>\n");
            }
            h.append("</section>\n");
        }
        if (!r.diagnostics().isEmpty()) {
            h.append("<h2>Files</h2>\n<ul>\n");
            for (Diagnostic d : r.diagnostics()) {
                h.append("<li>").append(esc(d.summary())).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        return h.append("</body>\n</html>\n").toString();
    }

    /** The console's name for an attribute on this vendor, with the DICOM/BIDS name in brackets. */
    static String consoleName(String attribute, String vendor) {
        Label l = LABELS.get(attribute);
        String c = l == null ? null : l.forVendor(vendor);
        return c == null ? attribute : c + " (" + attribute + ")";
    }

    /** "2.3 s" becomes "2300 ms" for TR: the unit the console shows. */
    static String console(String attribute, String value, String vendor) {
        Label l = LABELS.get(attribute);
        if (l == null || l.factor() == 1 || value == null || !value.endsWith(" s")) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        for (String part : value.substring(0, value.length() - 2).split("((?<=[\\[\\], ±])|(?=[\\[\\], ±]))")) {
            try {
                out.append(print(Double.parseDouble(part) * l.factor()));
            } catch (NumberFormatException e) {
                out.append(part);
            }
        }
        return out.append(' ').append(l.unit()).toString();
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- JUnit XML

    /** One test suite per exam, one test case per series (and per missing sequence); a failure per non-conformant one. */
    public static String junit(CheckReport r) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"diapason check\">\n");
        for (ExamReport e : r.exams()) {
            Map<String, List<Finding>> byCase = new LinkedHashMap<>();
            for (ExamReport.Match m : e.matches()) {
                byCase.put(caseName(m.series(), m.sequence()), new ArrayList<>());
            }
            for (Finding f : e.findings()) {
                String name = f.seriesInstanceUid().isEmpty() ? "exam: " + (f.sequence().isEmpty() ? f.kind().name() : f.sequence())
                        : caseName(f.series(), e.matches().stream().filter(m -> m.seriesInstanceUid().equals(f.seriesInstanceUid()))
                                .map(ExamReport.Match::sequence).findFirst().orElse(""));
                byCase.computeIfAbsent(name, k -> new ArrayList<>()).add(f);
            }
            long failures = byCase.values().stream().filter(l -> l.stream().anyMatch(Finding::failing)).count();
            x.append("  <testsuite name=\"").append(esc(e.siteId() + " " + e.studyInstanceUid())).append("\" tests=\"")
                    .append(byCase.size()).append("\" failures=\"").append(failures).append("\">\n");
            byCase.forEach((name, fs) -> {
                x.append("    <testcase classname=\"").append(esc(e.siteId())).append("\" name=\"").append(esc(name)).append('"');
                List<Finding> failing = fs.stream().filter(Finding::failing).toList();
                if (failing.isEmpty()) {
                    x.append("/>\n");
                    return;
                }
                x.append(">\n      <failure message=\"").append(esc(failing.get(0).message())).append("\" type=\"")
                        .append(failing.get(0).kind().name()).append("\">");
                for (Finding f : failing) {
                    x.append(esc(f.kind() + " " + f.attribute() + ": expected " + f.expected() + ", received " + f.actual()
                            + " — " + f.message())).append('\n');
                }
                x.append("</failure>\n    </testcase>\n");
            });
            x.append("  </testsuite>\n");
        }
        return x.append("</testsuites>\n").toString();
    }

    private static String caseName(String series, String sequence) {
        return sequence.isEmpty() ? "series " + series : sequence + " (series " + series + ")";
    }

    private static Map<String, Label> labels() {
        Map<String, Label> out = new HashMap<>();
        try (InputStream in = Reports.class.getResourceAsStream("console-labels.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.put(f[0], new Label(f[1], f[2], f[3], f[4], Double.parseDouble(f[5])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read console-labels.tsv", e);
        }
        return Map.copyOf(out);
    }

    /**
     * Writes check-report.json, .html and .xml under {@code folder}, each to a temporary sibling
     * moved into place, so a reader (or a CI job) never sees half a report.
     */
    public static java.util.List<java.nio.file.Path> writeAll(CheckReport report, java.nio.file.Path folder)
            throws java.io.IOException {
        java.nio.file.Files.createDirectories(folder);
        java.util.List<java.nio.file.Path> written = new java.util.ArrayList<>();
        for (var e : java.util.Map.of("check-report.json", json(report), "check-report.html", html(report),
                "check-report.xml", junit(report)).entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).toList()) {
            java.nio.file.Path file = folder.resolve(e.getKey());
            java.nio.file.Path tmp = java.nio.file.Files.createTempFile(folder, ".check-report", ".tmp");
            try {
                java.nio.file.Files.writeString(tmp, e.getValue(), java.nio.charset.StandardCharsets.UTF_8);
                java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                java.nio.file.Files.deleteIfExists(tmp);
            }
            written.add(file);
        }
        return written;
    }
}
