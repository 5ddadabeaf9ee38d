package io.github.diapason.conformity.siemens;

import io.github.diapason.conformity.dicom.DicomHeader;
import io.github.diapason.conformity.dicom.DicomQaCorpus;
import io.github.diapason.conformity.dicom.DicomReader;
import io.github.diapason.conformity.dicom.SiemensCsa;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The eight-byte line walk of {@link Ascconv} (END marker and a CSA value's NUL found on the way, lines passed over by their
 * first eight bytes) against the reading it replaced ({@link AscconvBefore}): the same keys, values and order, or the same
 * absence, on every Phoenix protocol of the dicom-qa corpus and on protocols damaged on purpose.
 */
class AscconvFastPathTest {

    /** The keys inspect's field table reads (series-fields.tsv), and short ones (fewer than eight bytes: a masked prefix). */
    private static final Set<String> INSPECT = Set.of("tProtocolName", "sPat.lAccelFactPE", "sKSpace.ucPhasePartialFourier",
            "sSliceAcceleration.lMultiBandFactor", "asCoilSelectMeas[0].asList[0].sCoilElementID.tCoilID",
            "sCoilSelectMeas.aRxCoilSelectData[0].asList[0].sCoilElementID.tCoilID");
    private static final Set<String> SHORT = Set.of("alTR[0]", "a", "lSize", "sSliceArray.lSize", "ulVersion");
    private static final byte[] END = "### ASCCONV END ###".getBytes(StandardCharsets.US_ASCII);

    private static final String SMALL = """
            <XProtocol> { <Name> "PhoenixMetaProtocol" # not a marker }
            ### ASCCONV BEGIN object=MrProtDataImpl@MrProtocolData version=51130001 ###
            ulVersion                                = 0x14b44b6
            tProtocolName                            = ""t1_mprage #1""
            alTR[0]                                  = 2300000
            sKSpace.ucPhasePartialFourier            = 0x10 # 6/8
            sPat.lAccelFactPE                        = 2
            asCoilSelectMeas[0].asList[0].sCoilElementID.tCoilID = ""HeadNeck_20""
            asCoilSelectMeas[0].asList[1].sCoilElementID.tCoilID = ""HeadNeck_20""
            sSliceArray.lSize                        = 176
            a = 1
            ### ASCCONV END ###
            trailing = 3
            """;

    @Test
    void every_phoenix_protocol_of_dicom_qa_reads_as_before() throws Exception {
        List<byte[]> protocols = corpusProtocols();
        assertThat(protocols).as("distinct Phoenix protocols in dicom-qa").hasSizeGreaterThan(10);
        for (byte[] p : protocols) {
            for (Set<String> keys : Arrays.asList(INSPECT, SHORT, null)) {
                assertSame(p, keys);
            }
            assertThat(Ascconv.parseCStringBlock(padded(p), 0, p.length + 16, StandardCharsets.ISO_8859_1, INSPECT)).isPresent();
        }
    }

    @Test
    void protocols_damaged_at_every_kind_of_place_read_as_before() throws Exception {
        List<byte[]> texts = new ArrayList<>();
        texts.add(SMALL.getBytes(StandardCharsets.ISO_8859_1));
        List<byte[]> corpus = corpusProtocols();
        texts.add(corpus.stream().min(java.util.Comparator.comparingInt(p -> p.length)).orElseThrow()); // the shortest real one
        Random random = new Random(11);
        int compared = 0;
        for (byte[] text : texts) {
            for (byte[] variant : List.of(text, crlf(text), indented(text))) {
                for (int at : places(variant, random)) {
                    for (byte[] damaged : damaged(variant, at)) {
                        for (Set<String> keys : variant.length < 2000 ? Arrays.asList(INSPECT, SHORT, null) : Arrays.asList(INSPECT, SHORT)) {
                            assertSame(damaged, keys);
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(5000);
    }

    @Test
    void text_read_as_utf8_reads_as_before_with_and_without_a_block() {
        for (String text : List.of(SMALL, SMALL.replace("\n", "\r\n"), SMALL.replace("### ASCCONV END ###", ""),
                SMALL.replace("a = 1", "\u00e9t\u00e9 = \u4e2d \0 x"), "a = 1\nb = 2 # ### ASCCONV END ###\n", "a = 1\0b = 2\n",
                SMALL.replace("sPat.lAccelFactPE                        = 2", "sPat.lAccelFactPE = 2 ### ASCCONV END ###"),
                SMALL.replace("= 2300000", "### ASCCONV END ### = 2"))) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            for (Set<String> keys : Arrays.asList(INSPECT, SHORT, null)) {
                assertThat(entries(Ascconv.parseBlock(text, keys))).as("%s %s", text, keys)
                        .isEqualTo(entries(AscconvBefore.read(utf8, 0, utf8.length, StandardCharsets.UTF_8, keys, true)));
                assertThat(entries(Optional.of(Ascconv.parse(text, keys)))).as("%s %s", text, keys)
                        .isEqualTo(entries(AscconvBefore.read(utf8, 0, utf8.length, StandardCharsets.UTF_8, keys, false)
                                .or(() -> Optional.of(Map.of()))));
            }
        }
    }

    /** The CSA value's text, then its NUL and bytes after it that must not be read (another marker among them). */
    private static byte[] padded(byte[] text) {
        byte[] b = Arrays.copyOf(text, text.length + 16 + END.length);
        b[text.length] = 0;
        System.arraycopy(END, 0, b, text.length + 16, END.length);
        b[text.length + 5] = '\n';
        return b;
    }

    private static void assertSame(byte[] text, Set<String> keys) {
        byte[] b = padded(text);
        int end = new String(text, StandardCharsets.ISO_8859_1).indexOf("### ASCCONV END");
        int cut = end < 0 ? 0 : end + 14; // a range that ends one byte into the END marker
        for (int[] range : new int[][] {{0, b.length}, {0, text.length}, {0, text.length + 8}, {0, cut}}) {
            Charset latin1 = StandardCharsets.ISO_8859_1;
            assertThat(entries(Ascconv.parseCStringBlock(b, range[0], range[1], latin1, keys))).as("keys %s", keys)
                    .isEqualTo(entries(AscconvBefore.cStringBlock(b, range[0], range[1], latin1, keys)));
        }
        // and as a text that does not end at a NUL (XA's protocol, decoded)
        for (int to : new int[] {text.length, cut}) {
            assertThat(entries(Ascconv.parseBlock(b, 0, to, StandardCharsets.ISO_8859_1, keys)))
                    .isEqualTo(entries(AscconvBefore.read(b, 0, to, StandardCharsets.ISO_8859_1, keys, true)));
        }
    }

    private static Optional<List<Map.Entry<String, String>>> entries(Optional<?> parsed) {
        return parsed.map(p -> p instanceof Ascconv a ? a.asMap() : (Map<?, ?>) p)
                .map(m -> m.entrySet().stream().map(e -> Map.entry(String.valueOf(e.getKey()), String.valueOf(e.getValue()))).toList());
    }

    /** The places damage is done: the markers, around each line of a wanted key, a few random ones, the ends. */
    private static List<Integer> places(byte[] text, Random random) {
        String s = new String(text, StandardCharsets.ISO_8859_1);
        List<Integer> at = new ArrayList<>(List.of(0, 1, text.length - 1, text.length));
        for (String marker : List.of("### ASCCONV BEGIN", "### ASCCONV END")) {
            int m = s.indexOf(marker);
            if (m >= 0) {
                for (int d : new int[] {-1, 0, 3, 14, 15, 16}) {
                    at.add(m + d);
                }
                int nl = s.indexOf('\n', m);
                at.add(nl);
                at.add(nl + 1);
            }
        }
        for (String key : List.of("tProtocolName", "sPat.lAccelFactPE", "asCoilSelectMeas[0].asList[0]", "alTR[0]", "sSliceArray.lSize")) {
            int k = s.indexOf("\n" + key);
            if (k >= 0) {
                int eq = s.indexOf('=', k);
                for (int p : new int[] {k, k + 1, k + 2, k + 5, k + 8, k + 9, k + 1 + key.length(), eq - 1, eq, eq + 1, eq + 3,
                        s.indexOf('\n', k + 1) - 1}) {
                    at.add(p);
                }
            }
        }
        for (int i = 0; i < 6; i++) {
            at.add(random.nextInt(text.length));
        }
        return at.stream().filter(p -> p >= 0 && p <= text.length).distinct().toList();
    }

    /** The text with the byte at {@code at} replaced, a marker or NUL put in, a byte taken out, or cut there. */
    private static List<byte[]> damaged(byte[] text, int at) {
        List<byte[]> out = new ArrayList<>();
        if (at < text.length) {
            for (byte c : new byte[] {0, '\n', '#', ' ', '\t', '\r', 'x', '=', (byte) 0xA0}) {
                byte[] b = text.clone();
                b[at] = c;
                out.add(b);
            }
            byte[] shorter = new byte[text.length - 1];
            System.arraycopy(text, 0, shorter, 0, at);
            System.arraycopy(text, at + 1, shorter, at, text.length - at - 1);
            out.add(shorter);
        }
        out.add(Arrays.copyOf(text, at));
        for (byte[] piece : List.of(END, "### ASCCONV EN".getBytes(StandardCharsets.US_ASCII), new byte[] {'\n', 0})) {
            byte[] b = new byte[text.length + piece.length];
            System.arraycopy(text, 0, b, 0, at);
            System.arraycopy(piece, 0, b, at, piece.length);
            System.arraycopy(text, at, b, at + piece.length, text.length - at);
            out.add(b);
        }
        return out;
    }

    private static byte[] crlf(byte[] text) {
        return new String(text, StandardCharsets.ISO_8859_1).replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Wanted keys' lines begun by blanks (a tab, a space, a vertical tab). */
    private static byte[] indented(byte[] text) {
        String s = new String(text, StandardCharsets.ISO_8859_1);
        for (String key : List.of("tProtocolName", "sPat.lAccelFactPE", "alTR[0]", "asCoilSelectMeas[0].asList[0]")) {
            s = s.replace("\n" + key, "\n \t\u000b" + key);
        }
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The distinct MrPhoenixProtocol and MrProtocol values (ISO 8859-1 bytes) of the corpus's Siemens files. */
    private static List<byte[]> corpusProtocols() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DicomQaCorpus.dicom())) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (Path f : files) {
            Optional<DicomHeader> h = new DicomReader().read(f).value();
            if (h.isEmpty()) {
                continue;
            }
            SiemensCsa.read(h.get().dataset(), SiemensCsa.SERIES_HEADER, f.toString()).flatMap(v -> v.value()).ifPresent(csa -> {
                for (String name : SiemensCsa.PROTOCOL_NAMES) {
                    csa.get(name).flatMap(SiemensCsa.CsaTag::first).ifPresent(seen::add);
                }
            });
        }
        return seen.stream().map(s -> s.getBytes(StandardCharsets.ISO_8859_1)).toList();
    }
}
