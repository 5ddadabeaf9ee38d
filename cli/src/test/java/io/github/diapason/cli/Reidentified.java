package io.github.diapason.cli;

import io.github.diapason.conformity.dicom.DicomHeader;
import io.github.diapason.conformity.dicom.DicomReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies of a real exam as new exams: the Study, Series and SOP Instance UIDs of every file rewritten in place with
 * a variant of the same length (so no element length changes and the rest of the header stays byte for byte),
 * six digits in the middle of each UID replaced by the copy number. The copies are distinct studies to an archive.
 */
final class Reidentified {

    private Reidentified() {
    }

    /** Writes copy {@code n} of every file under {@code exam} into {@code into}, keeping relative paths; returns its StudyInstanceUID. */
    static String copy(Path exam, int n, Path into) throws IOException {
        String study = null;
        try (Stream<Path> walk = Files.walk(exam)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                DicomHeader h = new DicomReader().read(f).value().orElseThrow();
                byte[] bytes = Files.readAllBytes(f);
                List<String> uids = Stream.of("SOPInstanceUID", "SeriesInstanceUID", "StudyInstanceUID")
                        .map(k -> h.string(k).orElseThrow().trim()).sorted(Comparator.comparingInt(String::length).reversed()).toList();
                for (String uid : uids) {
                    replaceAll(bytes, uid.getBytes(StandardCharsets.US_ASCII), variant(uid, n).getBytes(StandardCharsets.US_ASCII));
                }
                Path target = into.resolve(exam.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
                study = variant(h.string("StudyInstanceUID").orElseThrow().trim(), n);
            }
        }
        return study;
    }

    static String variant(String uid, int n) {
        char[] c = uid.toCharArray();
        String digits = String.format("%06d", n);
        int put = 0;
        for (int i = c.length / 2; i < c.length && put < digits.length(); i++) {
            if (Character.isDigit(c[i])) {
                c[i] = digits.charAt(put++);
            }
        }
        return new String(c);
    }

    private static void replaceAll(byte[] in, byte[] from, byte[] to) {
        for (int i = 0; i + from.length <= in.length; i++) {
            boolean match = true;
            for (int j = 0; j < from.length && match; j++) {
                match = in[i + j] == from[j];
            }
            if (match) {
                System.arraycopy(to, 0, in, i, to.length);
                i += from.length - 1;
            }
        }
    }
}
