package io.github.diapason.conformity.dicom;

import io.github.diapason.conformity.inspect.Inspector;
import io.github.diapason.diagnostic.Validated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SeriesReader} (each file of a series read against the previous one, only the differing elements read again)
 * gives exactly what a full read gives, element for element, pixel data offset and diagnostics: on every series of the
 * dicom-qa corpus read in folder order (Siemens classic and enhanced, GE, Philips), with no filter and with inspect's
 * own top-level filter; and on a file of a series following its predecessor with a byte overwritten, zeroed or the
 * file cut at many places, a private creator renamed, the transfer syntax or the character set changed, an element
 * lengthened, and with an element-count limit the next file meets, so that every way out to a full read is taken.
 */
class SeriesReaderTest {

    private static final List<DicomReader> READERS = List.of(new DicomReader(),
            new DicomReader().keepingAtTopLevel(new Inspector().topLevelFilter()));

    @TempDir
    Path tmp;

    @Test
    void every_series_of_the_corpus_reads_as_in_full() throws IOException {
        for (DicomReader reader : READERS) {
            SeriesReader series = reader.forSeries();
            int files = 0;
            for (List<Path> folder : folders()) {
                for (Path f : folder) {
                    same(reader.read(f, Files.size(f)), series.read(f, Files.size(f)), f.toString());
                    files++;
                }
            }
            assertThat(files).isGreaterThan(7000);
            // the point of it: most files are realigned, not read in full
            assertThat(series.realigned).as("files realigned").isGreaterThan(files * 3 / 4);
        }
    }

    @Test
    void unchanged_elements_are_the_template_s_own_objects() throws IOException {
        List<Path> folder = sampleSeries().get(0);
        SeriesReader series = new DicomReader().forSeries();
        DicomHeader first = series.read(folder.get(0), -1).value().orElseThrow();
        DicomHeader second = series.read(folder.get(1), -1).value().orElseThrow();
        assertThat(series.realigned).isEqualTo(1);
        DicomElement studyA = first.dataset().get(0x0020000D).orElseThrow();
        assertThat(second.dataset().get(0x0020000D).orElseThrow()).isSameAs(studyA);
        // and the same layout, shared rather than rebuilt: a place found in one holds the same tag in the other
        assertThat(second.dataset().sameLayoutAs(first.dataset())).isTrue();
        int at = first.dataset().indexOf(0x00080018);
        assertThat(second.dataset().elementAt(at).tag()).isEqualTo(0x00080018);
        assertThat(new DicomReader().read(folder.get(1), -1).value().orElseThrow().dataset().sameLayoutAs(first.dataset())).isFalse();
        assertThat(second.dataset().get(0x00080018).orElseThrow()).isNotSameAs(first.dataset().get(0x00080018).orElseThrow());
        assertThat(second.dataset().get(0x00080018).orElseThrow().sameValueAs(first.dataset().get(0x00080018).orElseThrow())).isFalse();
    }

    @Test
    void damaged_and_cut_files_read_as_in_full() throws IOException {
        for (List<Path> folder : sampleSeries()) {
            byte[] previous = Files.readAllBytes(folder.get(0));
            byte[] next = Files.readAllBytes(folder.get(1));
            int header = headerEnd(next);
            int step = Math.max(1, header / 60);
            for (int at = 0; at < header + 12 && at < next.length; at += step) {
                byte[] ff = next.clone();
                ff[at] = (byte) 0xFF;
                byte[] zero = next.clone();
                zero[at] = 0;
                byte[] plus = next.clone();
                plus[at]++;
                for (byte[] b : List.of(ff, zero, plus, Arrays.copyOf(next, at))) {
                    afterTemplate(previous, b, folder.get(1) + " changed at " + at);
                }
            }
        }
    }

    @Test
    void changed_creator_transfer_syntax_character_set_and_lengths_read_as_in_full() throws IOException {
        for (List<Path> folder : sampleSeries()) {
            byte[] previous = Files.readAllBytes(folder.get(0));
            byte[] next = Files.readAllBytes(folder.get(1));
            String name = folder.get(1).toString();
            afterTemplate(previous, replace(next, "1.2.840.10008.1.2.1\0", "1.2.840.10008.1.2.2\0"), name + " big endian");
            afterTemplate(previous, replace(next, "1.2.840.10008.1.2.1\0", "1.2.840.10008.1.2\0\0\0"), name + " implicit");
            afterTemplate(previous, replace(next, "ISO_IR 100", "ISO_IR 192"), name + " UTF-8");
            afterTemplate(previous, replace(next, "SIEMENS", "SIEMENZ"), name + " Siemens creators");
            afterTemplate(previous, replace(next, "GEMS_", "GEMZ_"), name + " GE creators");
            afterTemplate(previous, replace(next, "Philips", "Philipz"), name + " Philips creators");
            assertThat(afterTemplate(previous, lengthened(next, 0x00200013), name + " Instance Number longer")).isTrue();
            assertThat(afterTemplate(previous, lengthened(next, 0x00080018), name + " SOP Instance UID longer")).isTrue();
            assertThat(afterTemplate(previous, lengthened(next, 0x00020003), name + " meta SOP Instance UID longer")).isTrue();
            assertThat(afterTemplate(previous, next, name + " as is")).isTrue();
        }
    }

    @Test
    void a_limit_the_next_file_meets_is_reported_as_in_full() throws IOException {
        for (List<Path> folder : sampleSeries()) {
            byte[] previous = Files.readAllBytes(folder.get(0));
            DicomReader.Layout layout = new DicomReader.Layout();
            new DicomReader().read(new java.io.ByteArrayInputStream(previous), previous.length, "a", layout);
            byte[] next = lengthened(Files.readAllBytes(folder.get(1)), 0x00200013);
            // exactly the template's count: a next file with one element more is over the limit
            for (DicomReader reader : List.of(new DicomReader(32, 1 << 20, 1 << 20, layout.elementCount),
                    new DicomReader(32, 1 << 20, layout.loadedBytes + 1, 1_000_000))) {
                afterTemplate(reader, previous, next, folder.get(1) + " at the limit");
            }
        }
    }

    @Test
    void a_file_cut_inside_its_pixel_data_is_reported_as_in_full() throws IOException {
        for (List<Path> folder : sampleSeries()) {
            byte[] previous = withPixels(Files.readAllBytes(folder.get(0)), 256);
            byte[] next = withPixels(Files.readAllBytes(folder.get(1)), 256);
            byte[] cut = Arrays.copyOf(next, next.length - 100);
            assertThat(new DicomReader().read(cut, "b").diagnostics()).extracting(d -> d.code()).contains("DicomPixelDataTruncated");
            afterTemplate(previous, cut, folder.get(1) + " cut in its pixel data");
            assertThat(afterTemplate(previous, next, folder.get(1) + " with its pixel data")).isTrue();
        }
    }

    @Test
    void a_changed_text_element_is_decoded_with_the_file_s_character_set() throws IOException {
        int utf8 = 0;
        for (List<Path> folder : sampleSeries()) {
            byte[] previous = replace(Files.readAllBytes(folder.get(0)), "ISO_IR 100", "ISO_IR 192");
            byte[] next = replace(Files.readAllBytes(folder.get(1)), "ISO_IR 100", "ISO_IR 192");
            if (Arrays.equals(previous, Files.readAllBytes(folder.get(0)))) {
                continue; // no character set to change
            }
            utf8++;
            byte[] accented = next.clone(); // "é" in UTF-8 at the start of the series description
            int at = valueAt(accented, 0x0008103E);
            accented[at] = (byte) 0xC3;
            accented[at + 1] = (byte) 0xA9;
            assertThat(afterTemplate(previous, accented, folder.get(1) + " UTF-8 series description")).isTrue();
        }
        assertThat(utf8).isGreaterThan(0);
    }

    /** The file (emptied pixel data, the corpus's) with {@code n} bytes of pixel data. */
    private static byte[] withPixels(byte[] b, int n) {
        int at = headerEnd(b);
        byte[] out = Arrays.copyOf(b, at + 12 + n);
        out[at + 8] = (byte) n;
        out[at + 9] = (byte) (n >> 8);
        return out;
    }

    @Test
    void headers_a_template_cannot_describe_read_as_in_full() throws IOException {
        // the data set's first element is the same in all: the encoding is guessed from it, a change there is read in full
        DicomTestWriter.Ds plain = DicomTestWriter.Ds.of().text(0x00080016, Vr.UI, "1.2.840.10008.5.1.4.1.1.4")
                .text(0x00080018, Vr.UI, "1.2.3").text(0x0020000E, Vr.UI, "1.2.4").us(0x00280010, 64).raw(0x7FE00010, Vr.OB, new byte[0]);
        DicomTestWriter.Ds other = DicomTestWriter.Ds.of().text(0x00080016, Vr.UI, "1.2.840.10008.5.1.4.1.1.4")
                .text(0x00080018, Vr.UI, "1.2.3.5").text(0x0020000E, Vr.UI, "1.2.4").us(0x00280010, 64).raw(0x7FE00010, Vr.OB, new byte[0]);
        DicomTestWriter.Ds unordered = DicomTestWriter.Ds.of().text(0x00080016, Vr.UI, "1.2.840.10008.5.1.4.1.1.4")
                .text(0x0020000E, Vr.UI, "1.2.4").text(0x00080018, Vr.UI, "1.2.3").us(0x00280010, 64).raw(0x7FE00010, Vr.OB, new byte[0]);
        List<byte[]> files = List.of(
                DicomTestWriter.part10(DicomTestWriter.Syntax.EXPLICIT_LE, DicomTestWriter.Ds.of().raw(0x7FE00010, Vr.OB, new byte[0])),
                DicomTestWriter.part10(DicomTestWriter.Syntax.EXPLICIT_LE, DicomTestWriter.Ds.of().text(0x00080018, Vr.UI, "1.2.3")),
                DicomTestWriter.part10(DicomTestWriter.Syntax.EXPLICIT_LE, unordered),
                DicomTestWriter.part10(DicomTestWriter.Syntax.IMPLICIT_LE, plain),
                DicomTestWriter.part10(DicomTestWriter.Syntax.EXPLICIT_BE, plain),
                DicomTestWriter.part10(DicomTestWriter.Syntax.DEFLATED_LE, plain),
                DicomTestWriter.raw(DicomTestWriter.Syntax.EXPLICIT_LE, plain));
        for (int i = 0; i < files.size(); i++) {
            byte[] f = files.get(i);
            assertThat(afterTemplate(f, f, "fixture " + i + " twice")).as("fixture " + i).isFalse();
        }
        byte[] first = DicomTestWriter.part10(DicomTestWriter.Syntax.EXPLICIT_LE, plain);
        assertThat(afterTemplate(first, DicomTestWriter.part10(DicomTestWriter.Syntax.EXPLICIT_LE, other), "fixture realigned")).isTrue();
        assertThat(afterTemplate(first, DicomTestWriter.part10(DicomTestWriter.Syntax.EXPLICIT_LE, unordered), "unordered next")).isFalse();
    }

    /** Whether {@code next} was realigned on {@code previous} (with every reader), after checking it reads as in full. */
    private boolean afterTemplate(byte[] previous, byte[] next, String what) throws IOException {
        boolean realigned = true;
        for (DicomReader reader : READERS) {
            realigned &= afterTemplate(reader, previous, next, what);
        }
        return realigned;
    }

    private boolean afterTemplate(DicomReader reader, byte[] previous, byte[] next, String what) throws IOException {
        Path a = Files.write(tmp.resolve("a.dcm"), previous);
        Path b = Files.write(tmp.resolve("b.dcm"), next);
        SeriesReader series = reader.forSeries();
        same(reader.read(a), series.read(a, previous.length), what + " (template)");
        same(reader.read(b), series.read(b, next.length), what);
        return series.realigned == 1;
    }

    private static void same(Validated<DicomHeader> full, Validated<DicomHeader> series, String what) {
        assertThat(series.diagnostics()).as(what).isEqualTo(full.diagnostics());
        assertThat(series.value().map(SeriesReaderTest::describe)).as(what).isEqualTo(full.value().map(SeriesReaderTest::describe));
    }

    /** The data set's end: where the top-level pixel data element starts. */
    private static int headerEnd(byte[] b) {
        return (int) new DicomReader().read(b, "x").value().orElseThrow().pixelDataOffset();
    }

    private static byte[] replace(byte[] b, String from, String to) {
        byte[] out = b.clone();
        byte[] f = from.getBytes(StandardCharsets.ISO_8859_1);
        byte[] t = to.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i + f.length <= out.length; i++) {
            if (Arrays.equals(out, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, out, i, t.length);
            }
        }
        return out;
    }

    /** Where the value of the top-level element {@code tag} (short explicit VR form) starts. */
    private static int valueAt(byte[] b, int tag) {
        byte[] key = {(byte) (tag >> 16), (byte) (tag >> 24), (byte) tag, (byte) (tag >> 8)};
        for (int i = 132; i + 8 <= b.length; i++) {
            if (Arrays.equals(b, i, i + 4, key, 0, 4)) {
                return i + 8;
            }
        }
        throw new AssertionError("no " + Tags.format(tag));
    }

    /** The element {@code tag} (short explicit VR form, at the top level) two bytes longer: every later element moves. */
    private static byte[] lengthened(byte[] b, int tag) {
        byte[] key = {(byte) (tag >> 16), (byte) (tag >> 24), (byte) tag, (byte) (tag >> 8)};
        for (int i = 132; i + 8 <= b.length; i++) {
            if (Arrays.equals(b, i, i + 4, key, 0, 4)) {
                int len = b[i + 6] & 0xFF | (b[i + 7] & 0xFF) << 8;
                byte[] out = new byte[b.length + 2];
                System.arraycopy(b, 0, out, 0, i + 8 + len);
                out[i + 8 + len] = (byte) (b[i + 4] == 'U' && b[i + 5] == 'I' ? 0 : ' ');
                out[i + 8 + len + 1] = out[i + 8 + len];
                System.arraycopy(b, i + 8 + len, out, i + 8 + len + 2, b.length - i - 8 - len);
                out[i + 6] = (byte) (len + 2);
                out[i + 7] = (byte) (len + 2 >> 8);
                return out;
            }
        }
        throw new AssertionError("no " + Tags.format(tag));
    }

    /** Every folder of the corpus with its files in name order (the order inspect reads a folder in is the file system's). */
    private static List<List<Path>> folders() throws IOException {
        List<List<Path>> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(DicomQaCorpus.dicom())) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    List<Path> list = files.filter(Files::isRegularFile).sorted().toList();
                    if (!list.isEmpty()) {
                        out.add(list);
                    }
                }
            }
        }
        return out;
    }

    /** A series of each vendor's folders whose first two files realign (a template and its successor). */
    private static List<List<Path>> sampleSeries() throws IOException {
        List<List<Path>> out = new ArrayList<>();
        for (String set : List.of("dcm_qa", "dcm_qa_ge", "dcm_qa_nih", "dcm_qa_philips")) {
            for (List<Path> folder : folders()) {
                if (folder.size() >= 2 && folder.get(0).toString().contains("/" + set + "/")) {
                    SeriesReader series = new DicomReader().forSeries();
                    series.read(folder.get(0), -1);
                    series.read(folder.get(1), -1);
                    if (series.realigned == 1) {
                        out.add(folder);
                        break;
                    }
                }
            }
        }
        assertThat(out).hasSize(4);
        return out;
    }

    private static String describe(DicomHeader h) {
        return h.source() + ' ' + HeaderDescription.of(h, true);
    }
}
