package io.github.diapason.vendor;

/**
 * One line of a console card: the label exactly as the console prints it, the value as shown, the
 * printed unit ("" when none). {@code concept} is the adapter's stable key for the console concept
 * (e.g. {@code bandwidth}), used to read the printout back; it is not printed.
 */
public record ConsoleParameter(String concept, String label, ConsoleValue value, String unit) {

    /** The concept of the choice line a typed value sits under ("TR: user defined" above "(ms): 3500"). */
    public static String choiceOf(String concept) {
        return concept + CHOICE;
    }

    /** Whether this line is the choice a typed value sits under, not a value of its concept. */
    public boolean isChoice() {
        return concept.endsWith(CHOICE);
    }

    private static final String CHOICE = "Choice";
}
