package io.github.diapason.compiler.qualify;

import io.github.diapason.conformity.export.ConsoleValue;
import io.github.diapason.vendor.AcquisitionTime;
import io.github.diapason.vendor.ConsoleParameter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "The console's way" of comparing a compiled card value with the value a console export or printout shows: one
 * definition for qualify ({@link ExportComparison}) and for the console-fidelity measurement (ConsoleFidelityTest).
 */
public final class ConsoleAgreement {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private ConsoleAgreement() {
    }

    /**
     * A card value and an exported one agree when the export, read the console's way, shows the same: the same unit
     * (when both print one), numbers equal to the precision the export prints, words equal ignoring case and spacing.
     */
    public static boolean agrees(ConsoleParameter card, ConsoleValue export) {
        String a = card.value().display().strip();
        String b = export.value().strip();
        if (!card.unit().isEmpty() && !export.unit().isEmpty() && !card.unit().equalsIgnoreCase(export.unit())) {
            return false;
        }
        if (card.unit().isEmpty() != export.unit().isEmpty()
                && words(printed(a, card.unit())).equals(words(printed(b, export.unit())))) {
            return true; // one side prints its unit inside the value ("1 beats"), the other apart
        }
        if (NUMBER.matcher(a).matches() && NUMBER.matcher(b).matches()) {
            BigDecimal shown = new BigDecimal(b);
            double half = 0.5 * Math.pow(10, -Math.max(shown.scale(), 0));
            return Math.abs(new BigDecimal(a).doubleValue() - shown.doubleValue()) <= half + 1e-9;
        }
        return words(a).equals(words(b));
    }

    /** The criterion for acquisition times: within 3 % of the console's TA. */
    public static final double TIME_TOLERANCE = 0.03;

    /**
     * Labels under which an export prints the heart rate its console assumed when it computed the scan time:
     * Philips's info page "Entered heartrate 70 (< 78)" (spine_generic_philips_R53.pdf, DWI: Act. TR 3429 ms = 4 x
     * 60/70 s). Siemens's "Average cycle" is not one: it is the pulse the console measured, and its TA follows
     * another rate (VE11C: "Average cycle 890 ± 68 ms" with TA 2:05, 0.71 s a trigger over 175 triggers; XA61: "Average
     * Cycle 920 ± 114 ms" with TA 2:36, 0.89 s a trigger).
     */
    public static final java.util.List<String> ASSUMED_HEART_RATE_LABELS = java.util.List.of("Entered heartrate");

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d+(\\.\\d+)?)");

    /** The heart rate (bpm) a program says its console assumed for its scan time, if it prints one. */
    public static java.util.OptionalDouble assumedHeartRate(io.github.diapason.conformity.export.ConsoleProgram program) {
        for (String label : ASSUMED_HEART_RATE_LABELS) {
            java.util.Optional<ConsoleValue> v = program.value(label);
            if (v.isPresent()) {
                java.util.regex.Matcher m = LEADING_NUMBER.matcher(v.get().value());
                if (m.find()) {
                    return java.util.OptionalDouble.of(Double.parseDouble(m.group(1)));
                }
            }
        }
        return java.util.OptionalDouble.empty();
    }

    /**
     * A card's acquisition time agrees with the console's scan time, the console's way: within 3 % of it. A card
     * time given as a range (a cardiac-triggered scan over its heart rates, a navigator's re-acquisition) agrees when
     * the console's time falls inside it, its ends within the same 3 %: the console's TA follows a heart rate the
     * export does not state, and counts no re-acquisition. When the export prints the heart rate its console assumed
     * ({@link #assumedHeartRate}), the range is taken at that rate.
     */
    public static boolean timeAgrees(AcquisitionTime card, double consoleSeconds, java.util.OptionalDouble assumedHeartRate) {
        if (consoleSeconds <= 0) {
            return false;
        }
        if (!card.isRange()) {
            return Math.abs(card.seconds() - consoleSeconds) / consoleSeconds <= TIME_TOLERANCE;
        }
        double shortest = card.shortestSeconds();
        double longest = card.seconds();
        if (card.heartRate() != null && assumedHeartRate.isPresent()) {
            shortest = card.heartRate().secondsAt(assumedHeartRate.getAsDouble());
            longest = shortest + card.reacquiredSeconds();
        }
        return consoleSeconds >= shortest * (1 - TIME_TOLERANCE) && consoleSeconds <= longest * (1 + TIME_TOLERANCE);
    }

    private static String words(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    public static String printed(String value, String unit) {
        return (value + (unit.isEmpty() ? "" : " " + unit)).strip();
    }
}
