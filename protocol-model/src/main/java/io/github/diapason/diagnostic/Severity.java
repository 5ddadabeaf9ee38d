package io.github.diapason.diagnostic;

/** How bad a problem is. Errors stop a build; warnings and notes are reported only. */
public enum Severity {
    ERROR, WARNING, NOTE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
