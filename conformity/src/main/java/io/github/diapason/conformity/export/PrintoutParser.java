package io.github.diapason.conformity.export;

import io.github.diapason.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the positioned text runs of a printout into programs of labelled values (see
 * {@link PrintoutReader}). Programs start at the vendor's protocol heading: Siemens prints the
 * protocol path ({@code \\user\region\exam\T1w}) and a {@code TA: ... : tfl} line, GE starts a page
 * with {@code Protocol:} and names the series under "Series Description", Philips heads each page
 * with the ExamCard breadcrumb ending in the scan name and duration.
 */
final class PrintoutParser {

    private static final Pattern PHILIPS_CRUMB = Pattern.compile("\\|\\s*([^|]+?)\\s+(\\d+:\\d+(?:\\.\\d+)?)\\s*$");
    private static final Pattern PARENTHESISED_UNIT = Pattern.compile("^(.*\\S)\\s*\\(([^()]*)\\)$");
    /**
     * A patient axis in parentheses is part of a Philips label, not its unit: the console names each SENSE factor by
     * the axis it folds along, "P reduction (AP) 2", "S reduction (RL) 1.5" (spine_generic_philips_R53.pdf, T2w), where
     * "Flip angle (deg) 9" and "FOV FH (mm) 320" end in a unit.
     */
    private static final Pattern AXIS_QUALIFIER = Pattern.compile("RL|AP|FH");
    /** Philips sub-lines naming only an axis ("AP", "stack AP") under a line ending in an axis ("FOV RL"). */
    private static final Pattern AXIS_ONLY = Pattern.compile("^(?:stack )?(RL|AP|FH)$");
    private static final Pattern ENDS_WITH_AXIS = Pattern.compile("^(.*\\S) (RL|AP|FH)$");
    /** A Philips label further right than this from its column start is a sub-line of the one above. */
    private static final double SUB_LINE_INDENT = 9;

    private final PrintoutLayout layout;
    private final String file;

    private final List<Object> items = new ArrayList<>();
    private final Map<String, Line> open = new HashMap<>();

    private final List<Program> programs = new ArrayList<>();
    private Program program;
    private String card = "";
    private Entry entry;

    PrintoutParser(PrintoutLayout layout, String file) {
        this.layout = layout;
        this.file = file;
    }

    private record Marker(String name, String sequenceType, String ta, int page, double y) {
    }

    /** The table of contents (B17 prints it after the last protocol): the programs end there. */
    private record End() {
    }

    private static final class Line {
        final int page;
        final double y;
        final StringBuilder label = new StringBuilder();
        final StringBuilder value = new StringBuilder();
        final PrintoutLayout.Column column;
        double firstX = Double.MAX_VALUE;

        Line(int page, double y, PrintoutLayout.Column column) {
            this.page = page;
            this.y = y;
            this.column = column;
        }
    }

    private static final class Entry {
        final StringBuilder label = new StringBuilder();
        final StringBuilder value = new StringBuilder();
        final int page;
        final double y;
        final boolean indented;

        Entry(Line line, double indent) {
            this.page = line.page;
            this.y = line.y;
            this.indented = line.firstX - line.column.labelX() > indent;
        }
    }

    /** The last Philips label that was not a sub-line, for naming axis-only sub-lines. */
    private String group = "";

    private static final class Program {
        String name;
        String sequenceType;
        final List<ConsoleValue> values = new ArrayList<>();
        final Map<String, Integer> seen = new HashMap<>();
        final SourceLocation location;

        Program(String name, String sequenceType, SourceLocation location) {
            this.name = name;
            this.sequenceType = sequenceType;
            this.location = location;
        }
    }

    List<ConsoleProgram> parse(List<PdfRuns.Run> runs) {
        collect(runs);
        for (Object item : items) {
            if (item instanceof Marker m) {
                startProgram(m);
            } else if (item instanceof End) {
                finishProgram();
            } else if (program != null) {
                line((Line) item);
            }
        }
        finishProgram();
        return programs.stream()
                .map(p -> new ConsoleProgram(p.name, p.sequenceType, p.values, List.of(), p.location))
                .toList();
    }

    /** Program markers and lines, in content-stream order. */
    private void collect(List<PdfRuns.Run> runs) {
        Map<String, List<PdfRuns.Run>> taLines = new LinkedHashMap<>();
        if (layout.isSiemens()) {
            for (PdfRuns.Run r : runs) {
                if (r.text().strip().startsWith("TA:")) {
                    taLines.put(r.page() + "@" + Math.round(r.y()), new ArrayList<>());
                }
            }
            runs.forEach(r -> {
                List<PdfRuns.Run> l = taLines.get(r.page() + "@" + Math.round(r.y()));
                if (l != null) {
                    l.add(r);
                }
            });
        }
        for (PdfRuns.Run r : runs) {
            String text = r.text().strip();
            if (text.equals("Table of contents")) {
                items.add(new End());
                continue;
            }
            if (layout.isSiemens() && isProgramPath(text)) {
                items.add(new Marker(text.substring(text.lastIndexOf('\\') + 1), "", "", r.page(), r.y()));
                continue;
            }
            if (layout.isSiemens() && taLines.containsKey(r.page() + "@" + Math.round(r.y()))) {
                if (text.startsWith("TA:")) {
                    items.add(taLine(taLines.get(r.page() + "@" + Math.round(r.y()))));
                }
                continue;
            }
            if (layout == PrintoutLayout.GE && text.startsWith("Protocol:")) {
                items.add(new Marker("", "", "", r.page(), r.y()));
                continue;
            }
            if (layout == PrintoutLayout.PHILIPS && r.y() < layout.top()) {
                Matcher m = PHILIPS_CRUMB.matcher(text);
                if (text.contains("InBox") && m.find()) {
                    items.add(new Marker(m.group(1).strip(), "", m.group(2), r.page(), r.y()));
                }
                continue;
            }
            if (!layout.inBand(r.x(), r.y())) {
                continue;
            }
            PrintoutLayout.Column column = layout.column(r.x());
            String key = r.page() + "@" + column.labelX() + "@" + Math.round(r.y());
            if (text.startsWith("- - -")) {
                continue; // syngo B17 separator rules
            }
            Line line = open.computeIfAbsent(key, k -> {
                Line l = new Line(r.page(), r.y(), column);
                items.add(l);
                return l;
            });
            boolean isValue = r.x() >= column.valueX();
            StringBuilder target = isValue ? line.value : line.label;
            if (!target.isEmpty()) {
                target.append(' ');
            }
            target.append(text);
            if (!isValue) {
                line.firstX = Math.min(line.firstX, r.x());
            }
        }
    }

    /** {@code \\user\region\exam\T1w}: a protocol path (the table of contents prints only its first part). */
    private static boolean isProgramPath(String text) {
        return text.startsWith("\\\\") && text.substring(2).split("\\\\").length >= 3;
    }

    /**
     * The line under a Siemens protocol path: E11 {@code TA: 4:44 PM: ISO Voxel size: ... Rel. SNR: 1.00 : tfl},
     * B17 {@code TA: 0:33 PAT: Off ... SIEMENS: gre}, XA61 {@code TA: 4:44 min Coil Selection: ...}. The TA is the
     * words after {@code TA:} up to the next {@code word:}; the sequence is what follows " : " or "SIEMENS: ".
     */
    private static Marker taLine(List<PdfRuns.Run> runs) {
        StringBuilder s = new StringBuilder();
        runs.stream().sorted((a, b) -> Double.compare(a.x(), b.x())).forEach(r -> s.append(r.text().strip()).append(' '));
        String text = s.toString().strip().replaceAll("\\s+", " ");
        StringBuilder ta = new StringBuilder();
        String[] words = text.split(" ");
        for (int i = 1; i < words.length && !words[i].endsWith(":"); i++) {
            ta.append(ta.isEmpty() ? "" : " ").append(words[i]);
        }
        String sequence = "";
        int mark = Math.max(text.lastIndexOf(" : "), text.lastIndexOf("SIEMENS: "));
        if (mark >= 0) {
            sequence = text.substring(text.indexOf(": ", mark) + 2).strip();
        }
        return new Marker(null, sequence, ta.toString(), runs.get(0).page(), runs.get(0).y());
    }

    private void startProgram(Marker m) {
        if (m.name() == null) { // the Siemens TA line completes the program its path line opened
            if (program != null) {
                program.sequenceType = m.sequenceType();
                String[] ta = m.ta().split(" ");
                add("TA", "TA", ta[0], ta.length > 1 ? ta[1] : "", m.page(), m.y());
            }
            return;
        }
        finishProgram();
        card = "";
        program = new Program(m.name(), m.sequenceType(),
                SourceLocation.file(file).withPath("page " + m.page()));
        if (!m.ta().isEmpty()) {
            add("Total scan duration", "Total scan duration", m.ta(), "", m.page(), m.y());
        }
    }

    private void finishProgram() {
        flush();
        if (program == null) {
            return;
        }
        Program previous = programs.isEmpty() ? null : programs.get(programs.size() - 1);
        boolean continuation = previous != null
                && (program.name.isEmpty() || program.name.equals(previous.name) && layout == PrintoutLayout.PHILIPS);
        if (continuation) {
            program.values.forEach(v -> add(previous, v));
        } else {
            programs.add(program);
        }
        program = null;
    }

    private void line(Line line) {
        String label = line.label.toString().strip();
        String value = line.value.toString().strip();
        if (!label.isEmpty() && !value.isEmpty()) {
            flush();
            entry = new Entry(line, SUB_LINE_INDENT);
            entry.label.append(label);
            entry.value.append(value);
        } else if (!label.isEmpty()) {
            if (isHeader(line, label)) {
                flush();
                card = label;
            } else if (entry != null && entry.value.isEmpty()) {
                entry.label.append(' ').append(label);
            } else if (entry != null && entry.page == line.page && line.y - entry.y > 0
                    && line.y - entry.y <= layout.labelWrapGap()) {
                entry.label.append(' ').append(label);
            } else {
                flush();
                entry = new Entry(line, SUB_LINE_INDENT);
                entry.label.append(label);
            }
        } else if (!value.isEmpty() && entry != null) {
            if (!entry.value.isEmpty()) {
                entry.value.append(' ');
            }
            entry.value.append(value);
        }
    }

    /**
     * "FOV RL 300 / FH 300 / stack AP 32" is printed as one labelled line and two indented axis-only lines:
     * these become "FOV FH" and "FOV AP", so that each value says what it is.
     */
    private String philipsAxisLabel(String label, boolean indented) {
        Matcher axis = AXIS_ONLY.matcher(label);
        Matcher parent = ENDS_WITH_AXIS.matcher(group);
        if (indented && axis.matches() && parent.matches()) {
            return parent.group(1) + " " + axis.group(1);
        }
        if (!indented) {
            group = label;
        }
        return label;
    }

    private boolean isHeader(Line line, String label) {
        if (line.column.headerBeforeX() > 0) {
            return line.firstX < line.column.headerBeforeX();
        }
        return label.chars().anyMatch(Character::isLetter) && label.equals(label.toUpperCase(Locale.ROOT));
    }

    private void flush() {
        if (entry == null || program == null) {
            entry = null;
            return;
        }
        String label = entry.label.toString().strip();
        String value = entry.value.toString().strip();
        int page = entry.page;
        double y = entry.y;
        boolean indented = entry.indented;
        entry = null;
        if (value.isEmpty()) {
            return;
        }
        if (layout == PrintoutLayout.GE && label.equals("Series Description") && program.name.isEmpty()) {
            program.name = value;
        }
        String unit = "";
        Matcher m = PARENTHESISED_UNIT.matcher(label);
        if (layout == PrintoutLayout.PHILIPS && m.matches() && !AXIS_QUALIFIER.matcher(m.group(2).strip()).matches()) {
            label = m.group(1).strip();
            unit = m.group(2).strip();
        }
        if (layout == PrintoutLayout.PHILIPS) {
            label = philipsAxisLabel(label, indented);
        }
        int space = value.lastIndexOf(' ');
        if (!layout.units().isEmpty() && space > 0 && layout.units().contains(value.substring(space + 1))) {
            unit = value.substring(space + 1);
            value = value.substring(0, space).strip();
        }
        add(card.isEmpty() ? label : card + "/" + label, label, value, unit, page, y);
    }

    private void add(String key, String label, String value, String unit, int page, double y) {
        add(program, new ConsoleValue(key, label, value, unit,
                SourceLocation.file(file).withPath("page " + page + ", y " + Math.round(y))));
    }

    private static void add(Program p, ConsoleValue v) {
        int n = p.seen.merge(v.key(), 1, Integer::sum);
        p.values.add(n == 1 ? v : new ConsoleValue(v.key() + "#" + n, v.label(), v.value(), v.unit(), v.location()));
    }
}
