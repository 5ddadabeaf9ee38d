package io.github.diapason.maven;

import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.DiffReport;
import io.github.diapason.compiler.DiffRequest;
import io.github.diapason.compiler.diff.Baseline;
import io.github.diapason.compiler.diff.DiffPolicy;
import io.github.diapason.compiler.diff.PolicyParser;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Compares the study with a baseline (a folder, a git revision, or a released protocol bundle),
 * after resolution and translation, classifies every change, and fails the build when the study
 * version grew less than the changes require or the policy forbids a change. Writes
 * {@code diff/protocol-diff.md}, {@code diff/protocol-diff.json} and {@code diff/amendment-summary.md}.
 *
 * @since 0.1.0
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class DiffMojo extends AbstractStudyMojo {

    /**
     * Where the reports go (under {@code diff/}).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/diapason", required = true)
    File outputDirectory;

    /**
     * Baseline: the folder of the released study.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.BASELINE_DIRECTORY)
    File baselineDirectory;

    /**
     * Baseline: a git revision of the repository holding the study (tag, branch, commit, {@code HEAD~1}).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.BASELINE_REVISION)
    String baselineRevision;

    /**
     * Baseline: the released {@code protocol-bundle} by coordinates, {@code groupId:artifactId:version}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.BASELINE_ARTIFACT)
    String baselineArtifact;

    /**
     * Change kinds that fail the build unless accepted, whatever the version, e.g.
     * {@code sequence-removed,deidentification-changed}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FAIL_ON)
    List<String> failOn;

    /**
     * Changes accepted with a written justification: they neither fail nor count towards the bump.
     *
     * @since 0.1.0
     */
    @Parameter
    List<Acceptance> acceptedChanges;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
    RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
    List<RemoteRepository> remoteRepositories;

    @Component
    RepositorySystem repositorySystem;

    @Override
    void doExecute() throws MojoFailureException {
        DiffReport report = new Diapason().diff(new DiffRequest(studyDirectory.toPath(), baseline(),
                outputDirectory.toPath(), policy(), parsedDate()));
        log(report.diagnostics());
        report.reports().stream().filter(p -> p.toString().endsWith(".md"))
                .forEach(p -> getLog().info("Diapason diff report: " + p));
        if (report.failed()) {
            throw new MojoFailureException("Diapason diff failed: " + report.errorCount() + " error(s); "
                    + report.summary());
        }
        getLog().info("Diapason diff passed: " + report.summary());
    }

    private Baseline baseline() throws MojoFailureException {
        int given = (baselineDirectory != null ? 1 : 0) + (blank(baselineRevision) ? 0 : 1) + (blank(baselineArtifact) ? 0 : 1);
        if (given != 1) {
            throw new MojoFailureException("give exactly one of <baselineDirectory>, <baselineRevision> or "
                    + "<baselineArtifact> (" + PropertyNames.BASELINE_DIRECTORY + ", " + PropertyNames.BASELINE_REVISION
                    + ", " + PropertyNames.BASELINE_ARTIFACT + "); " + given + " given");
        }
        if (baselineDirectory != null) {
            return new Baseline.Directory(baselineDirectory.toPath());
        }
        if (!blank(baselineRevision)) {
            return new Baseline.GitRevision(baselineRevision.trim());
        }
        String[] gav = baselineArtifact.trim().split(":");
        if (gav.length != 3) {
            throw new MojoFailureException("<baselineArtifact> '" + baselineArtifact
                    + "' is not groupId:artifactId:version");
        }
        DefaultArtifact artifact = new DefaultArtifact(gav[0], gav[1], "protocol-bundle", "zip", gav[2]);
        try {
            Path zip = repositorySystem.resolveArtifact(repositorySession,
                    new ArtifactRequest(artifact, remoteRepositories, null)).getArtifact().getFile().toPath();
            return new Baseline.Bundle(zip, baselineArtifact.trim());
        } catch (ArtifactResolutionException e) {
            throw new MojoFailureException("<baselineArtifact> " + artifact + " cannot be resolved: " + e.getMessage());
        }
    }

    private DiffPolicy policy() throws MojoFailureException {
        List<PolicyParser.AcceptanceText> accepted = new ArrayList<>();
        for (Acceptance a : acceptedChanges == null ? List.<Acceptance>of() : acceptedChanges) {
            accepted.add(new PolicyParser.AcceptanceText("<acceptedChange>", a.label(), a.justification));
        }
        return configured(PolicyParser.parse(failOn == null ? List.of() : failOn, "<failOn>", accepted));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
