package io.github.diapason.maven;

/**
 * One {@code <acceptedChange>} of the diff goal: a change kind (e.g.
 * {@code acquisition-parameter-beyond-tolerance}), optionally narrowed to a sequence, a site and
 * a subject (a parameter name), with the mandatory {@code justification} the reports print.
 */
public class AcceptedChange {
    String kind;
    String sequence;
    String site;
    String subject;
    String justification;
}
