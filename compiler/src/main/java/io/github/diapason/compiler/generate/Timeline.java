package io.github.diapason.compiler.generate;

import io.github.diapason.compiler.compile.SequenceOutcome;
import io.github.diapason.compiler.compile.SiteOutcome;
import io.github.diapason.model.Exam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Geometry of the exam-timeline figure: one bar per sequence, laid end to end along a time axis,
 * one row each, with the exam's maximum duration as a dashed line. Computed here so templates only
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
        double total = sequences.stream().mapToDouble(s -> s.vendor().orElseThrow().acquisitionTime().seconds()).sum();
        Double maximum = exam.maximumDuration() == null ? null
                : exam.maximumDuration().canonical().map(ms -> ms / 1000).orElse(null);
        double span = Math.max(total, maximum == null ? 0 : maximum);
        double scale = span <= 0 ? 0 : (WIDTH - LABEL_WIDTH - 10) / span;
        List<Map<String, Object>> bars = new ArrayList<>();
        double start = 0;
        int number = 0;
        for (SequenceOutcome s : sequences) {
            double seconds = s.vendor().orElseThrow().acquisitionTime().seconds();
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("number", ++number);
            bar.put("label", w.text(s.sequence().name()));
            bar.put("seconds", seconds);
            bar.put("display", w.numbers(s.vendor().orElseThrow().acquisitionTime().display()));
            bar.put("mandatory", s.sequence().isMandatory());
            bar.put("x", px(LABEL_WIDTH + start * scale));
            bar.put("y", px(4 + (number - 1) * ROW));
            bar.put("barWidth", px(Math.max(1, seconds * scale)));
            bars.add(bar);
            start += seconds;
        }
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("width", WIDTH);
        t.put("height", 8 + number * ROW);
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

    /** m:ss, truncated like the consoles' own displays. */
    static String minutes(double seconds) {
        long s = (long) Math.floor(seconds + 1e-9);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static double px(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
