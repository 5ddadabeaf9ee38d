package io.github.diapason.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the user's input, as a value: collected and reported together,
 * never thrown. {@code code} is stable (tests and suppression lists refer to it);
 * {@code hint} tells the user how to fix it. {@code subject} says what it is about (site, sequence,
 * parameter); {@code expected} and {@code actual} are the printed values compared, when the problem
 * is a comparison (empty otherwise; never an identifying value).
 */
public record Diagnostic(Severity severity, String code, String message, String hint, SourceLocation location,
                         Subject subject, String expected, String actual) {

    /** Stable order for reports: file, line, column, path, then code. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.location().file())
            .thenComparingInt(d -> d.location().line())
            .thenComparingInt(d -> d.location().column())
            .thenComparing(d -> d.location().path())
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        hint = Objects.requireNonNullElse(hint, "");
        location = Objects.requireNonNullElse(location, SourceLocation.NONE);
        subject = Objects.requireNonNullElse(subject, Subject.NONE);
        expected = Objects.requireNonNullElse(expected, "");
        actual = Objects.requireNonNullElse(actual, "");
    }

    public Diagnostic(Severity severity, String code, String message, String hint, SourceLocation location) {
        this(severity, code, message, hint, location, Subject.NONE, "", "");
    }

    public Diagnostic withSubject(Subject newSubject) {
        return new Diagnostic(severity, code, message, hint, location, newSubject, expected, actual);
    }

    public Diagnostic withValues(String newExpected, String newActual) {
        return new Diagnostic(severity, code, message, hint, location, subject, newExpected, newActual);
    }

    public static Diagnostic error(String code, String message, String hint, SourceLocation location) {
        return new Diagnostic(Severity.ERROR, code, message, hint, location);
    }

    public static Diagnostic warning(String code, String message, String hint, SourceLocation location) {
        return new Diagnostic(Severity.WARNING, code, message, hint, location);
    }

    /**
     * A code in the one convention (PascalCase, as rules derive theirs from their class name) for a
     * keyword of another tool: {@code codeFor("Schema", "minLength")} is {@code SchemaMinLength}.
     */
    public static String codeFor(String prefix, String keyword) {
        String word = keyword.replaceAll("[^A-Za-z0-9]", "");
        return prefix + (word.isEmpty() ? "" : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line: {@code file:line:col: error [CODE] message (at /pointer)}. */
    public String summary() {
        String where = location.path().isEmpty() ? "" : " (at " + location.path() + ")";
        return location + ": " + severity.label() + " [" + code + "] " + message + where;
    }
}
