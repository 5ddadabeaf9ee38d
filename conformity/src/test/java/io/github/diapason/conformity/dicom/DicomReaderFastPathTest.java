package io.github.diapason.conformity.dicom;

import io.github.diapason.diagnostic.Validated;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader's buffer fast path (simple explicit VR little endian elements read or skipped straight from the buffer)
 * gives exactly what the general path gives, element for element and diagnostic for diagnostic: on real headers of
 * the dicom-qa corpus (Siemens classic and enhanced, GE, Philips), on the same files cut short or with a byte
 * overwritten at 40 places each (lengths that overrun, VRs that are not VRs), with and without a top-level filter,
 * and with loading limits small enough to be met.
 */
class DicomReaderFastPathTest {

    /** Keeps a few public tags and one private block, like inspect's filter but small. */
    private static final DicomReader.TopLevelFilter FILTER = (tag, creator) -> Tags.group(tag) == 0x0018
            || tag == 0x0020000E || tag == 0x00280010 || creator != null && creator.startsWith("SIEMENS CSA");

    private static final List<DicomReader> READERS = List.of(new DicomReader(), new DicomReader().keepingAtTopLevel(FILTER),
            new DicomReader(32, 64, 4096, 120), new DicomReader(32, 64, 4096, 120).keepingAtTopLevel(FILTER));

    @Test
    void real_headers_read_the_same_with_and_without_the_fast_path() throws IOException {
        List<Path> files = sample();
        assertThat(files).hasSizeGreaterThan(10);
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            for (DicomReader reader : READERS) {
                sameBothWays(reader, bytes, f.toString());
            }
        }
    }

    @Test
    void cut_and_damaged_headers_read_the_same_with_and_without_the_fast_path() throws IOException {
        for (Path f : sample().subList(0, 8)) {
            byte[] bytes = Files.readAllBytes(f);
            int step = Math.max(1, bytes.length / 40);
            for (int at = 0; at < bytes.length; at += step) {
                byte[] cut = Arrays.copyOf(bytes, at);
                byte[] damaged = bytes.clone();
                damaged[at] = (byte) 0xFF;
                byte[] zeroed = bytes.clone();
                zeroed[at] = 0;
                for (DicomReader reader : READERS) {
                    sameBothWays(reader, cut, f + " cut at " + at);
                    sameBothWays(reader, damaged, f + " 0xFF at " + at);
                    sameBothWays(reader, zeroed, f + " 0 at " + at);
                }
            }
        }
    }

    private static void sameBothWays(DicomReader reader, byte[] bytes, String what) {
        Validated<DicomHeader> fast = reader.read(bytes, "x.dcm");
        Validated<DicomHeader> general = reader.withoutFastPath().read(bytes, "x.dcm");
        assertThat(fast.diagnostics()).as(what).isEqualTo(general.diagnostics());
        assertThat(fast.value().map(HeaderDescription::of)).as(what)
                .isEqualTo(general.value().map(HeaderDescription::of));
    }

    /** A few files of every folder of the corpus, in a fixed order. */
    private static List<Path> sample() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> sets = Files.list(DicomQaCorpus.dicom())) {
            for (Path set : sets.sorted().toList()) {
                try (Stream<Path> files = Files.walk(set)) {
                    List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
                    int step = Math.max(1, all.size() / 6);
                    for (int i = 0; i < all.size(); i += step) {
                        out.add(all.get(i));
                    }
                }
            }
        }
        return out;
    }
}
