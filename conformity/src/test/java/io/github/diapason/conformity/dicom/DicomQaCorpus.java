package io.github.diapason.conformity.dicom;

import org.tukaani.xz.XZInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The real vendor corpus of {@code src/test/resources/dicom-qa} (see its README and PROVENANCE):
 * {@code dicom.tar.xz} unpacked once per build under {@code target/dicom-qa}, and dcm2niix's
 * sidecars of the same series. Reads the tar format itself (ustar names with prefix, GNU long
 * names and pax {@code path} records, as tar and Python write them).
 */
public final class DicomQaCorpus {

    private static Path extracted;

    private DicomQaCorpus() {
    }

    /** The folder holding {@code dcm_qa}, {@code dcm_qa_ge}, {@code dcm_qa_nih}, {@code dcm_qa_philips}. */
    public static synchronized Path dicom() {
        if (extracted == null) {
            Path to = Path.of("target", "dicom-qa");
            try {
                Path done = to.resolve(".extracted");
                if (!Files.exists(done)) {
                    try (InputStream in = new XZInputStream(new BufferedInputStream(
                            Files.newInputStream(resource("dicom.tar.xz")), 1 << 16))) {
                        untar(in, to);
                    }
                    Files.writeString(done, "");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot unpack the dicom-qa corpus", e);
            }
            extracted = to.resolve("dicom").toAbsolutePath();
        }
        return extracted;
    }

    /** dcm2niix's sidecars, {@code <set>/<folder>/*.json} mirroring {@link #dicom()}. */
    public static Path sidecars() {
        return resource("sidecars");
    }

    private static Path resource(String name) {
        try {
            var url = DicomQaCorpus.class.getResource("/dicom-qa/" + name);
            if (url == null) {
                throw new IllegalStateException("dicom-qa/" + name + " missing from the test class path");
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void untar(InputStream in, Path to) throws IOException {
        byte[] header = new byte[512];
        String longName = null;
        while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
            String name = text(header, 0, 100);
            long size = Long.parseLong(text(header, 124, 12).strip().isEmpty() ? "0" : text(header, 124, 12).strip(), 8);
            char type = (char) header[156];
            String prefix = "ustar".equals(text(header, 257, 5)) ? text(header, 345, 155) : "";
            byte[] body = type == '0' || type == 0 || type == 'L' || type == 'x' ? in.readNBytes((int) size) : null;
            if (body == null) {
                in.skipNBytes(size);
            }
            in.skipNBytes((512 - size % 512) % 512);
            if (type == 'L') {
                longName = text(body, 0, body.length);
                continue;
            }
            if (type == 'x') {
                longName = paxPath(new String(body, StandardCharsets.UTF_8));
                continue;
            }
            String path = longName != null ? longName : prefix.isEmpty() ? name : prefix + "/" + name;
            longName = null;
            Path target = to.resolve(path).normalize();
            if (!target.startsWith(to)) {
                throw new IOException("tar entry outside the target folder: " + path);
            }
            if (type == '5') {
                Files.createDirectories(target);
            } else if (body != null) {
                Files.createDirectories(target.getParent());
                Path part = target.resolveSibling(target.getFileName() + ".part");
                Files.write(part, body);
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static String paxPath(String records) {
        for (String record : records.split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith("path=", space + 1)) {
                return record.substring(space + 6);
            }
        }
        return null;
    }

    private static String text(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && end < b.length && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }
}
