package io.github.diapason.maven;

import io.github.diapason.compiler.CheckOutcome;
import io.github.diapason.compiler.CheckRequest;
import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.ExitStatus;
import io.github.diapason.compiler.DicomWebOptions;
import io.github.diapason.conformity.dicomweb.DicomWebSource;
import io.github.diapason.diagnostic.Validated;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks received DICOM exams against the conformity rules the study generates
 * ({@code sites/<site>/rules.json}), and writes {@code check-report.json}, {@code .html} and
 * {@code .xml} (JUnit: CI shows each non-conformant series as a failed test), and the dashboard of the
 * exams judged ({@code dashboard.html}). Runs on demand: {@code mvn diapason:check -Ddiapason.check.dicom=/data/incoming},
 * or against a DICOMweb archive: {@code mvn diapason:check -Ddiapason.check.dicomweb=https://pacs/dicom-web
 * -Ddiapason.check.tokenEnv=PACS_TOKEN}. The POM names where a secret is (an environment variable or a
 * file), never the secret.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractDiapasonMojo {

    /**
     * Folders (searched recursively, any file names) or files holding the received DICOM exams.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DICOM_DIRECTORIES)
    List<File> dicomDirectories;

    /**
     * Check the exams of this DICOMweb server (QIDO-RS, WADO-RS metadata; never pixel data) instead of
     * {@code dicomDirectories}: its base URL, e.g. {@code https://pacs.example.org/dicom-web}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DICOMWEB_URL)
    String dicomweb;

    /**
     * With {@code dicomweb}: only these studies (StudyInstanceUIDs; default: every study, or those since {@code since}).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DICOMWEB_STUDIES)
    List<String> studies;

    /**
     * With {@code dicomweb}: only studies from this date on (YYYY-MM-DD).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DICOMWEB_SINCE)
    String since;

    /**
     * HTTP basic: the name of the environment variable holding {@code user:password} (never the secret itself).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DICOMWEB_BASIC_ENV)
    String basicEnv;

    /**
     * HTTP basic: a file whose first line is {@code user:password}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DICOMWEB_BASIC_FILE)
    File basicFile;

    /**
     * Bearer token: the name of the environment variable holding it (never the token itself).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DICOMWEB_TOKEN_ENV)
    String tokenEnv;

    /**
     * Bearer token: a file whose first line is the token.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DICOMWEB_TOKEN_FILE)
    File tokenFile;

    /**
     * A CA certificate (PEM) trusted besides the system's trust store.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DICOMWEB_CA_CERTIFICATE)
    File caCertificate;

    /**
     * Seconds allowed per request and connection.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DICOMWEB_TIMEOUT, defaultValue = "30")
    int timeoutSeconds;

    /**
     * Further attempts after a network error, 429 or 5xx, with exponential back-off.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DICOMWEB_RETRIES, defaultValue = "3")
    int retries;

    /**
     * A site's {@code rules.json}, or a folder holding sites' rules (default: this study's generated outputs).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.RULES, defaultValue = "${project.build.directory}/diapason", required = true)
    File rules;

    /**
     * Where the reports are written.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CHECK_OUTPUT, defaultValue = "${project.build.directory}/diapason/check",
            required = true)
    File outputDirectory;

    /**
     * Fail the build when an exam is not conformant (unreadable input always fails it).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FAIL_ON_NON_CONFORMANCE, defaultValue = "false")
    boolean failOnNonConformance;

    /** How this goal names the DICOMweb options in messages: its parameters. */
    private static final Map<String, String> PARAMETER_NAMES = Map.of("basicEnv", "basicEnv", "basicFile", "basicFile",
            "tokenEnv", "tokenEnv", "tokenFile", "tokenFile", "timeout", "timeoutSeconds", "retries", "retries");

    @Override
    void doExecute() throws MojoFailureException {
        CheckOutcome outcome = new Diapason().check(request());
        log(outcome.diagnostics());
        for (CheckOutcome.Verdict v : outcome.verdicts()) {
            if (v.conformant()) {
                getLog().info(v.line());
            } else {
                getLog().warn(v.line());
                v.details().forEach(getLog()::warn);
            }
        }
        getLog().info("Diapason check: " + outcome.summary() + (outcome.written().isEmpty() ? ""
                : "; reports in " + outputDirectory));
        if (outcome.exitStatus() == ExitStatus.UNREADABLE_INPUT) {
            throw new MojoFailureException("Diapason check: some input could not be read, or the reports not written (see the errors above)");
        }
        if (failOnNonConformance && outcome.exitStatus() == ExitStatus.FINDINGS) {
            throw new MojoFailureException("Diapason check: " + outcome.summary() + "; see " + outputDirectory
                    + "/check-report.html");
        }
    }

    /**
     * The core's request, from the folders or from the DICOMweb parameters (mapped as the CLI maps its
     * options, by {@link DicomWebOptions}). Parameters that contradict each other fail the build naming
     * them; credentials that cannot be read fail it as unreadable input.
     */
    private CheckRequest request() throws MojoFailureException {
        boolean folders = dicomDirectories != null && !dicomDirectories.isEmpty();
        boolean server = dicomweb != null && !dicomweb.isBlank();
        if (folders == server) {
            throw new MojoFailureException("Diapason check: give " + (folders ? "either" : "one of") + " dicomDirectories ("
                    + PropertyNames.DICOM_DIRECTORIES + ") or dicomweb (" + PropertyNames.DICOMWEB_URL + ")"
                    + (folders ? ", not both" : ""));
        }
        if (folders) {
            return CheckRequest.of(dicomDirectories.stream().map(File::toPath).toList(), rules.toPath(), outputDirectory.toPath());
        }
        URI url;
        Optional<LocalDate> from;
        try {
            url = new URI(dicomweb.strip());
        } catch (URISyntaxException e) {
            throw new MojoFailureException("Diapason check: dicomweb is not a URL: " + e.getReason()
                    + " (e.g. https://pacs.example.org/dicom-web)");
        }
        try {
            from = since == null || since.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(since.strip()));
        } catch (DateTimeParseException e) {
            throw new MojoFailureException("Diapason check: since is not a date: '" + since + "' (write YYYY-MM-DD)");
        }
        DicomWebOptions options = new DicomWebOptions(url, studies == null ? List.of() : studies, from, blankToNull(basicEnv),
                path(basicFile), blankToNull(tokenEnv), path(tokenFile), Optional.ofNullable(path(caCertificate)),
                timeoutSeconds, retries);
        List<String> usage = options.usageProblems(PARAMETER_NAMES);
        if (!usage.isEmpty()) {
            throw new MojoFailureException("Diapason check: " + String.join("; ", usage));
        }
        Validated<DicomWebSource> source = options.source(System.getenv());
        if (source.value().isEmpty()) {
            log(source.diagnostics());
            throw new MojoFailureException("Diapason check: the DICOMweb credentials could not be read (see the errors above)");
        }
        return CheckRequest.dicomweb(source.value().get(), rules.toPath(), outputDirectory.toPath(), done -> { });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Path path(File f) {
        return f == null ? null : f.toPath();
    }
}
