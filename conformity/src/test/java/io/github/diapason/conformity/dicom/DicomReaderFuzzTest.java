package io.github.diapason.conformity.dicom;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the bytes, the reader (and what callers do with its result: decode every value,
 * look in functional groups, parse CSA headers) returns a value and diagnostics; it never
 * throws, hangs or runs out of memory. In a normal build the committed seeds in
 * {@code DicomReaderFuzzTestInputs/} are replayed; with {@code JAZZER_FUZZ=1} Jazzer mutates
 * them for {@code maxDuration} (see FUZZING.md).
 */
class DicomReaderFuzzTest {

    private static final DicomReader READER = new DicomReader();

    @FuzzTest(maxDuration = "20s")
    void any_bytes_give_a_result_and_diagnostics_never_an_exception(byte[] data) {
        Validated<DicomHeader> v = READER.read(data, "fuzz.dcm");

        assertThat(v.value().isPresent() || v.hasErrors()).isTrue();
        v.value().ifPresent(h -> {
            touch(h.fileMeta());
            touch(h.dataset());
            FunctionalGroups.of(h.dataset()).distinctNumbers(FunctionalGroups.MR_ECHO, FunctionalGroups.EFFECTIVE_ECHO_TIME);
            SiemensCsa.read(h.dataset(), SiemensCsa.IMAGE_HEADER, "fuzz.dcm").ifPresent(c -> c.value().ifPresent(
                    SiemensCsa.CsaHeader::asciiProtocol));
        });
        SiemensCsa.parse(data, SourceLocation.NONE).value().ifPresent(SiemensCsa.CsaHeader::asciiProtocol);
    }

    private static void touch(DicomDataset ds) {
        for (DicomElement e : ds.elements()) {
            e.strings();
            e.doubles();
            e.longs();
            e.privateCreator();
            e.items().forEach(DicomReaderFuzzTest::touch);
        }
    }
}
