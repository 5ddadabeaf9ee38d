package io.github.diapason.read;

/** A value read from a file, with the map back to its source. */
public record Located<T>(T value, SourceMap sources) {
}
