package io.github.diapason.compiler.diff;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** MAJOR.MINOR.PATCH, with any pre-release or build suffix ignored for comparison. */
record SemanticVersion(int major, int minor, int patch) implements Comparable<SemanticVersion> {

    private static final Pattern FORM = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(?:[-+].*)?");

    public static Optional<SemanticVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SemanticVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }

    /** The bump from {@code this} to {@code next}; empty when {@code next} is lower. */
    public Optional<VersionBump> bumpTo(SemanticVersion next) {
        int c = compareTo(next);
        if (c > 0) {
            return Optional.empty();
        }
        if (next.major != major) {
            return Optional.of(VersionBump.MAJOR);
        }
        if (next.minor != minor) {
            return Optional.of(VersionBump.MINOR);
        }
        return Optional.of(next.patch != patch ? VersionBump.PATCH : VersionBump.NONE);
    }

    /** The smallest version after this one that carries {@code bump}. */
    public SemanticVersion bumped(VersionBump bump) {
        return switch (bump) {
            case MAJOR -> new SemanticVersion(major + 1, 0, 0);
            case MINOR -> new SemanticVersion(major, minor + 1, 0);
            case PATCH -> new SemanticVersion(major, minor, patch + 1);
            case NONE -> this;
        };
    }

    @Override
    public int compareTo(SemanticVersion o) {
        return major != o.major ? Integer.compare(major, o.major)
                : minor != o.minor ? Integer.compare(minor, o.minor) : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
