package io.github.diapason.compiler.diff;

import java.util.Objects;

/**
 * A change the study team accepts: it neither fails the build nor counts towards the version
 * bump. {@code sequence}, {@code site} and {@code subject} narrow the match ("" matches any);
 * {@code justification} is mandatory and printed in every report.
 */
record AcceptedChange(ChangeKind kind, String sequence, String site, String subject, String justification) {

    public AcceptedChange {
        Objects.requireNonNull(kind, "kind");
        sequence = Objects.requireNonNullElse(sequence, "").trim();
        site = Objects.requireNonNullElse(site, "").trim();
        subject = Objects.requireNonNullElse(subject, "").trim();
        justification = Objects.requireNonNullElse(justification, "").trim();
    }

    public boolean matches(Change change) {
        return change.kind() == kind
                && (sequence.isEmpty() || sequence.equals(change.sequence()))
                && (subject.isEmpty() || subject.equals(change.subject()))
                && (site.isEmpty() || change.sites().contains(site));
    }

    public boolean justified() {
        return !justification.isEmpty();
    }

    /** How the acceptance is written, for messages: kind[:sequence][@site][#subject]. */
    public String label() {
        return kind.id() + (sequence.isEmpty() ? "" : ":" + sequence) + (site.isEmpty() ? "" : "@" + site)
                + (subject.isEmpty() ? "" : "#" + subject);
    }
}
