package io.github.diapason.maven;

/** Every user property the goals read, in one place (documented on each parameter). */
final class PropertyNames {
    static final String SKIP = "diapason.skip";
    static final String STUDY_DIRECTORY = "diapason.studyDirectory";
    static final String FAIL_ON_WARNINGS = "diapason.failOnWarnings";
    static final String OUTPUT_DIRECTORY = "diapason.outputDirectory";
    static final String TEMPLATE_DIRECTORY = "diapason.templateDirectory";
    static final String DATE = "diapason.date";
    static final String PDF = "diapason.pdf";
    static final String DUMP_MODEL = "diapason.dumpModel";
    static final String ATTACH = "diapason.attach";
    static final String BASELINE_DIRECTORY = "diapason.diff.baselineDirectory";
    static final String BASELINE_REVISION = "diapason.diff.baselineRevision";
    static final String BASELINE_ARTIFACT = "diapason.diff.baselineArtifact";
    static final String FAIL_ON = "diapason.diff.failOn";
    static final String DICOM_DIRECTORIES = "diapason.check.dicom";
    static final String RULES = "diapason.check.rules";
    static final String CHECK_OUTPUT = "diapason.check.outputDirectory";
    static final String FAIL_ON_NON_CONFORMANCE = "diapason.check.failOnNonConformance";
    static final String QUALIFY_SITE = "diapason.qualify.site";
    static final String QUALIFY_EVIDENCE = "diapason.qualify.evidence";
    static final String QUALIFY_ACCEPT_FILE = "diapason.qualify.acceptFile";
    static final String QUALIFY_OUTPUT = "diapason.qualify.outputDirectory";
    static final String QUALIFY_RECORD = "diapason.qualify.record";

    private PropertyNames() {
    }
}
