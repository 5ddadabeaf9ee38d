package io.github.diapason.conformity.dicomweb;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The first body part of a {@code multipart/related} answer (RFC 2046), as WADO-RS returns bulk data. */
final class Multipart {

    private Multipart() {
    }

    static Optional<byte[]> firstPart(String contentType, byte[] body) {
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return Optional.of(body);
        }
        String boundary = null;
        for (String p : contentType.split(";")) {
            String t = p.strip();
            if (t.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                boundary = t.substring("boundary=".length()).replace("\"", "");
            }
        }
        if (boundary == null || boundary.isEmpty()) {
            return Optional.empty();
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int start = indexOf(body, delimiter, 0);
        if (start < 0) {
            return Optional.empty();
        }
        int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start + delimiter.length);
        if (headersEnd < 0) {
            return Optional.empty();
        }
        int from = headersEnd + 4;
        int end = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), from);
        return end < 0 ? Optional.empty() : Optional.of(Arrays.copyOfRange(body, from, end));
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
