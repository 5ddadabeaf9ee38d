package io.github.diapason.maven;

import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.GenerateReport;
import io.github.diapason.compiler.GenerateRequest;
import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Compiles the study into {@code target/diapason/}: for every site the vendor parameter set,
 * the imaging manual (HTML, Markdown, PDF) in the site's and the study's languages, the transfer
 * sheet and the CRF section, plus the study overview. Writes nothing when the study has errors.
 * With {@code attach}, the output tree is zipped and attached as the {@code protocol-bundle} artifact.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractStudyMojo {

    /**
     * Where outputs go.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/diapason", required = true)
    File outputDirectory;

    /**
     * A folder of user templates and message bundles; a file named like a built-in template replaces it.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.TEMPLATE_DIRECTORY)
    File templateDirectory;

    /**
     * Render PDF manuals.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PDF, defaultValue = "true")
    boolean pdf;

    /**
     * Also write the data model each template receives, as {@code model.<lang>.json}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DUMP_MODEL, defaultValue = "false")
    boolean dumpModel;

    /**
     * Zip the output tree and attach it to the build as the {@code protocol-bundle} artifact.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ATTACH, defaultValue = "true")
    boolean attach;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Component
    MavenProjectHelper projectHelper;

    @Override
    void doExecute() throws MojoExecutionException, MojoFailureException {
        GenerateReport report = new Diapason().generate(new GenerateRequest(studyDirectory.toPath(),
                outputDirectory.toPath(), Optional.ofNullable(templateDirectory).map(File::toPath), parsedDate(),
                pdf, dumpModel));
        log(report.diagnostics());
        if (report.failed()) {
            throw new MojoFailureException("Diapason generation failed: " + report.errorCount() + " error(s), "
                    + report.warningCount() + " warning(s); nothing was written");
        }
        getLog().info("Diapason wrote " + report.written() + " file(s) (" + report.unchanged() + " unchanged) to "
                + outputDirectory);
        if (attach && project != null && project.getFile() != null) {
            File zip = new File(project.getBuild().getDirectory(), project.getArtifactId() + "-protocol-bundle.zip");
            try {
                BundleZip.write(outputDirectory.toPath(), studyDirectory.toPath(), zip.toPath());
            } catch (java.io.IOException e) {
                throw new MojoExecutionException("cannot zip " + outputDirectory + ": " + e.getMessage(), e);
            }
            projectHelper.attachArtifact(project, "zip", "protocol-bundle", zip);
        }
    }
}
