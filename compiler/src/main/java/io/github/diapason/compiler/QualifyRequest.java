package io.github.diapason.compiler;

import io.github.diapason.compiler.qualify.AcceptedDifference;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to qualify: a study, one of its sites, the date whose scanner period applies (default: the
 * protocol's date, as for generate), the evidence (console exports and printouts, and DICOM folders of a
 * test acquisition, in any mix), differences the coordinating centre accepts with a written
 * justification, where the reports go, and whether a qualified result is recorded in the study
 * ({@code <study>/qualification/<site>.json}, read back by generate for the overview's status).
 */
public record QualifyRequest(Path studyDirectory, String siteId, Optional<LocalDate> date, List<Path> evidence,
                             List<AcceptedDifference> accepted, Path outputDirectory, boolean record) {

    public QualifyRequest {
        Objects.requireNonNull(studyDirectory, "studyDirectory");
        siteId = Objects.requireNonNullElse(siteId, "");
        date = date == null ? Optional.empty() : date;
        evidence = List.copyOf(evidence);
        accepted = accepted == null ? List.of() : List.copyOf(accepted);
        Objects.requireNonNull(outputDirectory, "outputDirectory");
    }

    public static QualifyRequest of(Path studyDirectory, String siteId, List<Path> evidence, Path outputDirectory) {
        return new QualifyRequest(studyDirectory, siteId, Optional.empty(), evidence, List.of(), outputDirectory, false);
    }
}
