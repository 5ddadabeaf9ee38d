package io.github.diapason.conformity.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares what an importable export says with the printout of the same protocol, program by program
 * and label by label: each distinct label the printout shows for a program counts once; it is "read"
 * when the export gives a value under the same label, and "agreeing" when both first values are the same, or
 * the values under that label are (a label printed on two cards, which each side lists in its own order: Philips
 * "MTC" on Contrast and on Dyn/Ang), each compared once printed the console's way (numbers equal to the printout's precision, words ignoring case and
 * underscores, times as seconds; a bandwidth in Hz/Px derived from a quantised dwell time within 1 %, as
 * reference/vendors.md section 2 advises).
 */
record ExportAgreement(int printed, int read, int agreeing, List<String> disagreements, List<String> unmatchedPrograms) {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern MINUTES = Pattern.compile("(\\d+):(\\d\\d)(\\.\\d+)?");

    static ExportAgreement of(ConsoleExport export, ConsoleExport printout) {
        int printed = 0;
        int read = 0;
        int agreeing = 0;
        List<String> disagreements = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (ConsoleProgram shown : printout.programs()) {
            Optional<ConsoleProgram> exported = export.program(shown.name());
            if (exported.isEmpty()) {
                unmatched.add(shown.name());
                continue;
            }
            Map<String, ConsoleValue> firstByLabel = new LinkedHashMap<>();
            shown.values().forEach(v -> firstByLabel.putIfAbsent(v.label(), v));
            printed += firstByLabel.size();
            for (ConsoleValue p : firstByLabel.values()) {
                Optional<ConsoleValue> e = exported.get().value(p.label());
                if (e.isEmpty()) {
                    continue;
                }
                read++;
                List<ConsoleValue> printedUnder = under(shown, p.label());
                List<ConsoleValue> exportedUnder = under(exported.get(), p.label());
                if (same(e.get(), p) || printedUnder.stream().allMatch(x -> exportedUnder.stream().anyMatch(y -> same(y, x)))
                        && exportedUnder.stream().allMatch(y -> printedUnder.stream().anyMatch(x -> same(y, x)))) {
                    agreeing++;
                } else {
                    disagreements.add(shown.name() + " / " + p.label() + ": export " + e.get().value() + " "
                            + e.get().unit() + ", printout " + p.value() + " " + p.unit());
                }
            }
        }
        return new ExportAgreement(printed, read, agreeing, disagreements, unmatched);
    }

    /** Every value under {@code label}: a label on two cards (Philips "MTC" on Contrast and Dyn/Ang) in either order. */
    private static List<ConsoleValue> under(ConsoleProgram program, String label) {
        return program.values().stream().filter(v -> v.label().equals(label)).toList();
    }

    double readShare() {
        return printed == 0 ? 0 : (double) read / printed;
    }

    double agreeingShare() {
        return read == 0 ? 0 : (double) agreeing / read;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "read %d of %d printed labels (%.1f %%), %d agree (%.1f %%)%s",
                read, printed, 100 * readShare(), agreeing, 100 * agreeingShare(),
                disagreements.isEmpty() ? "" : "; differences: " + String.join("; ", disagreements));
    }

    static boolean same(ConsoleValue export, ConsoleValue printout) {
        Optional<Double> a = seconds(export);
        Optional<Double> b = seconds(printout);
        if (a.isPresent() && b.isPresent()) {
            return Math.abs(a.get() - b.get()) < 0.5;
        }
        String x = export.value().strip();
        String y = printout.value().strip();
        if (NUMBER.matcher(x).matches() && NUMBER.matcher(y).matches()) {
            BigDecimal p = new BigDecimal(y);
            if (printout.unit().equals("Hz/Px")) {
                return Math.abs(Double.parseDouble(x) - p.doubleValue()) <= 0.01 * Math.abs(p.doubleValue());
            }
            double half = 0.5 * Math.pow(10, -Math.max(p.scale(), 0));
            return Math.abs(Double.parseDouble(x) - p.doubleValue()) <= half + 1e-9;
        }
        return words(x).equals(words(y));
    }

    /** A duration printed {@code 4:44}, {@code 04:22.0} or {@code 19 sec}, in seconds. */
    private static Optional<Double> seconds(ConsoleValue v) {
        Matcher m = MINUTES.matcher(v.value().strip());
        if (m.matches()) {
            return Optional.of(Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2) + (m.group(3) == null ? "" : m.group(3))));
        }
        if (v.unit().equals("sec") && NUMBER.matcher(v.value().strip()).matches()) {
            return Optional.of(Double.parseDouble(v.value().strip()));
        }
        return Optional.empty();
    }

    private static String words(String s) {
        return s.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ").strip();
    }
}
