package io.github.diapason.read;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reading user files with limits, so a wrong or hostile file is a diagnostic, not an OOM or a hang. */
public final class InputFiles {

    /** No protocol or site file comes near this; a larger one is not what the user meant to give. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private InputFiles() {
    }

    public static Validated<byte[]> readBounded(Path file) {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                return Validated.failed(List.of(Diagnostic.error("FILE_UNREADABLE",
                        "no such file, or not a regular file", "check the path", SourceLocation.file(name))));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return Validated.failed(List.of(Diagnostic.error("FILE_TOO_LARGE",
                        "the file is " + size / (1024 * 1024) + " MiB; protocol and site files are limited to "
                                + MAX_BYTES / (1024 * 1024) + " MiB",
                        "check that this is the protocol or site file you meant", SourceLocation.file(name))));
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
                return Validated.failed(List.of(Diagnostic.error("FILE_EMPTY", "the file is empty",
                        "write the document here (see the examples/ folder)", new SourceLocation(name, 1, 1, ""))));
            }
            return Validated.of(bytes, List.of());
        } catch (NoSuchFileException e) {
            return Validated.failed(List.of(Diagnostic.error("FILE_UNREADABLE", "no such file", "check the path",
                    SourceLocation.file(name))));
        } catch (IOException e) {
            return Validated.failed(List.of(Diagnostic.error("FILE_UNREADABLE", "cannot read the file: " + e.getMessage(),
                    "check the file's permissions", SourceLocation.file(name))));
        }
    }
}
