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
    static final String DICOMWEB_URL = "diapason.check.dicomweb";
    static final String DICOMWEB_STUDIES = "diapason.check.studies";
    static final String DICOMWEB_SINCE = "diapason.check.since";
    static final String DICOMWEB_BASIC_ENV = "diapason.check.basicEnv";
    static final String DICOMWEB_BASIC_FILE = "diapason.check.basicFile";
    static final String DICOMWEB_TOKEN_ENV = "diapason.check.tokenEnv";
    static final String DICOMWEB_TOKEN_FILE = "diapason.check.tokenFile";
    static final String DICOMWEB_CA_CERTIFICATE = "diapason.check.caCertificate";
    static final String DICOMWEB_TIMEOUT = "diapason.check.timeoutSeconds";
    static final String DICOMWEB_RETRIES = "diapason.check.retries";
    static final String QUALIFY_SITE = "diapason.qualify.site";
    static final String QUALIFY_EVIDENCE = "diapason.qualify.evidence";
    static final String QUALIFY_ACCEPT_FILE = "diapason.qualify.acceptFile";
    static final String QUALIFY_OUTPUT = "diapason.qualify.outputDirectory";
    static final String QUALIFY_RECORD = "diapason.qualify.record";

    private PropertyNames() {
    }
}
