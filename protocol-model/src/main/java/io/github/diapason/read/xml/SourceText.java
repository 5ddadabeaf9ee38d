package io.github.diapason.read.xml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The document's text, to move a parser position back to the start of its tag. SAX reports
 * an element (and a schema error on it) just after the start tag's {@code >}; people look
 * for the {@code <}. Attribute values cannot hold a literal {@code <}, so the last one before
 * the reported position opens the tag.
 */
final class SourceText {

    private final String text;
    private final int[] lineStarts;

    private SourceText(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Decoded as UTF-8, the encoding of every file we ship and document; others only lose column accuracy. */
    static SourceText of(byte[] bytes) {
        return new SourceText(new String(bytes, StandardCharsets.UTF_8));
    }

    /** Line and column (1-based) of the {@code <} that opens the tag ending at {@code line:column}. */
    int[] tagStart(int line, int column) {
        if (line <= 0 || line > lineStarts.length || column <= 0) {
            return new int[] {Math.max(line, 0), Math.max(column, 0)};
        }
        int offset = Math.min(lineStarts[line - 1] + column - 1, text.length());
        int open = text.lastIndexOf('<', offset - 1);
        if (open < 0) {
            return new int[] {line, column};
        }
        int l = lineOf(open);
        return new int[] {l + 1, open - lineStarts[l] + 1};
    }

    private int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
