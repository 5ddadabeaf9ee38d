package io.github.diapason.maven;

import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.ValidationReport;
import io.github.diapason.compiler.ValidationRequest;
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
public class ValidateMojo extends AbstractStudyMojo {

    /**
     * Fail the build on warnings too.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FAIL_ON_WARNINGS, defaultValue = "false")
    boolean failOnWarnings;

    @Override
    void doExecute() throws MojoFailureException {
        ValidationReport report = new Diapason().validate(new ValidationRequest(studyDirectory.toPath(),
                parsedDate()));
        log(report.diagnostics());
        String totals = report.errorCount() + " error(s), " + report.warningCount() + " warning(s) in study "
                + studyDirectory;
        if (report.failed() || (failOnWarnings && report.warningCount() > 0)) {
            throw new MojoFailureException("Diapason validation failed: " + totals);
        }
        getLog().info("Diapason validation passed: " + totals);
    }
}
