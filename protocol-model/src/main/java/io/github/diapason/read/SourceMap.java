package io.github.diapason.read;

import io.github.diapason.diagnostic.SourceLocation;

/**
 * Where each part of a model value came from in its source file. Locations are looked up by
 * JSON pointer into the model's JSON shape (e.g. {@code /exam/sequences/2/parameters/EchoTime}),
 * whatever the file format: the XML reader maps the same pointers to its elements (and gives
 * their XPath). A pointer with no entry falls back to its nearest located ancestor.
 */
public interface SourceMap {

    /** The file this map describes, as given to the reader. */
    String file();

    SourceLocation locate(String pointer);

    /**
     * The value {@code lookup} gives for {@code pointer} or, when it gives none, for its nearest
     * ancestor; {@code root} when no ancestor has one. Both formats locate this way.
     */
    static <T> T nearest(String pointer, java.util.function.Function<String, T> lookup, T root) {
        String p = pointer;
        while (true) {
            T at = lookup.apply(p);
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return root;
            }
            p = p.substring(0, Math.max(p.lastIndexOf('/'), 0));
        }
    }

    /** A map that knows only the file (for inputs that could not be parsed). */
    static SourceMap fileOnly(String file) {
        return new SourceMap() {
            @Override
            public String file() {
                return file;
            }

            @Override
            public SourceLocation locate(String pointer) {
                return new SourceLocation(file, 0, 0, pointer);
            }
        };
    }
}
