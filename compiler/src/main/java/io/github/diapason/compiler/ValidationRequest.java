package io.github.diapason.compiler;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What to validate: a study folder (protocol file plus {@code sites/}), and the date that selects
 * each site's scanner period for the feasibility check (default: as generate's).
 */
public record ValidationRequest(Path studyDirectory, Optional<LocalDate> date) {
    public ValidationRequest {
        date = date == null ? Optional.empty() : date;
    }

    public ValidationRequest(Path studyDirectory) {
        this(studyDirectory, Optional.empty());
    }
}
