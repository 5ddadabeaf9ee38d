package io.github.diapason.conformity.dicom;

/**
 * Input the reader cannot go past (truncated, absurd length, too deep…). Internal: the
 * reader turns it into a {@code Diagnostic} with the code and tag path, and keeps what it read.
 */
final class DicomFormatException extends Exception {

    private final String code;
    private final String path;
    private final String hint;

    DicomFormatException(String code, String message, String hint, String path) {
        super(message, null, false, false);
        this.code = code;
        this.path = path;
        this.hint = hint;
    }

    String code() {
        return code;
    }

    String path() {
        return path;
    }

    String hint() {
        return hint;
    }
}
