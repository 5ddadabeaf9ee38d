package io.github.diapason.compiler;

import java.nio.file.Path;

/** What to validate: a study folder (protocol file plus {@code sites/}). */
public record ValidationRequest(Path studyDirectory) {
}
