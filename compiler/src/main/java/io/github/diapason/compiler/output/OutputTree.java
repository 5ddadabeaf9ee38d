package io.github.diapason.compiler.output;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Everything one run produces, as relative path → bytes, held in memory until it is complete;
 * {@link OutputWriter} then writes it. Paths are built from {@link #segment} so that no id,
 * whatever it contains, can name a place outside the output folder.
 */
public final class OutputTree {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]+");
    private final Map<String, byte[]> files = new TreeMap<>();

    /** A file name or folder name made from a user-supplied id: unsafe characters become '_'. */
    public static String segment(String id) {
        String s = id == null ? "" : id.replaceAll("[^A-Za-z0-9._-]", "_");
        if (s.isEmpty() || s.chars().allMatch(c -> c == '.')) {
            s = "_" + s.replace('.', '_');
        }
        return s;
    }

    /** Adds a file; {@code path} is '/'-separated and made of safe segments only. */
    public OutputTree put(String path, byte[] content) {
        return store(path, content.clone());
    }

    public OutputTree put(String path, String content) {
        return store(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds every file of {@code other} (checked when it was put there); a path in both keeps {@code other}'s bytes. */
    public OutputTree putAll(OutputTree other) {
        files.putAll(other.files);
        return this;
    }

    private OutputTree store(String path, byte[] content) {
        for (String part : path.split("/", -1)) {
            if (!SAFE.matcher(part).matches() || part.chars().allMatch(c -> c == '.')) {
                throw new IllegalArgumentException("unsafe output path '" + path + "': build it with OutputTree.segment");
            }
        }
        files.put(path, content);
        return this;
    }

    public Map<String, byte[]> files() {
        return Collections.unmodifiableMap(files);
    }
}
