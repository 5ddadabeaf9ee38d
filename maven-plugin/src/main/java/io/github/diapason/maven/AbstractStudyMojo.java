package io.github.diapason.maven;

import io.github.diapason.compiler.Dates;
import java.io.File;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters of the goals that read a study (validate, generate, diff, qualify): its folder and the date that
 * selects the sites' scanner periods, declared and parsed once.
 */
abstract class AbstractStudyMojo extends AbstractDiapasonMojo {

    /**
     * The study folder: it holds {@code protocol.json} or {@code protocol.xml}, and {@code sites/}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.STUDY_DIRECTORY, defaultValue = "${project.basedir}", required = true)
    File studyDirectory;

    /**
     * The date (yyyy-mm-dd) that selects each site's scanner period; default: the protocol's date (diff: each
     * compared version's). Validate uses it for the feasibility check (since 0.2.0).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DATE)
    String date;

    /** {@link #date} read, or the build failed naming {@code <date>}. */
    Optional<LocalDate> parsedDate() throws MojoFailureException {
        return configured(Dates.parse(date, "<date>"));
    }
}
