package io.github.diapason.model;

/**
 * Where the contrast injection falls in the sequence order: right after sequence {@code after}, taking
 * {@code duration} on the table; {@code waitBefore} may start only {@code minimumWait} after the end of
 * the injection (sequences run in between count towards the wait).
 */
public record Injection(String after, Quantity duration, String waitBefore, Quantity minimumWait) {
}
