package io.github.diapason.model;

/** An optional sequence a site will not run, and why. */
public record Exclusion(String sequence, LocalizedText reason) {
}
