package io.github.diapason.compiler.diff;

/**
 * One line of a console card that reads differently: card and label in the console's words,
 * the value with its unit before and after ("" when the line is new or gone).
 */
record ConsoleChange(String sequence, String card, String label, String before, String after) {
}
