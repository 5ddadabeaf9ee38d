package io.github.diapason.conformity.dicom;

import io.github.diapason.conformity.dicom.DicomTestWriter.Ds;
import io.github.diapason.conformity.dicom.DicomTestWriter.Syntax;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DicomReaderTest {

    private final DicomReader reader = new DicomReader();

    private static Ds mr() {
        return Ds.of()
                .text(0x00080070, Vr.LO, "SIEMENS")
                .text(0x00080060, Vr.CS, "MR")
                .text(0x00180080, Vr.DS, "2300")
                .text(0x00180081, Vr.DS, "2.98\\5.5")
                .fd(0x00189087, 1000.0)
                .us(0x00280010, 256)
                .sq(0x00081140, Ds.of().text(0x00081150, Vr.UI, "1.2.3"), Ds.of().text(0x00081150, Vr.UI, "1.2.4"));
    }

    private DicomHeader read(byte[] bytes) {
        Validated<DicomHeader> v = reader.read(bytes, "test.dcm");
        assertThat(v.diagnostics()).isEmpty();
        return v.value().orElseThrow();
    }

    private static List<String> codes(Validated<?> v) {
        return v.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @ParameterizedTest
    @EnumSource(Syntax.class)
    void reads_the_same_values_in_every_transfer_syntax(Syntax syntax) {
        DicomHeader h = read(DicomTestWriter.part10(syntax, mr()));

        assertThat(h.transferSyntaxUid()).isEqualTo(syntax.uid);
        assertThat(h.string("Manufacturer")).contains("SIEMENS");
        assertThat(h.number("RepetitionTime")).contains(2300.0);
        assertThat(h.get("EchoTime").orElseThrow().doubles()).containsExactly(2.98, 5.5);
        assertThat(h.dataset().number(0x00189087)).contains(1000.0);
        assertThat(h.number("Rows")).contains(256.0);
        assertThat(h.dataset().items(0x00081140)).extracting(i -> i.string(0x00081150).orElseThrow())
                .containsExactly("1.2.3", "1.2.4");
    }

    @ParameterizedTest
    @EnumSource(value = Syntax.class, names = {"IMPLICIT_LE", "EXPLICIT_LE", "EXPLICIT_BE"})
    void guesses_the_encoding_of_a_raw_data_set_without_preamble(Syntax syntax) {
        DicomHeader h = read(DicomTestWriter.raw(syntax, mr()));

        assertThat(h.fileMeta().size()).isZero();
        assertThat(h.number("RepetitionTime")).contains(2300.0);
        assertThat(h.number("Rows")).contains(256.0);
    }

    @Test
    void implicit_vr_takes_the_vr_from_the_dictionary() {
        DicomHeader h = read(DicomTestWriter.part10(Syntax.IMPLICIT_LE, mr()));

        assertThat(h.get("Rows").orElseThrow().vr()).isEqualTo(Vr.US);
        assertThat(h.get("RepetitionTime").orElseThrow().vr()).isEqualTo(Vr.DS);
    }

    @Test
    void reads_nested_sequences_and_items_of_undefined_length() {
        Ds inner = Ds.of().undefinedLength().fd(0x00180080, 7.5);
        Ds middle = Ds.of().undefinedLength().sqUndefined(0x00189112, inner);
        DicomHeader h = read(DicomTestWriter.part10(Syntax.EXPLICIT_LE, Ds.of().sqUndefined(0x52009229, middle)
                .text(0x00080070, Vr.LO, "GE")));

        assertThat(FunctionalGroups.of(h.dataset()).shared(0x00189112, 0x00180080))
                .map(f -> f.element().number().orElseThrow()).contains(7.5);
        assertThat(h.string("Manufacturer")).contains("GE");
    }

    @Test
    void finds_private_elements_by_creator_wherever_the_block_was_reserved() {
        Ds ds = Ds.of().text(0x00290011, Vr.LO, "SIEMENS CSA HEADER").raw(0x00291110, Vr.OB, new byte[] {1, 2});
        DicomHeader h = read(DicomTestWriter.part10(Syntax.EXPLICIT_LE, ds));

        DicomElement e = h.getPrivate("SIEMENS CSA HEADER", 0x0029, 0x10).orElseThrow();
        assertThat(e.tag()).isEqualTo(0x00291110);
        assertThat(e.privateCreator()).contains("SIEMENS CSA HEADER");
        assertThat(e.bytes()).containsExactly(1, 2);
    }

    @Test
    void private_lookups_agree_with_lookups_in_the_same_elements_without_the_readers_creators() {
        // two creators in one group, one of them reserving two blocks (the lowest wins), and one in another group
        Ds ds = Ds.of().text(0x00190010, Vr.LO, "A").text(0x00190011, Vr.LO, "B").text(0x00190012, Vr.LO, "A")
                .text(0x0019100C, Vr.LO, "a-10").text(0x0019110C, Vr.LO, "b-11").text(0x0019120C, Vr.LO, "a-12")
                .text(0x00290010, Vr.LO, "B").text(0x0029100C, Vr.LO, "b-29");
        DicomDataset read = read(DicomTestWriter.part10(Syntax.EXPLICIT_LE, ds)).dataset();
        DicomDataset decoded = new DicomDataset(read.elements());

        for (String creator : java.util.List.of("A", "B", "C")) {
            for (int group : new int[] {0x0019, 0x0029, 0x0043}) {
                assertThat(read.getPrivate(creator, group, 0x0C)).as("%s in (%04X)", creator, group)
                        .isEqualTo(decoded.getPrivate(creator, group, 0x0C));
            }
        }
        assertThat(read.getPrivate("A", 0x0019, 0x0C).flatMap(DicomElement::string)).contains("a-10");
        assertThat(read.getPrivate("B", 0x0029, 0x0C).flatMap(DicomElement::string)).contains("b-29");
    }

    @Test
    void implicit_private_elements_take_their_vr_from_the_private_dictionary() {
        Ds ds = Ds.of().text(0x00190010, Vr.LO, "SIEMENS MR HEADER").text(0x0019100C, Vr.IS, "1000");
        DicomHeader h = read(DicomTestWriter.part10(Syntax.IMPLICIT_LE, ds));

        DicomElement b = h.getPrivate("SIEMENS MR HEADER", 0x0019, 0x0C).orElseThrow();
        assertThat(b.vr()).isEqualTo(Vr.IS);
        assertThat(b.number()).contains(1000.0);
    }

    @Test
    void un_element_holding_an_implicit_sequence_is_read_as_a_sequence() {
        byte[] itemContent = DicomTestWriter.encode(Ds.of().text(0x00081150, Vr.UI, "1.2.3"), false, false);
        byte[] value = new byte[8 + itemContent.length];
        System.arraycopy(new byte[] {(byte) 0xFE, (byte) 0xFF, 0x00, (byte) 0xE0}, 0, value, 0, 4);
        value[4] = (byte) itemContent.length;
        System.arraycopy(itemContent, 0, value, 8, itemContent.length);
        DicomHeader h = read(DicomTestWriter.part10(Syntax.EXPLICIT_LE, Ds.of().raw(0x00081140, Vr.UN, value)));

        assertThat(h.dataset().items(0x00081140)).singleElement()
                .satisfies(i -> assertThat(i.string(0x00081150)).contains("1.2.3"));
    }

    @Test
    void decodes_text_with_the_specific_character_set() {
        Ds ds = Ds.of().text(0x00080005, Vr.CS, "ISO_IR 192").charset(StandardCharsets.UTF_8)
                .text(0x00100010, Vr.PN, "Müller^Zoë=王^小東");
        DicomHeader h = read(DicomTestWriter.part10(Syntax.EXPLICIT_LE, ds));

        assertThat(h.string("PatientName")).contains("Müller^Zoë=王^小東");
    }

    @Test
    void stops_at_pixel_data_without_reading_it() {
        byte[] header = DicomTestWriter.part10(Syntax.EXPLICIT_LE, mr().raw(Tags.PIXEL_DATA, Vr.OW, new byte[0]));
        byte[] file = Arrays.copyOf(header, header.length + 8 * 1024 * 1024);
        int lengthAt = header.length - 4; // patch the pixel data length to the 8 MiB that follow
        file[lengthAt + 3] = (byte) 0x00;
        file[lengthAt + 2] = (byte) 0x80;
        CountingStream in = new CountingStream(file);

        Validated<DicomHeader> v = reader.read(in, file.length, "big.dcm");

        assertThat(v.diagnostics()).isEmpty();
        assertThat(v.value().orElseThrow().hasPixelData()).isTrue();
        assertThat(in.read).isLessThan(header.length + 64 * 1024);
    }

    @Test
    void truncated_file_gives_DICOM_TRUNCATED_and_the_elements_read_before() {
        byte[] full = DicomTestWriter.part10(Syntax.EXPLICIT_LE, mr());
        Validated<DicomHeader> v = reader.read(Arrays.copyOf(full, full.length - 5), "cut.dcm");

        assertThat(codes(v)).containsExactly("DicomBadLength");
        assertThat(v.value().orElseThrow().string("Manufacturer")).contains("SIEMENS");
        Validated<DicomHeader> cutInTag = reader.read(Arrays.copyOf(full, full.length - full.length % 2 - 100 + 1), "cut2.dcm");
        assertThat(cutInTag.hasErrors()).isTrue();
    }

    @Test
    void file_cut_inside_an_element_header_gives_DICOM_TRUNCATED() {
        byte[] full = DicomTestWriter.part10(Syntax.EXPLICIT_LE, Ds.of().text(0x00080070, Vr.LO, "SIEMENS")
                .text(0x00080080, Vr.LO, "HOSPITAL"));
        Validated<DicomHeader> v = reader.read(Arrays.copyOf(full, full.length - 12), "cut.dcm");

        assertThat(codes(v)).containsExactly("DicomTruncated");
        assertThat(v.value().orElseThrow().string("Manufacturer")).contains("SIEMENS");
    }

    @Test
    void garbage_gives_DICOM_NOT_DICOM() {
        Validated<DicomHeader> v = reader.read("this is a text file, not DICOM at all".getBytes(StandardCharsets.US_ASCII), "notes.txt");

        assertThat(codes(v)).containsExactly("DicomNotDicom");
        assertThat(v.value()).isEmpty();
    }

    @Test
    void length_larger_than_the_file_gives_DICOM_BAD_LENGTH() {
        byte[] file = DicomTestWriter.part10(Syntax.EXPLICIT_LE, Ds.of().text(0x00080070, Vr.LO, "SIEMENS")
                .raw(0x00291010, Vr.OB, new byte[16]));
        file[file.length - 16 - 4 + 3] = (byte) 0x7F; // OB length → ~2 GiB

        Validated<DicomHeader> v = reader.read(file, "hostile.dcm");

        assertThat(v.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("DicomBadLength");
            assertThat(d.location().path()).isEqualTo("(0029,1010)");
        });
    }

    @Test
    void nesting_deeper_than_the_limit_gives_DICOM_TOO_DEEP() {
        Ds ds = Ds.of().text(0x00080070, Vr.LO, "X");
        for (int i = 0; i < 40; i++) {
            ds = Ds.of().sq(0x00081140, ds);
        }
        Validated<DicomHeader> v = reader.read(DicomTestWriter.part10(Syntax.EXPLICIT_LE, ds), "deep.dcm");

        assertThat(codes(v)).containsExactly("DicomTooDeep");
        assertThat(v.diagnostics().get(0).location().path()).startsWith("(0008,1140)[0]/(0008,1140)");
    }

    @Test
    void value_longer_than_the_limit_is_skipped_not_loaded() {
        DicomReader small = new DicomReader(32, 1024, 1 << 20, 1000);
        byte[] file = DicomTestWriter.part10(Syntax.EXPLICIT_LE, Ds.of().raw(0x00291010, Vr.OB, new byte[4096])
                .text(0x00290020, Vr.LO, "after"));

        Validated<DicomHeader> v = small.read(file, "big-value.dcm");

        assertThat(codes(v)).containsExactly("DicomValueSkipped");
        assertThat(v.value().orElseThrow().get(0x00291010).orElseThrow().isValueSkipped()).isTrue();
        assertThat(v.value().orElseThrow().dataset().string(0x00290020)).contains("after");
    }

    @Test
    void deflated_garbage_gives_a_diagnostic() {
        byte[] file = DicomTestWriter.part10(Syntax.DEFLATED_LE, mr());
        for (int i = file.length - 40; i < file.length; i++) {
            file[i] = (byte) 0xFF;
        }
        Validated<DicomHeader> v = reader.read(file, "bad-deflate.dcm");

        assertThat(v.hasErrors()).isTrue();
    }

    private static final class CountingStream extends InputStream {
        private final ByteArrayInputStream in;
        long read;

        CountingStream(byte[] b) {
            in = new ByteArrayInputStream(b);
        }

        @Override
        public int read() {
            int r = in.read();
            read += r < 0 ? 0 : 1;
            return r;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int r = in.read(b, off, len);
            read += Math.max(r, 0);
            return r;
        }

        @Override
        public long skip(long n) {
            return in.skip(n);
        }
    }
}
