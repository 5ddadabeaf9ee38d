package io.github.diapason.conformity.dicom;

import io.github.diapason.diagnostic.SourceLocation;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class GeProtocolBlockTest {

    private static final SourceLocation WHERE = SourceLocation.file("ge.dcm");

    @Test
    void reads_key_and_quoted_value_lines_as_dcm2niix_does() throws Exception {
        Map<String, String> block = GeProtocolBlock.parse(withLength(gzip("DELACQ \"0.35\"\r\nVIEWORDER \"1\"\nSLICEORDER \"1\"\n")), WHERE)
                .value().orElseThrow();

        assertThat(block).containsExactly(Map.entry("DELACQ", "0.35"), Map.entry("VIEWORDER", "1"), Map.entry("SLICEORDER", "1"));
    }

    @Test
    void lines_split_from_the_bytes_give_what_splitting_the_decoded_text_gave() throws Exception {
        List<String> texts = new java.util.ArrayList<>(List.of("", "\n", "\r\n", "A \"1\"", "A \"1\"\r", "A \"1\"\r\r\nB 2\n\rC 3",
                " A \"1\"\nA \"2\"\nB\nC \"\"\nD \"\nE \" x \"\nF \t\"q\" \u00a0\nG \u0085\"v\"\u0085\nH  \"\u001c\"\u001f\nI \"a\"b\"\n\n\nJ x\ry\n",
                "KEY\t\"tab\"\nKEY2 \"\"\"\"\n"));
        Random random = new Random(3);
        char[] pool = {'A', 'B', ' ', ' ', '"', '"', '\n', '\r', '\t', '\u00a0', '\u0085', '\u001c', 'x', '\u000b', '\u00e9'};
        for (int t = 0; t < 500; t++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(60); n > 0; n--) {
                sb.append(pool[random.nextInt(pool.length)]);
            }
            texts.add(sb.toString());
        }
        for (String text : texts) {
            Map<String, String> read = GeProtocolBlock.parse(withLength(gzip(text)), WHERE).value().orElseThrow();

            assertThat(List.copyOf(read.entrySet())).as("%s", text).isEqualTo(List.copyOf(splitThenRead(text).entrySet()));
            java.util.Set<String> keys = java.util.Set.of("A", "B", "KEY", "\u00e9", "\u4e2d", "x");
            assertThat(GeProtocolBlock.parse(withLength(gzip(text)), WHERE, keys).value().orElseThrow()).as("%s", text)
                    .isEqualTo(retain(splitThenRead(text), keys));
        }
    }

    @Test
    void every_ge_protocol_block_of_dicom_qa_reads_as_splitting_its_text_did() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DicomQaCorpus.dicom())) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        int blocks = 0;
        for (Path f : files) {
            java.util.Optional<DicomHeader> h = new DicomReader().read(f).value();
            java.util.Optional<DicomElement> e = h.flatMap(x -> x.dataset().getPrivate(GeProtocolBlock.CREATOR, GeProtocolBlock.GROUP, GeProtocolBlock.ELEMENT));
            if (e.isEmpty()) {
                continue;
            }
            byte[] data = e.get().bytes();
            String text = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(data, 4, data.length - 4)).readAllBytes(),
                    StandardCharsets.ISO_8859_1);
            assertThat(GeProtocolBlock.parse(data, WHERE).value().orElseThrow()).as("%s", f).isEqualTo(splitThenRead(text)).isNotEmpty();
            java.util.Set<String> inspected = java.util.Set.of("DELACQ", "IOPT", "SLICEORDER"); // series-fields.tsv
            assertThat(GeProtocolBlock.read(h.orElseThrow().dataset(), f.toString(), inspected).orElseThrow().value().orElseThrow())
                    .isEqualTo(retain(splitThenRead(text), inspected)).isNotEmpty();
            blocks++;
        }
        assertThat(blocks).as("GE files with a protocol block").isGreaterThan(10);
    }

    @Test
    void a_block_that_is_not_gzip_gives_a_warning_and_no_values() {
        var v = GeProtocolBlock.parse(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, WHERE);

        assertThat(v.value().orElseThrow()).isEmpty();
        assertThat(v.diagnostics()).extracting(d -> d.code()).containsExactly("DicomGeProtocolMalformed");
    }

    /** The lines as GeProtocolBlock read them before (main ad1b444): the ISO 8859-1 text split at "\r?\n". */
    private static Map<String, String> splitThenRead(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : text.split("\r?\n")) {
            int space = line.indexOf(' ');
            if (space <= 0) {
                continue;
            }
            String value = line.substring(space + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            out.putIfAbsent(line.substring(0, space), value.strip());
        }
        return out;
    }

    private static Map<String, String> retain(Map<String, String> all, java.util.Set<String> keys) {
        Map<String, String> kept = new LinkedHashMap<>(all);
        kept.keySet().retainAll(keys);
        return kept;
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }

    private static byte[] withLength(byte[] gzip) {
        byte[] b = new byte[gzip.length + 4];
        java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(gzip.length);
        System.arraycopy(gzip, 0, b, 4, gzip.length);
        return b;
    }
}
