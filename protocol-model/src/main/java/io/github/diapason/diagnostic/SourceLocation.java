package io.github.diapason.diagnostic;

import java.util.Objects;

/**
 * Where a problem is: a file, a 1-based line and column (0 when unknown), and a path
 * inside the document — a JSON pointer for JSON, an XPath for XML, a tag for DICOM.
 */
public record SourceLocation(String file, int line, int column, String path) {

    public static final SourceLocation NONE = new SourceLocation("", 0, 0, "");

    public SourceLocation {
        file = Objects.requireNonNullElse(file, "");
        path = Objects.requireNonNullElse(path, "");
    }

    public static SourceLocation file(String file) {
        return new SourceLocation(file, 0, 0, "");
    }

    public SourceLocation withPath(String newPath) {
        return new SourceLocation(file, line, column, newPath);
    }

    public boolean hasLine() {
        return line > 0;
    }

    /** {@code file:line:col}, as editors and CI annotate. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file.isEmpty() ? "<input>" : file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.toString();
    }
}
