package io.github.diapason.compiler.diff;

import java.util.List;
import java.util.Objects;

/**
 * One fact of a diff. {@code site} is the site it was found at ("" for a protocol-level fact);
 * {@code sites} every site it touches; {@code sequence} the sequence id ("" when none);
 * {@code subject} what changed (a parameter, a field, an override id); {@code before} and
 * {@code after} as people read them; {@code reasons} the override reasons that explain the new
 * value; {@code pointer} where it is in the current protocol (or the site file for site facts).
 */
record Change(ChangeKind kind, String site, List<String> sites, String sequence, String subject, String before,
                     String after, String detail, List<String> reasons, String pointer) {

    public Change {
        Objects.requireNonNull(kind, "kind");
        site = Objects.requireNonNullElse(site, "");
        sites = sites == null ? List.of() : List.copyOf(sites);
        sequence = Objects.requireNonNullElse(sequence, "");
        subject = Objects.requireNonNullElse(subject, "");
        before = Objects.requireNonNullElse(before, "");
        after = Objects.requireNonNullElse(after, "");
        detail = Objects.requireNonNullElse(detail, "");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        pointer = Objects.requireNonNullElse(pointer, "");
    }

    /** A protocol-level fact about the study, the exam or de-identification: {@code subject} is the pointer. */
    static Change protocol(ChangeKind kind, List<String> sites, String subject, String before, String after,
                           String pointer) {
        return new Change(kind, "", sites, "", subject, before, after, "", List.of(), pointer);
    }

    /** An override added, changed or removed, with the reason it states. */
    static Change override(ChangeKind kind, List<String> sites, String overrideId, String detail, String reason,
                           String pointer) {
        return new Change(kind, "", sites, "", overrideId, "", "", detail, List.of(reason), pointer);
    }

    /** A protocol-level fact about one sequence (added, removed, made mandatory, set up, renamed, reworded). */
    static Change sequence(ChangeKind kind, List<String> sites, String sequence, String subject, String before,
                           String after, String pointer) {
        return new Change(kind, "", sites, sequence, subject, before, after, "", List.of(), pointer);
    }

    /** A fact about one site's own file or scanner. */
    static Change site(ChangeKind kind, String site, String subject, String before, String after, String detail,
                       String pointer) {
        return new Change(kind, site, List.of(site), "", subject, before, after, detail, List.of(), pointer);
    }

    /** A fact about one sequence at one site: feasibility, an effective parameter, a console value. */
    static Change atSite(ChangeKind kind, String site, String sequence, String subject, String before, String after,
                         String detail, List<String> reasons, String pointer) {
        return new Change(kind, site, List.of(site), sequence, subject, before, after, detail, reasons, pointer);
    }

    public boolean isSiteLevel() {
        return !site.isEmpty();
    }

    /** One line for people: what changed, where, from what to what. */
    public String describe() {
        StringBuilder s = new StringBuilder(kind.name()).append(": ");
        if (!subject.isEmpty()) {
            s.append(subject);
        }
        if (!sequence.isEmpty()) {
            String role = kind.sequenceRole();
            s.append(subject.isEmpty() ? "" : " of ").append(role.isEmpty() ? "" : role + " ").append("sequence '")
                    .append(sequence).append('\'');
        }
        if (!before.isEmpty() || !after.isEmpty()) {
            s.append(' ').append(before.isEmpty() ? "(none)" : before).append(" -> ")
                    .append(after.isEmpty() ? "(none)" : after);
        }
        if (!detail.isEmpty()) {
            s.append(" (").append(detail).append(')');
        }
        return s.toString();
    }
}
