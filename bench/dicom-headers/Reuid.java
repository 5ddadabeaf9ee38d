import io.github.diapason.conformity.dicom.DicomHeader;
import io.github.diapason.conformity.dicom.DicomReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes one copy of the dicom-qa corpus a study of its own: every occurrence of each file's Study and Series
 * Instance UID is rewritten in place with the first digit of its root changed to {@code digit} (3 to 9: a UID's
 * root arc is 0, 1 or 2, so the new UIDs can never be an original's, and copies given different digits never
 * share one). Same length, so no other byte moves. Without this, the copies of the benchmark share their UIDs and
 * inspect finds the corpus's 88 series with six times their files, doing the once-per-series work (the Siemens
 * Phoenix protocol, the GE protocol block) six times less often than on an archive of distinct exams.
 * Usage: Reuid <folder> <digit 3-9>. Prints the number of files changed.
 */
public final class Reuid {
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        char digit = args[1].charAt(0);
        if (digit < '3' || digit > '9') {
            throw new IllegalArgumentException("the digit must be 3 to 9, not " + args[1]);
        }
        DicomReader reader = new DicomReader();
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        int changed = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            DicomHeader h = reader.read(bytes, file.toString()).value().orElse(null);
            if (h == null) {
                continue;
            }
            boolean any = false;
            for (int tag : new int[] {0x0020000D, 0x0020000E}) {
                String uid = h.dataset().string(tag).orElse("");
                if (uid.length() > 2) {
                    any |= replaceAll(bytes, uid.getBytes(StandardCharsets.US_ASCII), (byte) digit);
                }
            }
            if (any) {
                Files.write(file, bytes);
                changed++;
            }
        }
        System.out.println("files with new UIDs: " + changed + " of " + files.size());
    }

    /** Rewrites the first byte of every occurrence of {@code uid} in {@code bytes}. */
    private static boolean replaceAll(byte[] bytes, byte[] uid, byte first) {
        boolean any = false;
        for (int i = 0; i + uid.length <= bytes.length; i++) {
            if (bytes[i] == uid[0] && java.util.Arrays.equals(bytes, i, i + uid.length, uid, 0, uid.length)) {
                bytes[i] = first;
                any = true;
                i += uid.length - 1;
            }
        }
        return any;
    }
}
