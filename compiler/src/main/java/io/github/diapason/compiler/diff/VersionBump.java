package io.github.diapason.compiler.diff;

import java.util.Locale;

/** The semantic-version bump a change implies, from none to major; ordered, so the largest wins. */
public enum VersionBump {
    NONE, PATCH, MINOR, MAJOR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public VersionBump max(VersionBump other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
