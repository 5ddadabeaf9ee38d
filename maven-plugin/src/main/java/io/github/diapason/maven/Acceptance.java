package io.github.diapason.maven;

/**
 * One {@code <acceptedChange>} of the diff goal: a change kind (e.g.
 * {@code acquisition-parameter-beyond-tolerance}), optionally narrowed to a sequence, a site and
 * a subject (a parameter name), with the mandatory {@code justification} the reports print.
 * The core's policy parser reads it, as it reads the CLI's {@code --accept}.
 */
public class Acceptance {
    String kind;
    String sequence;
    String site;
    String subject;
    String justification;

    /** As the CLI writes it: {@code kind[:sequence][@site][#subject]}. */
    String label() {
        return (kind == null ? "" : kind.trim()) + (blank(sequence) ? "" : ":" + sequence.trim())
                + (blank(site) ? "" : "@" + site.trim()) + (blank(subject) ? "" : "#" + subject.trim());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
