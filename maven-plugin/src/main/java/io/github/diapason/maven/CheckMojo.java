package io.github.diapason.maven;

import io.github.diapason.compiler.CheckOutcome;
import io.github.diapason.compiler.CheckRequest;
import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.ExitStatus;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks received DICOM exams against the conformity rules the study generates
 * ({@code sites/<site>/rules.json}), and writes {@code check-report.json}, {@code .html} and
 * {@code .xml} (JUnit: CI shows each non-conformant series as a failed test). Runs on demand:
 * {@code mvn diapason:check -Ddiapason.check.dicom=/data/incoming}.
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
    @Parameter(property = PropertyNames.DICOM_DIRECTORIES, required = true)
    List<File> dicomDirectories;

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

    @Override
    void doExecute() throws MojoFailureException {
        CheckOutcome outcome = new Diapason().check(CheckRequest.of(dicomDirectories.stream().map(File::toPath).toList(),
                rules.toPath(), outputDirectory.toPath()));
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
}
