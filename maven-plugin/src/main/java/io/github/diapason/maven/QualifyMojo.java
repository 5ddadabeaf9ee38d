package io.github.diapason.maven;

import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.ExitStatus;
import io.github.diapason.compiler.QualifyReport;
import io.github.diapason.compiler.QualifyRequest;
import io.github.diapason.compiler.qualify.AcceptedDifference;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Qualifies a site: compares its console exports (Siemens .exar1, Philips .ExamCard, GE protocol.tar), PDF printouts
 * or DICOM folders of a test acquisition with the site's compiled protocol, and writes
 * {@code qualification-report.html} (to sign), {@code .json} and {@code .xml} (JUnit). Fails the build when the site
 * is not qualified or an input cannot be read. Runs on demand:
 * {@code mvn diapason:qualify -Ddiapason.qualify.site=lyon -Ddiapason.qualify.evidence=lyon-export.exar1}.
 *
 * @since 0.1.0
 */
@Mojo(name = "qualify", threadSafe = true, requiresProject = false)
public class QualifyMojo extends AbstractStudyMojo {

    /**
     * The site to qualify (the id of its file under sites/).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.QUALIFY_SITE, required = true)
    String site;

    /**
     * The site's console exports, printouts, or DICOM folders of a test acquisition.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.QUALIFY_EVIDENCE, required = true)
    List<File> evidence;

    /**
     * Differences the coordinating centre accepts: a file with one per line, series, console label and justification
     * separated by tabs.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.QUALIFY_ACCEPT_FILE)
    File acceptFile;

    /**
     * Where the reports are written.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.QUALIFY_OUTPUT, defaultValue = "${project.build.directory}/diapason/qualify",
            required = true)
    File outputDirectory;

    /**
     * When the site qualifies, also store the JSON report as {@code <study>/qualification/<site>.json}, which the
     * overview (index.html) reads for the site's qualification status.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.QUALIFY_RECORD, defaultValue = "false")
    boolean record;

    @Override
    void doExecute() throws MojoFailureException {
        List<AcceptedDifference> accepted = acceptFile == null ? List.of() : configured(AcceptedDifference.read(acceptFile.toPath()));
        QualifyReport report = new Diapason().qualify(new QualifyRequest(studyDirectory.toPath(), site,
                parsedDate(), evidence.stream().map(File::toPath).toList(), accepted,
                outputDirectory.toPath(), record));
        log(report.diagnostics());
        List<String> lines = report.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0 && report.exitStatus() == ExitStatus.OK) {
                getLog().info(lines.get(i));
            } else {
                getLog().warn(lines.get(i));
            }
        }
        switch (report.exitStatus()) {
            case OK -> getLog().info("Diapason qualify: reports in " + outputDirectory);
            case FINDINGS -> throw new MojoFailureException("Diapason qualify: site " + site + " is not qualified; see "
                    + outputDirectory + "/qualification-report.html");
            default -> throw new MojoFailureException("Diapason qualify: the study, the site or some evidence could not be read"
                    + " (see the errors above)");
        }
    }
}
