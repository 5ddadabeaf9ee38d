package io.github.diapason.maven;

import io.github.diapason.compiler.Dates;
import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.ValidationReport;
import io.github.diapason.compiler.ValidationRequest;
import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reads the study (protocol and site files), checks it against its schemas and the semantic
 * rules, prints every problem with its file, line and column, and fails the build on errors.
 *
 * @since 0.1.0
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public class ValidateMojo extends AbstractDiapasonMojo {

    /**
     * The study folder: it holds {@code protocol.json} or {@code protocol.xml}, and {@code sites/}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.STUDY_DIRECTORY, defaultValue = "${project.basedir}", required = true)
    File studyDirectory;

    /**
     * Fail the build on warnings too.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FAIL_ON_WARNINGS, defaultValue = "false")
    boolean failOnWarnings;

    /**
     * The date (yyyy-mm-dd) that selects each site's scanner period for the feasibility check;
     * default: the protocol's date.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.DATE)
    String date;

    @Override
    void doExecute() throws MojoFailureException {
        ValidationReport report = new Diapason().validate(new ValidationRequest(studyDirectory.toPath(),
                configured(Dates.parse(date, "<date>"))));
        log(report.diagnostics());
        String totals = report.errorCount() + " error(s), " + report.warningCount() + " warning(s) in study "
                + studyDirectory;
        if (report.failed() || (failOnWarnings && report.warningCount() > 0)) {
            throw new MojoFailureException("Diapason validation failed: " + totals);
        }
        getLog().info("Diapason validation passed: " + totals);
    }
}
