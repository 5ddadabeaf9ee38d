import io.github.diapason.conformity.dicom.DicomHeader;
import io.github.diapason.conformity.dicom.DicomReader;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Gives the dicom-qa corpus's real headers their pixel data back, as zeros of the size each header declares
 * (Rows x Columns x BitsAllocated/8 x SamplesPerPixel x NumberOfFrames), so that the files are as large as the
 * originals: the corpus empties the top-level Pixel Data value (its length set to 0, see its README), which makes
 * `cat` read only headers and makes dcm2niix reject every file. Usage: RestorePixels <from> <to> [--size-only].
 * Every header byte is kept; only the Pixel Data length field and its value change. A file whose Pixel Data is
 * not an empty explicit-VR OB/OW element at the reader's offset (a raw data set, an SR object) is copied as is.
 */
public final class RestorePixels {
    public static void main(String[] args) throws IOException {
        Path from = Path.of(args[0]);
        Path to = Path.of(args[1]);
        boolean sizeOnly = args.length > 2 && args[2].equals("--size-only");
        DicomReader reader = new DicomReader();
        long[] totals = new long[3]; // files, files restored, bytes written
        List<Path> files;
        try (Stream<Path> s = Files.walk(from)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        byte[] zeros = new byte[1 << 20];
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            long pixels = restoredLength(reader, bytes, file);
            totals[0]++;
            Path out = to.resolve(from.relativize(file).toString());
            long written = bytes.length;
            if (pixels > 0) {
                totals[1]++;
                written += pixels;
            }
            totals[2] += written;
            if (sizeOnly) {
                continue;
            }
            Files.createDirectories(out.getParent());
            try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                if (pixels <= 0) {
                    o.write(bytes);
                    continue;
                }
                int at = (int) offsetOfEmptyPixelData(reader, bytes, file);
                o.write(bytes, 0, at + 8);
                o.write(new byte[] {(byte) pixels, (byte) (pixels >>> 8), (byte) (pixels >>> 16), (byte) (pixels >>> 24)});
                for (long left = pixels; left > 0; left -= Math.min(left, zeros.length)) {
                    o.write(zeros, 0, (int) Math.min(left, zeros.length));
                }
                o.write(bytes, at + 12, bytes.length - at - 12);
            }
        }
        System.out.printf("files %d, with pixel data restored %d, bytes %d%n", totals[0], totals[1], totals[2]);
    }

    /** The length the Pixel Data value gets back (even), or 0 when the file is copied as is. */
    private static long restoredLength(DicomReader reader, byte[] bytes, Path file) {
        long at = offsetOfEmptyPixelData(reader, bytes, file);
        if (at < 0) {
            return 0;
        }
        DicomHeader h = reader.read(bytes, file.toString()).value().orElseThrow();
        long rows = h.number("Rows").orElse(0.0).longValue();
        long columns = h.number("Columns").orElse(0.0).longValue();
        long bits = h.number("BitsAllocated").orElse(16.0).longValue();
        long samples = h.number("SamplesPerPixel").orElse(1.0).longValue();
        long frames = Math.max(1, h.number("NumberOfFrames").orElse(1.0).longValue());
        long length = rows * columns * samples * frames * bits / 8;
        return (length + 1) & ~1L;
    }

    /** The offset of an empty explicit-VR little-endian (7FE0,0010) OB/OW element, else -1. */
    private static long offsetOfEmptyPixelData(DicomReader reader, byte[] bytes, Path file) {
        DicomHeader h = reader.read(bytes, file.toString()).value().orElse(null);
        if (h == null || !h.hasPixelData() || !h.transferSyntaxUid().equals("1.2.840.10008.1.2.1")) {
            return -1;
        }
        int at = (int) h.pixelDataOffset();
        if (at + 12 > bytes.length) {
            return -1;
        }
        boolean tag = bytes[at] == (byte) 0xE0 && bytes[at + 1] == 0x7F && bytes[at + 2] == 0x10 && bytes[at + 3] == 0;
        boolean vr = bytes[at + 4] == 'O' && (bytes[at + 5] == 'W' || bytes[at + 5] == 'B');
        boolean empty = bytes[at + 8] == 0 && bytes[at + 9] == 0 && bytes[at + 10] == 0 && bytes[at + 11] == 0;
        return tag && vr && empty ? at : -1;
    }
}
