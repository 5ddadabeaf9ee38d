package io.github.diapason.model;

import java.util.List;
import java.util.Optional;

/** The vendor-neutral protocol: one file, shared by every site. */
public record Protocol(StudyInfo study, Exam exam, List<ProtocolOverride> overrides, Deidentification deidentification,
                       Transfer transfer, Planning planning) {
    public Protocol {
        overrides = Immutables.list(overrides);
    }

    /** A protocol without planning figures. */
    public Protocol(StudyInfo study, Exam exam, List<ProtocolOverride> overrides, Deidentification deidentification,
                    Transfer transfer) {
        this(study, exam, overrides, deidentification, transfer, null);
    }

    public Optional<Sequence> sequence(String id) {
        return exam.sequences().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Protocol withExam(Exam newExam) {
        return new Protocol(study, newExam, overrides, deidentification, transfer, planning);
    }
}
