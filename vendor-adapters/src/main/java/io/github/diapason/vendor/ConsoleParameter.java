package io.github.diapason.vendor;

/**
 * One line of a console card: the label exactly as the console prints it, the value as shown, the
 * printed unit ("" when none). {@code concept} is the adapter's stable key for the console concept
 * (e.g. {@code bandwidth}), used to read the printout back; it is not printed.
 */
public record ConsoleParameter(String concept, String label, ConsoleValue value, String unit) {
}
