package io.github.diapason.compiler;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What to generate: the study folder, where to write, an optional user template folder, the
 * date that selects each site's scanner period (default: the protocol's date, else each site's
 * latest period), whether to render PDFs, and whether to dump the templates' data model.
 */
public record GenerateRequest(Path studyDirectory, Path outputDirectory, Optional<Path> templateDirectory,
                              Optional<LocalDate> date, boolean pdf, boolean dumpModel) {
    public GenerateRequest {
        templateDirectory = templateDirectory == null ? Optional.empty() : templateDirectory;
        date = date == null ? Optional.empty() : date;
    }

    public static GenerateRequest of(Path studyDirectory, Path outputDirectory) {
        return new GenerateRequest(studyDirectory, outputDirectory, Optional.empty(), Optional.empty(), true, false);
    }
}
