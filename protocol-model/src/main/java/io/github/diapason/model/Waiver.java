package io.github.diapason.model;

import java.time.LocalDate;

/**
 * A deviation the coordinating centre accepts for one site and sequence: findings about
 * {@code parameter} (a checked attribute, as the check report names it) or of code {@code finding}
 * (e.g. "MissingSequence"), or both, are reported with {@code severity} ("info" or "warning")
 * instead of failing the exam, for exams acquired on or before {@code expires}. {@code reason} is
 * study text (one language or several), shown wherever the waived finding is.
 */
public record Waiver(String id, String site, String sequence, String parameter, String finding, LocalizedText reason,
                     LocalDate expires, String severity, String acceptedBy) {
}
