import io.github.diapason.conformity.dicom.VendorFixtures;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes whole MR exams shaped like each vendor's output (test-scope VendorFixtures, with pixel data
 * of realistic size) under args[0] until at least args[1] files exist: per exam a Siemens MPRAGE
 * (176 slices of 256x256), a Siemens diffusion mosaic (33 volumes of 640x640), a GE DTI (20 slices x
 * 7 volumes), a Philips DTI (20 x 4), one Siemens XA enhanced multi-echo BOLD file (72 frames) and one
 * Philips enhanced DTI file (4 x 20 frames). About 431 files and 78 MB per exam.
 */
public final class WriteFixtures {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        long want = Long.parseLong(args[1]);
        long files = 0;
        int slice = 256 * 256 * 2;
        double[][] dirs = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0.7071, 0.7071, 0}, {0.7071, 0, 0.7071}, {0, 0.7071, 0.7071}};
        for (int exam = 0; files < want; exam++) {
            String uid = "1.2.826.0.1.3680043.10.9." + exam;
            Path e = root.resolve(String.format("exam-%03d", exam));
            for (int i = 1; i <= 176; i++, files++) {
                write(e.resolve("t1").resolve("IM" + i), VendorFixtures.siemensClassic(uid + ".2", i, i, slice));
            }
            for (int v = 0; v < 33; v++, files++) {
                write(e.resolve("dwi").resolve("MR" + v), VendorFixtures.siemensMosaic(uid + ".5", v + 1, v == 0 ? 0 : 1000,
                        v == 0 ? null : new double[] {Math.cos(v), Math.sin(v), 0}, 640 * 640 * 2));
            }
            for (int v = 0, n = 0; v < 7; v++) {
                for (int s = 0; s < 20; s++, n++, files++) {
                    write(e.resolve("ge").resolve("i" + n), VendorFixtures.geClassic(uid + ".9", n + 1, s * 2.0,
                            v == 0 ? 0 : 1000, dirs[v], slice));
                }
            }
            for (int v = 0, n = 0; v < 4; v++) {
                for (int s = 0; s < 20; s++, n++, files++) {
                    write(e.resolve("philips").resolve(Integer.toString(n)), VendorFixtures.philipsClassic(uid + ".11", n + 1,
                            s * 2.0, v == 0 ? 0 : 1000, dirs[v], slice));
                }
            }
            write(e.resolve("xa").resolve("bold.dcm"), VendorFixtures.siemensXaEnhanced(uid + ".7", 36, 72 * 64 * 64 * 2));
            files++;
            write(e.resolve("penh").resolve("dti.dcm"), VendorFixtures.philipsEnhanced(uid + ".12", 20,
                    new double[] {0, 1000, 1000, 1000}, new double[][] {null, dirs[1], dirs[2], dirs[3]}, 80 * 64 * 64 * 2));
            files++;
        }
        System.out.println(files);
    }

    private static void write(Path p, byte[] bytes) throws Exception {
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }
}
