package io.github.diapason.compiler.generate;

import io.github.diapason.compiler.compile.SequenceOutcome;
import io.github.diapason.model.ContrastAgent;
import io.github.diapason.model.Exam;
import io.github.diapason.model.Injection;
import io.github.diapason.model.Quantity;
import io.github.diapason.model.Sequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Geometry of the exam-timeline figure and rows of the order table: one bar per sequence, with the
 * contrast injection and the wait after it where the protocol places them ({@code kind}), laid end to
 * end along a time axis, one row each, with the exam's maximum duration as a dashed line. Computed here so templates only
 * draw; coordinates are rounded to 0.1 px so the SVG is byte-stable.
 */
final class Timeline {

    static final int WIDTH = 680;
    static final int LABEL_WIDTH = 260;
    static final int BAR_HEIGHT = 16;
    static final int ROW = 22;

    private Timeline() {
    }

    static Map<String, Object> of(List<SequenceOutcome> sequences, Exam exam, Words w) {
        List<Step> steps = steps(sequences, exam, w);
        double total = steps.stream().mapToDouble(Step::seconds).sum();
        Double maximum = exam.maximumDuration() == null ? null
                : exam.maximumDuration().canonical().map(ms -> ms / 1000).orElse(null);
        double span = Math.max(total, maximum == null ? 0 : maximum);
        double scale = span <= 0 ? 0 : (WIDTH - LABEL_WIDTH - 10) / span;
        List<Map<String, Object>> bars = new ArrayList<>();
        double start = 0;
        int number = 0;
        int row = 0;
        for (Step step : steps) {
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("kind", step.kind());
            if (step.kind().equals(SEQUENCE)) {
                // the runs of one sequence share its number (the console sheet's), each its own row
                bar.put("number", step.run() <= 1 ? ++number : number);
                if (step.run() > 0) {
                    bar.put("run", step.run());
                }
            }
            bar.put("label", step.label());
            bar.put("seconds", step.seconds());
            bar.put("display", step.display());
            bar.put("mandatory", step.mandatory());
            bar.put("x", px(LABEL_WIDTH + start * scale));
            bar.put("y", px(4 + row++ * ROW));
            bar.put("barWidth", px(Math.max(1, step.seconds() * scale)));
            bars.add(bar);
            start += step.seconds();
        }
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("width", WIDTH);
        t.put("height", 8 + row * ROW);
        t.put("labelWidth", LABEL_WIDTH);
        t.put("barHeight", BAR_HEIGHT);
        t.put("bars", bars);
        t.put("totalSeconds", total);
        t.put("totalDisplay", minutes(total));
        if (maximum != null) {
            t.put("maximumSeconds", maximum);
            t.put("maximumDisplay", minutes(maximum));
            t.put("maximumX", px(LABEL_WIDTH + maximum * scale));
        }
        return t;
    }

    static final String SEQUENCE = "sequence";
    static final String INJECTION = "injection";
    static final String WAIT = "wait";

    /** One row of the order: a sequence, the contrast injection, or the wait the injection imposes. */
    private record Step(String kind, String label, double seconds, String display, boolean mandatory, int run) {

        Step(String kind, String label, double seconds, String display, boolean mandatory) {
            this(kind, label, seconds, display, mandatory, 0);
        }
    }

    /**
     * The sequences the site runs in order, with the injection placed after its sequence (or, when
     * the site does not run that one, after the last run sequence that precedes it in the protocol)
     * and, before the sequence that must wait, the part of the minimum wait the sequences run
     * in between do not already fill.
     */
    private static List<Step> steps(List<SequenceOutcome> sequences, Exam exam, Words w) {
        List<Step> steps = new ArrayList<>();
        ContrastAgent agent = exam.equipment() == null ? null : exam.equipment().contrastAgent();
        Injection injection = agent == null ? null : agent.injection();
        List<String> order = exam.sequences().stream().map(Sequence::id).toList();
        int injectAt = injection == null ? -1 : order.indexOf(injection.after());
        boolean injected = injection == null || injectAt < 0;
        double sinceInjection = 0;
        for (SequenceOutcome s : sequences) {
            if (!injected && order.indexOf(s.sequence().id()) > injectAt) {
                steps.add(injection(agent, w));
                injected = true;
            }
            if (injected && injection != null && injectAt >= 0 && s.sequence().id().equals(injection.waitBefore())
                    && injection.minimumWait() != null) {
                double wait = seconds(injection.minimumWait());
                double idle = Math.max(0, wait - sinceInjection);
                if (idle > 0) {
                    steps.add(new Step(WAIT, w.msg("timeline.wait", w.numbers(DocumentModel.number(Math.round(wait / 6) / 10.0)) + " min",
                            w.text(s.sequence().name())), idle,
                            minutes(idle), s.sequence().isMandatory()));
                }
            }
            double seconds = s.vendor().orElseThrow().acquisitionTime().seconds();
            int runs = s.sequence().runs();
            for (int run = 1; run <= runs; run++) {
                // a sequence run n times is n rows of the order and n bars: the total counts each run
                String label = runs == 1 ? w.text(s.sequence().name())
                        : w.msg("timeline.run", w.text(s.sequence().name()), String.valueOf(run), String.valueOf(runs));
                steps.add(new Step(SEQUENCE, label, seconds,
                        w.numbers(s.vendor().orElseThrow().acquisitionTime().display()), s.sequence().isMandatory(),
                        runs == 1 ? 0 : run));
                if (injected && injection != null && injectAt >= 0) {
                    sinceInjection += seconds;
                }
            }
        }
        if (!injected && !sequences.isEmpty()) {
            steps.add(injection(agent, w));
        }
        return steps;
    }

    private static Step injection(ContrastAgent agent, Words w) {
        double seconds = agent.injection().duration() == null ? 0 : seconds(agent.injection().duration());
        return new Step(INJECTION, w.msg("timeline.injection", agent.name()), seconds, minutes(seconds), false);
    }

    private static double seconds(Quantity q) {
        return q.canonical().map(ms -> ms / 1000).orElse(0.0);
    }

    /** m:ss, truncated like the consoles' own displays. */
    static String minutes(double seconds) {
        long s = (long) Math.floor(seconds + 1e-9);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static double px(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
