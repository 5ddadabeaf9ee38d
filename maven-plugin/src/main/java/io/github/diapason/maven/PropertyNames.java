package io.github.diapason.maven;

/** Every user property the goals read, in one place (documented on each parameter). */
final class PropertyNames {
    static final String SKIP = "diapason.skip";
    static final String STUDY_DIRECTORY = "diapason.studyDirectory";
    static final String FAIL_ON_WARNINGS = "diapason.failOnWarnings";

    private PropertyNames() {
    }
}
