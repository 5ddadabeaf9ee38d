package io.github.diapason.compiler.generate;

import io.github.diapason.compiler.compile.SequenceOutcome;
import io.github.diapason.compiler.compile.SiteOutcome;
import io.github.diapason.compiler.words.Messages;
import io.github.diapason.model.Exam;
import io.github.diapason.model.Injection;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.Planning;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.Quantity;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Site;
import io.github.diapason.model.Visit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The budget and storage estimate of the recommendations (practice reference sections 4 and 5): per
 * site, scanner time per visit (the compiled cards' acquisition times, the contrast injection and its
 * wait, and the protocol's positioning margin) × visits × planned participants, phantom and
 * qualification sessions, contrast doses, and storage per exam from each series' matrix × slices ×
 * volumes × bytes per pixel. Figures are computed here once, for {@code planning.<lang>.html} and
 * {@code planning.csv}; the page receives them already written in its language.
 */
final class PlanningSheet {

    /**
     * MR images are stored with 16 bits allocated per pixel (DICOM PS3.3, MR Image Module, Bits
     * Allocated = 16), whatever the bits stored.
     */
    static final int BYTES_PER_PIXEL = 2;

    /** The figures of one site; {@code participants} null when the site has not said. */
    record SiteFigures(Site site, String scanner, double examSeconds, double positioningSeconds, int visits,
                       Integer participants, int contrastVisits, boolean contrast, double phantomSeconds,
                       int qualificationExams, long bytesPerExam) {

        double visitMinutes() {
            return (examSeconds + positioningSeconds) / 60;
        }

        double participantHours() {
            return participants == null ? 0 : visitMinutes() * visits * participants / 60;
        }

        double qualificationHours() {
            return visitMinutes() * qualificationExams / 60;
        }

        double phantomHours() {
            return phantomSeconds / 3600;
        }

        double totalHours() {
            return participantHours() + qualificationHours() + phantomHours();
        }

        int doses() {
            return contrast && participants != null ? participants * contrastVisits : 0;
        }

        long bytesPerSite() {
            return bytesPerExam * ((participants == null ? 0 : (long) participants * visits) + qualificationExams);
        }
    }

    private PlanningSheet() {
    }

    static List<SiteFigures> figures(Protocol protocol, List<SiteOutcome> outcomes) {
        Planning planning = protocol.planning();
        Exam exam = protocol.exam();
        double positioning = planning == null ? 0 : seconds(planning.positioningMargin());
        double phantom = planning == null || planning.phantomSessions() == null ? 0
                : planning.phantomSessions() * seconds(planning.phantomSessionDuration());
        int qualification = planning == null || planning.qualificationExams() == null ? 0 : planning.qualificationExams();
        List<Visit> visits = protocol.study().visits();
        int visitCount = Math.max(1, visits.size());
        int contrastVisits = visits.isEmpty() ? 1 : (int) visits.stream().filter(Visit::withContrast).count();
        boolean hasAgent = exam.equipment() != null && exam.equipment().contrastAgent() != null;
        Injection injection = hasAgent ? exam.equipment().contrastAgent().injection() : null;
        List<SiteFigures> out = new ArrayList<>();
        Words none = new Words("en", Messages.builtIn("en"));
        for (SiteOutcome outcome : outcomes) {
            List<SequenceOutcome> runnable = outcome.runnable();
            double examSeconds = ((Number) Timeline.of(runnable, exam, none).get("totalSeconds")).doubleValue();
            // Contrast is given only where the site runs the sequence that waits for it (when one does).
            boolean contrast = hasAgent && (injection == null || injection.waitBefore() == null
                    || runnable.stream().anyMatch(s -> s.sequence().id().equals(injection.waitBefore())));
            long bytes = runnable.stream().mapToLong(s -> series(s.sequence()).bytes()).sum();
            var scanner = outcome.effective().scanner();
            out.add(new SiteFigures(outcome.effective().site(), outcome.parameterSet().vendorName() + " " + scanner.model()
                    + " " + DocumentModel.number(scanner.fieldStrength()) + " T", examSeconds, positioning, visitCount,
                    outcome.effective().site().plannedParticipants(), contrastVisits, contrast, phantom, qualification, bytes));
        }
        return out;
    }

    /** One sequence's image count and size: matrix × slices × volumes × {@value #BYTES_PER_PIXEL} bytes, for each of its runs. */
    record Series(Sequence sequence, int read, int phase, int slices, int volumes) {
        long bytes() {
            return (long) read * phase * slices * volumes * BYTES_PER_PIXEL * sequence.runs();
        }
    }

    static Series series(Sequence s) {
        int volumes = 1;
        if (s.functional() != null) {
            volumes = s.functional().volumes();
        } else if (s.diffusion() != null) {
            volumes = s.diffusion().shells().stream().mapToInt(sh -> sh.directions()
                    + (sh.reversedPhase() == null ? 0 : sh.reversedPhase())).sum();
        } else {
            volumes = count(s, ParameterName.NumberOfVolumes, 1);
        }
        int read = matrix(s, ParameterName.AcquisitionMatrixRead, ParameterName.FieldOfViewRead, ParameterName.VoxelSizeRead);
        int phase = matrix(s, ParameterName.AcquisitionMatrixPhase, ParameterName.FieldOfViewPhase, ParameterName.VoxelSizePhase);
        return new Series(s, read, phase == 0 ? read : phase, count(s, ParameterName.NumberOfSlices, 1), volumes);
    }

    /** The matrix as given, else field of view ÷ voxel size (the phase direction falls back on the read one's figures). */
    private static int matrix(Sequence s, ParameterName matrix, ParameterName fov, ParameterName voxel) {
        int given = count(s, matrix, 0);
        if (given > 0) {
            return given;
        }
        Double f = millimetres(s, fov) != null ? millimetres(s, fov) : millimetres(s, ParameterName.FieldOfViewRead);
        Double v = millimetres(s, voxel) != null ? millimetres(s, voxel) : millimetres(s, ParameterName.VoxelSizeRead);
        return f == null || v == null || v <= 0 ? 0 : (int) Math.round(f / v);
    }

    private static int count(Sequence s, ParameterName name, int absent) {
        Double v = value(s, name);
        return v == null ? absent : (int) Math.round(v);
    }

    private static Double millimetres(Sequence s, ParameterName name) {
        Double v = value(s, name);
        String unit = s.parameters().containsKey(name) ? s.parameters().get(name).unit() : null;
        return v == null ? null : io.github.diapason.model.Unit.bySymbol(unit).map(u -> u.toCanonical(v)).orElse(v);
    }

    private static Double value(Sequence s, ParameterName name) {
        ParameterSpec p = s.parameters().get(name);
        if (p == null) {
            return null;
        }
        return p.value() != null ? p.value() : !p.values().isEmpty() ? p.values().get(0) : p.max() != null ? p.max() : p.min();
    }

    private static double seconds(Quantity q) {
        return q == null ? 0 : q.canonical().map(ms -> ms / 1000).orElse(0.0);
    }

    /** Data model of {@code planning.<lang>.html}: every figure already written in the page's language. */
    static Map<String, Object> model(Protocol protocol, List<SiteFigures> figures, String language, Messages messages) {
        Words w = new Words(language, messages);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("language", language);
        m.put("study", DocumentModel.study(protocol.study(), w));
        Planning planning = protocol.planning();
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("positioningMinutes", w.numbers(fixed(planning == null ? 0 : seconds(planning.positioningMargin()) / 60, 0)));
        a.put("visits", protocol.study().visits().size());
        a.put("phantomSessions", planning == null || planning.phantomSessions() == null ? 0 : planning.phantomSessions());
        a.put("phantomMinutes", w.numbers(fixed(planning == null ? 0 : seconds(planning.phantomSessionDuration()) / 60, 0)));
        a.put("qualificationExams", planning == null || planning.qualificationExams() == null ? 0 : planning.qualificationExams());
        a.put("bytesPerPixel", BYTES_PER_PIXEL);
        m.put("assumptions", a);
        List<Map<String, Object>> series = new ArrayList<>();
        for (Sequence s : protocol.exam().sequences()) {
            Series x = series(s);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", s.runs() == 1 ? w.text(s.name()) : w.msg("planning.runs", w.text(s.name()), String.valueOf(s.runs())));
            row.put("matrix", x.read() + " × " + x.phase());
            row.put("slices", x.slices());
            row.put("volumes", x.volumes());
            row.put("megabytes", w.numbers(fixed(x.bytes() / 1e6, 1)));
            series.add(row);
        }
        m.put("series", series);
        List<Map<String, Object>> sites = new ArrayList<>();
        double hours = 0;
        double participantHours = 0;
        long bytes = 0;
        int doses = 0;
        int participants = 0;
        for (SiteFigures f : figures) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", f.site().id());
            row.put("name", f.site().name());
            row.put("scanner", w.numbers(f.scanner()));
            row.put("examMinutes", w.numbers(fixed(f.examSeconds() / 60, 1)));
            row.put("visitMinutes", w.numbers(fixed(f.visitMinutes(), 1)));
            row.put("visits", f.visits());
            if (f.participants() != null) {
                row.put("participants", f.participants());
                participants += f.participants();
            }
            row.put("participantHours", w.numbers(fixed(f.participantHours(), 1)));
            row.put("qualificationHours", w.numbers(fixed(f.qualificationHours(), 1)));
            row.put("phantomHours", w.numbers(fixed(f.phantomHours(), 1)));
            row.put("totalHours", w.numbers(fixed(f.totalHours(), 1)));
            row.put("doses", f.doses());
            row.put("examMegabytes", w.numbers(fixed(f.bytesPerExam() / 1e6, 1)));
            row.put("siteGigabytes", w.numbers(fixed(f.bytesPerSite() / 1e9, 2)));
            sites.add(row);
            hours += f.totalHours();
            participantHours += f.participantHours();
            bytes += f.bytesPerSite();
            doses += f.doses();
        }
        m.put("sites", sites);
        m.put("totals", Map.of("participants", participants, "participantHours", w.numbers(fixed(participantHours, 1)),
                "totalHours", w.numbers(fixed(hours, 1)), "doses", doses, "gigabytes", w.numbers(fixed(bytes / 1e9, 2))));
        m.put("missingParticipants", figures.stream().filter(f -> f.participants() == null).map(f -> f.site().id()).toList());
        return m;
    }

    /** {@code planning.csv}: one row per site, numbers with a decimal point whatever the language (for spreadsheets and scripts). */
    static String csv(List<SiteFigures> figures) {
        StringBuilder out = new StringBuilder("site,scanner,exam_minutes,visit_minutes,visits,participants,participant_hours,"
                + "qualification_exams,qualification_hours,phantom_hours,total_hours,contrast_doses,storage_per_exam_mb,"
                + "storage_per_site_gb\n");
        for (SiteFigures f : figures) {
            out.append(cell(f.site().id())).append(',').append(cell(f.scanner())).append(',')
                    .append(fixed(f.examSeconds() / 60, 1)).append(',').append(fixed(f.visitMinutes(), 1)).append(',')
                    .append(f.visits()).append(',').append(f.participants() == null ? "" : f.participants()).append(',')
                    .append(fixed(f.participantHours(), 1)).append(',').append(f.qualificationExams()).append(',')
                    .append(fixed(f.qualificationHours(), 1)).append(',').append(fixed(f.phantomHours(), 1)).append(',')
                    .append(fixed(f.totalHours(), 1)).append(',').append(f.doses()).append(',')
                    .append(fixed(f.bytesPerExam() / 1e6, 1)).append(',').append(fixed(f.bytesPerSite() / 1e9, 2)).append('\n');
        }
        return out.toString();
    }

    /** RFC 4180 quoting when needed; a leading =, +, - or @ is prefixed so no spreadsheet runs it as a formula. */
    private static String cell(String s) {
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    static String fixed(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

}
