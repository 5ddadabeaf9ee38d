package io.github.diapason.conformity.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.conformity.check.CheckReport;
import io.github.diapason.conformity.check.Reports;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The study's dashboard: one static HTML page regenerated from the exams' check reports
 * ({@code <out>/exams/<exam>/check-report.json} → {@code <out>/dashboard.html}, or one run's report):
 * exams received per site, conformant / waived / non-conformant counts, the series to repeat (which
 * exam, which sequence, why), and per site the trend of every checked value that changed over the
 * exams, with scanner software changes marked on the time axis. {@link #render} is a pure function
 * of the exams and the words; the same exams give the same bytes. No script, no external resource,
 * every text escaped; narrow screens scroll tables and shrink plots.
 */
public final class Dashboard {

    /** The page's file name, beside the {@code exams/} folder. */
    public static final String FILE = "dashboard.html";
    /** Where a watcher files each exam's reports, under its output folder. */
    public static final String EXAMS = "exams";

    /** The page's wording, from the message bundles ({@code dashboard.*} keys), in one language. */
    @FunctionalInterface
    public interface Words {
        String get(String key, Object... args);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Dashboard() {
    }

    // ---------------------------------------------------------------- reading

    /**
     * The exams of every {@code exams/*}{@code /check-report.json} under {@code out}, in folder order; a
     * report that cannot be read is a warning (the page shows the others).
     */
    public static Validated<List<DashboardExam>> read(Path out) {
        return new ReportCache().read(out);
    }

    /**
     * Reads the exam reports as {@link Dashboard#read} does, but parses a report again only when its size, time of
     * last modification or file identity changed since this cache last read it: a watcher regenerating the page after
     * each exam then parses each report once, not every report after every exam. Reports are replaced by an atomic
     * move, which gives the file a new identity, so a report rewritten within the file system's time resolution is
     * still seen. One cache per watcher; not for concurrent use.
     */
    public static final class ReportCache {

        private record Entry(long size, FileTime modified, Object identity, List<DashboardExam> exams) {
        }

        private final Map<Path, Entry> entries = new HashMap<>();

        /** Same result as {@link Dashboard#read}; reports gone from the folder leave the cache. */
        public Validated<List<DashboardExam>> read(Path out) {
            List<DashboardExam> exams = new ArrayList<>();
            List<Diagnostic> diagnostics = new ArrayList<>();
            Path folder = out.resolve(EXAMS);
            if (!Files.isDirectory(folder)) {
                entries.clear();
                return Validated.of(exams, diagnostics);
            }
            List<Path> reports;
            try (Stream<Path> list = Files.list(folder)) {
                reports = list.map(p -> p.resolve(Reports.FILES.get(1))).filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                return Validated.of(exams, List.of(Diagnostic.warning("DashboardUnreadable", "cannot list the exam reports",
                        "check the folder's permissions", SourceLocation.file(folder.toString()))));
            }
            entries.keySet().retainAll(new HashSet<>(reports));
            for (Path report : reports) {
                try {
                    exams.addAll(exams(report));
                } catch (IOException e) {
                    entries.remove(report);
                    diagnostics.add(Diagnostic.warning("DashboardUnreadable", "this exam report is not readable JSON, so the "
                            + "dashboard leaves it out", "check the exam again to rewrite its report", SourceLocation.file(report.toString())));
                }
            }
            return Validated.of(exams, diagnostics);
        }

        private List<DashboardExam> exams(Path report) throws IOException {
            BasicFileAttributes now = Files.readAttributes(report, BasicFileAttributes.class);
            Entry known = entries.get(report);
            if (known != null && known.size() == now.size() && known.modified().equals(now.lastModifiedTime())
                    && Objects.equals(known.identity(), now.fileKey())) {
                return known.exams();
            }
            List<DashboardExam> exams = DashboardExam.of(JSON.readTree(report.toFile()));
            entries.put(report, new Entry(now.size(), now.lastModifiedTime(), now.fileKey(), exams));
            return exams;
        }
    }

    /** The exams of one run's report. */
    public static List<DashboardExam> of(CheckReport report) {
        return DashboardExam.of(JSON.valueToTree(Reports.toOrderedMap(report)));
    }

    /**
     * Writes {@code html} as {@code <out>/dashboard.html} through a temporary sibling moved into place,
     * so a browser reloading it never sees half a page.
     */
    public static Path write(Path out, String html) throws IOException {
        Files.createDirectories(out);
        Path file = out.resolve(FILE);
        Path tmp = out.resolve("." + FILE + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
        try {
            Files.writeString(tmp, html, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }

    // ---------------------------------------------------------------- rendering

    /** The page for {@code exams} in {@code language}, worded by {@code words}. */
    public static String render(List<DashboardExam> exams, Words words, String language) {
        List<DashboardExam> sorted = new ArrayList<>(exams);
        sorted.sort(Comparator.comparing(DashboardExam::site).thenComparing(DashboardExam::examDate)
                .thenComparing(DashboardExam::studyInstanceUid));
        Map<String, List<DashboardExam>> bySite = new TreeMap<>();
        sorted.forEach(e -> bySite.computeIfAbsent(e.site().isEmpty() ? "?" : e.site(), k -> new ArrayList<>()).add(e));

        StringBuilder h = new StringBuilder(16384);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(language)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(words.get("dashboard.title"))).append("</title>\n<style>")
                .append("body{font-family:sans-serif;margin:1em;max-width:72em}h1{font-size:1.4em}h2{font-size:1.2em}")
                .append(".scroll{overflow-x:auto}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em .5em;")
                .append("text-align:left;vertical-align:top}td:first-child{white-space:nowrap}td.n{text-align:right}.ok{color:#060}.bad{color:#a00}.waived{color:#336}")
                .append(".plots{display:flex;flex-wrap:wrap;gap:1em}figure{margin:0;width:20em;max-width:100%}")
                .append("svg{width:100%;height:auto}figcaption{font-size:.9em}")
                .append("</style>\n</head>\n<body>\n<h1>").append(esc(words.get("dashboard.title"))).append("</h1>\n")
                .append("<p>").append(esc(words.get("dashboard.received", sorted.size()))).append("</p>\n");

        sites(h, bySite, words);
        toRepeat(h, sorted, words);
        h.append("<h2>").append(esc(words.get("dashboard.trends"))).append("</h2>\n");
        bySite.forEach((site, list) -> trends(h, site, list, words));
        examList(h, bySite, words);
        return h.append("</body>\n</html>\n").toString();
    }

    private static void sites(StringBuilder h, Map<String, List<DashboardExam>> bySite, Words words) {
        h.append("<h2>").append(esc(words.get("dashboard.perSite"))).append("</h2>\n<div class=\"scroll\"><table>\n<tr>");
        for (String k : List.of("dashboard.site", "dashboard.exams", "dashboard.conformant", "dashboard.waived",
                "dashboard.nonConformant", "dashboard.lastExam")) {
            h.append("<th>").append(esc(words.get(k))).append("</th>");
        }
        h.append("</tr>\n");
        bySite.forEach((site, list) -> {
            long bad = list.stream().filter(e -> !e.conformant()).count();
            long waived = list.stream().filter(e -> e.conformant() && e.waivedFindings() > 0).count();
            long ok = list.size() - bad - waived;
            String last = list.stream().map(DashboardExam::examDate).filter(d -> !d.isEmpty()).max(String::compareTo).orElse("");
            h.append("<tr><td>").append(esc(site)).append("</td><td class=\"n\">").append(list.size())
                    .append("</td><td class=\"n ok\">").append(ok).append("</td><td class=\"n waived\">").append(waived)
                    .append("</td><td class=\"n bad\">").append(bad).append("</td><td>").append(esc(last)).append("</td></tr>\n");
        });
        h.append("</table></div>\n");
    }

    private static void toRepeat(StringBuilder h, List<DashboardExam> exams, Words words) {
        h.append("<h2>").append(esc(words.get("dashboard.toRepeat"))).append("</h2>\n");
        List<DashboardExam> with = exams.stream().filter(e -> !e.toRepeat().isEmpty())
                .sorted(Comparator.comparing(DashboardExam::examDate).reversed().thenComparing(DashboardExam::site)
                        .thenComparing(DashboardExam::studyInstanceUid)).toList();
        if (with.isEmpty()) {
            h.append("<p>").append(esc(words.get("dashboard.noneToRepeat"))).append("</p>\n");
            return;
        }
        h.append("<div class=\"scroll\"><table>\n<tr>");
        for (String k : List.of("dashboard.examDate", "dashboard.site", "dashboard.exam", "dashboard.sequence", "dashboard.why")) {
            h.append("<th>").append(esc(words.get(k))).append("</th>");
        }
        h.append("</tr>\n");
        for (DashboardExam e : with) {
            for (DashboardExam.Repeat r : e.toRepeat()) {
                h.append("<tr><td>").append(esc(date(e, words))).append("</td><td>").append(esc(e.site())).append("</td><td>")
                        .append(esc(e.studyInstanceUid())).append("</td><td>").append(esc(r.sequence())).append("</td><td>");
                h.append(esc(String.join("; ", r.why().isEmpty() ? List.of(words.get("dashboard.missing")) : r.why())));
                h.append("</td></tr>\n");
            }
        }
        h.append("</table></div>\n");
    }

    private static void examList(StringBuilder h, Map<String, List<DashboardExam>> bySite, Words words) {
        h.append("<h2>").append(esc(words.get("dashboard.allExams"))).append("</h2>\n<div class=\"scroll\"><table>\n<tr>");
        for (String k : List.of("dashboard.examDate", "dashboard.site", "dashboard.exam", "dashboard.verdict", "dashboard.software")) {
            h.append("<th>").append(esc(words.get(k))).append("</th>");
        }
        h.append("</tr>\n");
        bySite.values().forEach(list -> list.forEach(e -> {
            String verdict = !e.conformant() ? "<span class=\"bad\">" + esc(words.get("dashboard.verdict.nonConformant")) + "</span>"
                    : e.waivedFindings() > 0 ? "<span class=\"waived\">" + esc(words.get("dashboard.verdict.waived")) + "</span>"
                    : "<span class=\"ok\">" + esc(words.get("dashboard.verdict.conformant")) + "</span>";
            h.append("<tr><td>").append(esc(date(e, words))).append("</td><td>").append(esc(e.site())).append("</td><td>")
                    .append(esc(e.studyInstanceUid())).append("</td><td>").append(verdict).append("</td><td>")
                    .append(esc(e.softwareVersions())).append("</td></tr>\n");
        }));
        h.append("</table></div>\n");
    }

    private static String date(DashboardExam e, Words words) {
        return e.examDate().isEmpty() ? words.get("dashboard.undated") : e.examDate();
    }

    // ---------------------------------------------------------------- trends

    /** One value of a sequence's attribute in one dated exam. */
    private record Point(LocalDate date, double value, String exam) {
    }

    /**
     * The site's checked values that changed over its dated exams, one plot each (a value that never
     * changed tells nothing over time), with the software changes marked.
     */
    private static void trends(StringBuilder h, String site, List<DashboardExam> exams, Words words) {
        List<DashboardExam> dated = exams.stream().filter(e -> parse(e.examDate()) != null).toList();
        Map<String, List<Point>> series = new TreeMap<>();
        for (DashboardExam e : dated) {
            e.values().forEach((sequence, values) -> values.forEach((attribute, v) -> series
                    .computeIfAbsent(sequence + " · " + attribute, k -> new ArrayList<>())
                    .add(new Point(parse(e.examDate()), v, e.studyInstanceUid()))));
        }
        series.values().removeIf(points -> points.stream().map(Point::value).distinct().count() < 2);
        List<Change> changes = softwareChanges(dated);
        h.append("<h3>").append(esc(words.get("dashboard.site"))).append(' ').append(esc(site)).append("</h3>\n");
        if (!changes.isEmpty()) {
            h.append("<p>");
            for (Change c : changes) {
                h.append(esc(words.get("dashboard.softwareChange", c.date().toString(), c.version()))).append("<br>");
            }
            h.append("</p>\n");
        }
        if (series.isEmpty()) {
            h.append("<p>").append(esc(words.get("dashboard.noTrend"))).append("</p>\n");
            return;
        }
        LocalDate first = dated.stream().map(e -> parse(e.examDate())).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = dated.stream().map(e -> parse(e.examDate())).max(Comparator.naturalOrder()).orElseThrow();
        h.append("<div class=\"plots\">\n");
        series.forEach((name, points) -> h.append("<figure>").append(plot(points, first, last, changes))
                .append("<figcaption>").append(esc(name)).append("</figcaption></figure>\n"));
        h.append("</div>\n");
    }

    /** A software version first seen on a date, after another one. */
    private record Change(LocalDate date, String version) {
    }

    private static List<Change> softwareChanges(List<DashboardExam> dated) {
        List<DashboardExam> byDate = new ArrayList<>(dated);
        byDate.sort(Comparator.comparing((DashboardExam e) -> parse(e.examDate())).thenComparing(DashboardExam::studyInstanceUid));
        List<Change> out = new ArrayList<>();
        String previous = null;
        for (DashboardExam e : byDate) {
            if (e.softwareVersions().isEmpty()) {
                continue;
            }
            if (previous != null && !previous.equals(e.softwareVersions())) {
                out.add(new Change(parse(e.examDate()), e.softwareVersions()));
            }
            previous = e.softwareVersions();
        }
        return out;
    }

    private static final int W = 320;
    private static final int H = 140;
    private static final int LEFT = 48;
    private static final int RIGHT = 10;
    private static final int TOP = 10;
    private static final int BOTTOM = 24;

    /**
     * One small line plot as inline SVG, written by hand: no Java charting library on Maven Central
     * emits a small, deterministic, dependency-free inline SVG (JFreeChart renders to Graphics2D and
     * needs an SVG backend on top, with generated ids; XChart likewise), and this is forty lines.
     * x is the exam date over the site's dated exams, y the value; dashed lines mark software changes.
     */
    static String plot(List<Point> points, LocalDate first, LocalDate last, List<Change> changes) {
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparing(Point::date).thenComparing(Point::exam));
        double min = sorted.stream().mapToDouble(Point::value).min().orElse(0);
        double max = sorted.stream().mapToDouble(Point::value).max().orElse(1);
        double pad = (max - min) * 0.1;
        double lo = min - pad;
        double hi = max + pad;
        long span = Math.max(1, last.toEpochDay() - first.toEpochDay());
        StringBuilder s = new StringBuilder(1024);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"img\" font-size=\"10\" font-family=\"sans-serif\">");
        s.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(W - LEFT - RIGHT)
                .append("\" height=\"").append(H - TOP - BOTTOM).append("\" fill=\"none\" stroke=\"#999\"/>");
        for (Change c : changes) {
            if (!c.date().isBefore(first) && !c.date().isAfter(last)) {
                String x = num(x(c.date(), first, span));
                s.append("<line x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"").append(TOP)
                        .append("\" y2=\"").append(H - BOTTOM).append("\" stroke=\"#a60\" stroke-dasharray=\"4 3\"><title>")
                        .append(esc(c.date() + " " + c.version())).append("</title></line>");
            }
        }
        StringBuilder line = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (Point p : sorted) {
            String x = num(x(p.date(), first, span));
            String y = num(TOP + (H - TOP - BOTTOM) * (hi - p.value()) / (hi - lo));
            line.append(line.length() == 0 ? "" : " ").append(x).append(',').append(y);
            dots.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"2.5\" fill=\"#036\"><title>")
                    .append(esc(p.date() + ": " + Reports.print(p.value()) + " (" + p.exam() + ")")).append("</title></circle>");
        }
        s.append("<polyline points=\"").append(line).append("\" fill=\"none\" stroke=\"#036\"/>").append(dots);
        s.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(TOP + 8).append("\" text-anchor=\"end\">")
                .append(esc(Reports.print(max))).append("</text>");
        s.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(H - BOTTOM).append("\" text-anchor=\"end\">")
                .append(esc(Reports.print(min))).append("</text>");
        s.append("<text x=\"").append(LEFT).append("\" y=\"").append(H - 8).append("\">").append(first).append("</text>");
        s.append("<text x=\"").append(W - RIGHT).append("\" y=\"").append(H - 8).append("\" text-anchor=\"end\">")
                .append(last).append("</text>");
        return s.append("</svg>").toString();
    }

    private static double x(LocalDate d, LocalDate first, long span) {
        return LEFT + (W - LEFT - RIGHT) * (double) (d.toEpochDay() - first.toEpochDay()) / span;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static LocalDate parse(String iso) {
        try {
            return iso == null || iso.isEmpty() ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String esc(String s) {
        return Reports.escape(s);
    }
}
