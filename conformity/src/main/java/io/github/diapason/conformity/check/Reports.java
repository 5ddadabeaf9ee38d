package io.github.diapason.conformity.check;

import io.github.diapason.conformity.inspect.InspectionJson;
import io.github.diapason.conformity.rules.ConsoleWords;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The three forms of a {@link CheckReport}: JSON (schema {@code check-report.schema.json}), HTML for
 * a site radiographer (the console's words and units, from the rules; escaped), and JUnit XML so that
 * CI shows each non-conformant series as a failed test. All deterministic.
 */
public final class Reports {

    public static final String SCHEMA_RESOURCE = "io/github/diapason/conformity/check/check-report.schema.json";
    public static final String SCHEMA_ID = "https://diapason.github.io/schema/check-report.schema.json";

    /** The file names {@link #writeAll} writes, in the order it writes them. */
    public static final List<String> FILES = List.of("check-report.html", "check-report.json", "check-report.xml");

    private Reports() {
    }

    /** A value as reports print it: integers without a decimal point, others with at most 6 significant digits. */
    public static String print(Object v) {
        return Values.print(v);
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
            if (!e.examDate().isEmpty()) {
                m.put("examDate", e.examDate());
            }
            if (!e.softwareVersions().isEmpty()) {
                m.put("softwareVersions", e.softwareVersions());
            }
            if (!e.waived().isEmpty()) {
                m.put("waivedFindings", e.waived().stream().filter(ExamReport.Waived::applied).count());
            }
            List<Object> matches = new ArrayList<>();
            for (ExamReport.Match x : e.matches()) {
                Map<String, Object> mm = new LinkedHashMap<>();
                mm.put("SeriesInstanceUID", x.seriesInstanceUid());
                mm.put("series", x.series());
                mm.put("sequence", x.sequence());
                mm.put("matchedBy", x.by());
                mm.put("conformant", x.conformant());
                mm.put("file", x.file());
                if (!x.values().isEmpty()) {
                    mm.put("values", new LinkedHashMap<>(x.values()));
                }
                matches.add(mm);
            }
            m.put("series", matches);
            List<Object> findings = new ArrayList<>();
            for (Diagnostic f : e.findings()) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("severity", f.severity().label());
                fm.put("code", f.code());
                fm.put("message", f.message());
                fm.put("hint", f.hint());
                fm.put("file", f.location().file());
                fm.put("tag", f.location().path());
                fm.put("SeriesInstanceUID", e.seriesOf(f).map(ExamReport.Match::seriesInstanceUid).orElse(""));
                fm.put("sequence", f.subject().sequence());
                fm.put("attribute", f.subject().parameter());
                fm.put("expected", f.expected());
                fm.put("actual", f.actual());
                e.consoleWords(f).ifPresent(w -> fm.put("console", console(w)));
                e.waiver(f).ifPresent(w -> fm.put("waiver", waiver(w)));
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

    private static Map<String, Object> console(ConsoleWords w) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("label", w.label());
        if (w.unit() != null) {
            out.put("unit", w.unit());
        }
        if (w.value() != null) {
            out.put("value", w.value());
        }
        return out;
    }

    private static Map<String, Object> waiver(ExamReport.Waived w) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", w.waiver().id());
        out.put("status", w.status().label());
        out.put("severityWithoutWaiver", w.unwaivedSeverity().label());
        out.put("reason", new LinkedHashMap<>(w.waiver().reason()));
        out.put("expires", String.valueOf(w.waiver().expires()));
        if (w.waiver().acceptedBy() != null && !w.waiver().acceptedBy().isEmpty()) {
            out.put("acceptedBy", w.waiver().acceptedBy());
        }
        return out;
    }

    /** "waived (W1, until 2027-03-31: reason; accepted by …)", or why the waiver did not apply. */
    static String waiverText(ExamReport.Waived w) {
        String by = w.waiver().acceptedBy() == null || w.waiver().acceptedBy().isEmpty() ? ""
                : "; accepted by " + w.waiver().acceptedBy();
        return switch (w.status()) {
            case WAIVED -> "waived (" + w.waiver().id() + ", until " + w.waiver().expires() + ": "
                    + w.waiver().reason("en") + by + ")";
            case EXPIRED -> "waiver " + w.waiver().id() + " expired on " + w.waiver().expires()
                    + ", before this exam: not applied";
            case UNDATED -> "waiver " + w.waiver().id() + " not applied: the exam has no date to compare with "
                    + w.waiver().expires();
        };
    }

    public static String json(CheckReport r) {
        return InspectionJson.write(toOrderedMap(r));
    }

    /** {@link #json(CheckReport)} with what the exams were judged against, after {@code $schema}. */
    public static String json(CheckReport r, JudgedAgainst against) {
        Map<String, Object> out = new LinkedHashMap<>();
        toOrderedMap(r).forEach((k, v) -> {
            out.put(k, v);
            if (k.equals("$schema")) {
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("study", against.study());
                j.put("protocolVersion", against.protocolVersion());
                j.put("rulesDigest", against.rulesDigest());
                out.put("judgedAgainst", j);
            }
        });
        return InspectionJson.write(out);
    }

    /** {@link #html(CheckReport)} with a line naming the protocol version and rules digest under the title. */
    public static String html(CheckReport r, JudgedAgainst against) {
        return html(r).replaceFirst("</h1>\n", "</h1>\n<p>Judged against " + java.util.regex.Matcher.quoteReplacement(
                esc(against.study() + " " + against.protocolVersion()).trim() + " (rules " + esc(against.rulesDigest()) + ")") + ".</p>\n");
    }

    /** The three reports' texts by file name ({@link #FILES}), with what the exams were judged against. */
    public static Map<String, String> texts(CheckReport r, JudgedAgainst against) {
        return Map.of("check-report.json", json(r, against), "check-report.html", html(r, against), "check-report.xml", junit(r));
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
                .append("td,th{border:1px solid #999;padding:.3em .6em;text-align:left}.ok{color:#060}.bad{color:#a00}")
                .append(".waived{background:#eef;border:1px solid #669;border-radius:.3em;padding:0 .3em;color:#336}</style>\n")
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
            List<Diagnostic> shown = e.findings().stream()
                    .filter(f -> f.severity() != Severity.NOTE || e.waiver(f).isPresent()).toList();
            if (!shown.isEmpty()) {
                h.append("<table>\n<tr><th></th><th>series</th><th>setting</th><th>protocol</th><th>received</th>")
                        .append("<th>what to do</th></tr>\n");
                for (Diagnostic f : shown) {
                    Optional<ConsoleWords> words = e.consoleWords(f);
                    Optional<ExamReport.Waived> waiver = e.waiver(f);
                    h.append("<tr><td>").append(f.isError() ? "✗" : waiver.filter(ExamReport.Waived::applied).isPresent()
                            ? "<span class=\"waived\">waived</span>" : "!").append("</td><td>")
                            .append(esc(e.seriesOf(f).map(ExamReport.Match::series).orElse(f.subject().sequence())))
                            .append("</td><td>").append(esc(setting(f.subject().parameter(), words))).append("</td><td>")
                            .append(esc(ConsoleUnits.prescribed(f.expected(), words))).append("</td><td>")
                            .append(esc(ConsoleUnits.received(f.actual(), words))).append("</td><td>")
                            .append(esc(f.message())).append(' ').append(esc(f.hint()));
                    waiver.ifPresent(w -> h.append(" <em>").append(esc(waiverText(w))).append("</em>"));
                    h.append("</td></tr>\n");
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

    /** The console's name for an attribute on the site's scanner, with the DICOM/BIDS name in brackets. */
    private static String setting(String attribute, Optional<ConsoleWords> words) {
        return words.map(w -> w.label() + " (" + attribute + ")").orElse(attribute);
    }

    /** Text escaped for HTML content and attribute values, as every report here escapes it. */
    public static String escape(String s) {
        return esc(s);
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
            Map<String, List<Diagnostic>> byCase = new LinkedHashMap<>();
            for (ExamReport.Match m : e.matches()) {
                byCase.put(caseName(m.series(), m.sequence()), new ArrayList<>());
            }
            for (Diagnostic f : e.findings()) {
                String name = e.seriesOf(f).map(m -> caseName(m.series(), m.sequence()))
                        .orElse("exam: " + (f.subject().sequence().isEmpty() ? f.code() : f.subject().sequence()));
                byCase.computeIfAbsent(name, k -> new ArrayList<>()).add(f);
            }
            long failures = byCase.values().stream().filter(l -> l.stream().anyMatch(Diagnostic::isError)).count();
            x.append("  <testsuite name=\"").append(esc(e.siteId() + " " + e.studyInstanceUid())).append("\" tests=\"")
                    .append(byCase.size()).append("\" failures=\"").append(failures).append("\">\n");
            byCase.forEach((name, fs) -> {
                x.append("    <testcase classname=\"").append(esc(e.siteId())).append("\" name=\"").append(esc(name)).append('"');
                List<Diagnostic> failing = fs.stream().filter(Diagnostic::isError).toList();
                List<String> waivers = fs.stream().flatMap(f -> e.waiver(f).stream()
                        .map(w -> f.code() + " " + f.subject().parameter() + ": " + waiverText(w))).toList();
                if (failing.isEmpty()) {
                    if (waivers.isEmpty()) {
                        x.append("/>\n");
                    } else {
                        // Waived: not a failure, yet visible in CI's test view.
                        x.append(">\n      <system-out>").append(esc(String.join("\n", waivers)))
                                .append("</system-out>\n    </testcase>\n");
                    }
                    return;
                }
                x.append(">\n      <failure message=\"").append(esc(failing.get(0).message())).append("\" type=\"")
                        .append(esc(failing.get(0).code())).append("\">");
                for (Diagnostic f : failing) {
                    x.append(esc(f.code() + " " + f.subject().parameter() + ": expected " + f.expected() + ", received "
                            + f.actual() + " — " + f.message()
                            + e.waiver(f).map(w -> " (" + waiverText(w) + ")").orElse(""))).append('\n');
                }
                x.append("</failure>\n");
                List<String> others = fs.stream().filter(f -> !f.isError()).flatMap(f -> e.waiver(f).stream()
                        .map(w -> f.code() + " " + f.subject().parameter() + ": " + waiverText(w))).toList();
                if (!others.isEmpty()) {
                    x.append("      <system-out>").append(esc(String.join("\n", others))).append("</system-out>\n");
                }
                x.append("    </testcase>\n");
            });
            x.append("  </testsuite>\n");
        }
        return x.append("</testsuites>\n").toString();
    }

    private static String caseName(String series, String sequence) {
        return sequence.isEmpty() ? "series " + series : sequence + " (series " + series + ")";
    }

    /**
     * Writes check-report.json, .html and .xml under {@code folder}, each to a temporary sibling
     * moved into place, so a reader (or a CI job) never sees half a report.
     */
    public static List<Path> writeAll(CheckReport report, Path folder) throws IOException {
        return writeAll(Map.of("check-report.json", json(report), "check-report.html", html(report),
                "check-report.xml", junit(report)), folder);
    }

    /** Writes the texts of {@link #texts} as {@link #writeAll(CheckReport, Path)} writes its own. */
    public static List<Path> writeAll(Map<String, String> texts, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (String name : FILES) {
            Path file = folder.resolve(name);
            // Not createTempFile: it makes the file 0600 whatever the umask; CREATE_NEW follows the umask.
            Path tmp = folder.resolve("." + name + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
            try {
                Files.writeString(tmp, texts.get(name), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            written.add(file);
        }
        return written;
    }
}
