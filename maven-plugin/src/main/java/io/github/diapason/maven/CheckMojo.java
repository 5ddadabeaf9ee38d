package io.github.diapason.maven;

import io.github.diapason.conformity.check.CheckReport;
import io.github.diapason.conformity.check.DicomCheck;
import io.github.diapason.conformity.check.ExamReport;
import io.github.diapason.conformity.check.Reports;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
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
    void doExecute() throws MojoExecutionException, MojoFailureException {
        CheckReport report = new DicomCheck(Runtime.getRuntime().availableProcessors())
                .check(dicomDirectories.stream().map(File::toPath).toList(), rules.toPath());
        log(report.diagnostics());
        for (ExamReport exam : report.exams()) {
            String line = "Exam " + exam.studyInstanceUid() + " (site " + exam.siteId() + "): "
                    + (exam.conformant() ? "conformant" : "NOT conformant"
                    + (exam.sequencesToRepeat().isEmpty() ? "" : "; acquire again: "
                    + String.join(", ", exam.sequencesToRepeat())));
            if (exam.conformant()) {
                getLog().info(line);
            } else {
                getLog().warn(line);
            }
        }
        try {
            Reports.writeAll(report, outputDirectory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the check reports under " + outputDirectory + ": "
                    + e.getMessage(), e);
        }
        getLog().info("Diapason check reports: " + outputDirectory);
        if (report.unreadable()) {
            throw new MojoFailureException("Diapason check: some input could not be read (see the errors above)");
        }
        if (failOnNonConformance && !report.conformant()) {
            throw new MojoFailureException("Diapason check: " + report.exams().stream().filter(e -> !e.conformant())
                    .count() + " exam(s) not conformant; see " + outputDirectory + "/check-report.html");
        }
    }
}
