package io.github.diapason.model;

/**
 * What the planning sheet needs besides the sequences: scanner time per exam for installing the
 * participant, phantom sessions per site over the study and their length, and qualification exams
 * (dummy runs) per site.
 */
public record Planning(Quantity positioningMargin, Integer phantomSessions, Quantity phantomSessionDuration,
                       Integer qualificationExams) {
}
