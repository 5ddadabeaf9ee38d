package io.github.diapason.read;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
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

    /**
     * Whether a file found in the study folder may be read: a regular file, or a symbolic link to a
     * regular file inside the study folder. A link leaving the folder is refused without being
     * followed (its target is never read, so never quoted), and so are pipes, devices and folders:
     * reading a pipe would wait forever, a device may never end.
     */
    public static Optional<Diagnostic> admit(Path studyRoot, Path file) {
        SourceLocation at = SourceLocation.file(file.toString());
        try {
            BasicFileAttributes own = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            BasicFileAttributes target = own;
            if (own.isSymbolicLink()) {
                Path real;
                try {
                    real = file.toRealPath();
                } catch (NoSuchFileException e) {
                    return Optional.of(Diagnostic.error("FILE_DANGLING_LINK",
                            "a symbolic link to a file that does not exist", "remove the link or restore its target", at));
                }
                if (!real.startsWith(studyRoot.toRealPath())) {
                    return Optional.of(Diagnostic.error("FILE_LINK_OUTSIDE",
                            "a symbolic link to a file outside the study folder; Diapason does not follow it",
                            "copy the file into the study folder (a link to a file inside it is fine)", at));
                }
                target = Files.readAttributes(real, BasicFileAttributes.class);
            }
            if (!target.isRegularFile()) {
                return Optional.of(Diagnostic.error("FILE_NOT_REGULAR",
                        "not a regular file (a named pipe, a device or a folder), so it is not read",
                        "put a regular protocol or site file here, or remove this entry", at));
            }
            return Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.of(Diagnostic.error("FILE_UNREADABLE", "no such file", "check the path", at));
        } catch (IOException e) {
            return Optional.of(Diagnostic.error("FILE_UNREADABLE", "cannot read the file's attributes",
                    "check the file's and its folder's permissions", at));
        }
    }

    /**
     * The bytes of a regular file of at most {@link #MAX_BYTES}. The limit holds while reading too,
     * for files whose announced size is not their content's (those under /proc say 0).
     */
    public static Validated<byte[]> readBounded(Path file) {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                return Validated.failed(List.of(Diagnostic.error("FILE_UNREADABLE",
                        "no such file, or not a regular file", "check the path", SourceLocation.file(name))));
            }
            long size = Files.size(file);
            byte[] bytes = size > MAX_BYTES ? null : readAtMost(file, MAX_BYTES + 1);
            if (bytes == null || bytes.length > MAX_BYTES) {
                return Validated.failed(List.of(Diagnostic.error("FILE_TOO_LARGE",
                        "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB, the limit for protocol and site files",
                        "check that this is the protocol or site file you meant", SourceLocation.file(name))));
            }
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

    private static byte[] readAtMost(Path file, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) limit);
        }
    }
}
