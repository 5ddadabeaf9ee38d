package io.github.diapason.text;

/**
 * Control characters in user text (a protocol value, a DICOM SeriesDescription, a line quoted from
 * a file) must not reach a terminal, where an escape sequence can rewrite the screen or the title,
 * nor an XHTML document, where XML 1.0 forbids them and the PDF renderer fails.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** C0 controls other than tab, line feed and carriage return; DEL; the C1 controls. */
    public static boolean isUnsafe(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    /** {@code text} without unsafe control characters; tab, line feed and carriage return kept. */
    public static String strip(String text) {
        if (text == null) {
            return "";
        }
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                StringBuilder out = new StringBuilder(text.length());
                text.chars().filter(c -> !isUnsafe(c)).forEach(c -> out.append((char) c));
                return out.toString();
            }
        }
        return text;
    }

    /**
     * One line for a terminal: unsafe control characters shown as {@code \u001B}-style escapes, so a
     * reader sees that something was there without the terminal acting on it; tab stays.
     */
    public static String forTerminal(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = isUnsafe(c) || c == '\r';
            if (unsafe && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (unsafe) {
                    out.append(String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** {@code text} with every unsafe control character (and carriage return) replaced by '?': columns stay aligned. */
    public static String masked(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < out.length(); i++) {
            if (isUnsafe(out.charAt(i)) || out.charAt(i) == '\r') {
                out.setCharAt(i, '?');
            }
        }
        return out.toString();
    }
}
