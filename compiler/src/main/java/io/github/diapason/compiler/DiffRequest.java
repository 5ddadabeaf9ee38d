package io.github.diapason.compiler;

import io.github.diapason.compiler.diff.Baseline;
import io.github.diapason.compiler.diff.DiffPolicy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What to compare: the current study folder with a baseline, under a policy; reports go to
 * {@code outputDirectory}/diff/ (normally target/diapason). {@code date} selects each site's
 * scanner period in both versions (default: each version's protocol date).
 */
public record DiffRequest(Path studyDirectory, Baseline baseline, Path outputDirectory, DiffPolicy policy,
                          Optional<LocalDate> date) {
    public DiffRequest {
        policy = policy == null ? DiffPolicy.gateOnly() : policy;
        date = date == null ? Optional.empty() : date;
    }

    public static DiffRequest of(Path studyDirectory, Baseline baseline, Path outputDirectory) {
        return new DiffRequest(studyDirectory, baseline, outputDirectory, DiffPolicy.gateOnly(), Optional.empty());
    }
}
