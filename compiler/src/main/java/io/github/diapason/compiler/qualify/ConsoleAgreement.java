package io.github.diapason.compiler.qualify;

import io.github.diapason.conformity.export.ConsoleValue;
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
    /** A factor followed by its axis, as a Philips card prints "P reduction 2 AP". */
    private static final Pattern NUMBER_AND_AXIS = Pattern.compile("(-?\\d+(\\.\\d+)?) (RL|AP|FH)");

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
            return true; // the printout reads "P reduction 2 AP" as the value 2 and the unit AP; the card prints "2 AP" as one value
        }
        java.util.regex.Matcher axis = NUMBER_AND_AXIS.matcher(a);
        if (axis.matches() && export.unit().isEmpty() && NUMBER.matcher(b).matches()) {
            a = axis.group(1); // the ExamCard keeps the factor alone, the fold-over direction in its own parameter
        }
        if (NUMBER.matcher(a).matches() && NUMBER.matcher(b).matches()) {
            BigDecimal shown = new BigDecimal(b);
            double half = 0.5 * Math.pow(10, -Math.max(shown.scale(), 0));
            return Math.abs(new BigDecimal(a).doubleValue() - shown.doubleValue()) <= half + 1e-9;
        }
        return words(a).equals(words(b));
    }

    private static String words(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    public static String printed(String value, String unit) {
        return (value + (unit.isEmpty() ? "" : " " + unit)).strip();
    }
}
