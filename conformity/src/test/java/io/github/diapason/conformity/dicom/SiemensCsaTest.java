package io.github.diapason.conformity.dicom;

import io.github.diapason.conformity.dicom.DicomTestWriter.Ds;
import io.github.diapason.conformity.dicom.DicomTestWriter.Syntax;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SiemensCsaTest {

    private static final String PROTOCOL = """
            <XProtocol> {  }
            ### ASCCONV BEGIN object=MrProtDataImpl@MrProtocolData version=51130001 converter=%MEASCONST%/ConverterList/Prot_Converter.txt ###
            ulVersion                                = 0x14b44b6
            tSequenceFileName                        = ""%SiemensSeq%\\\\tfl""
            alTR[0]                                  = 2300000
            sKSpace.lBaseResolution                  = 256
            sKSpace.ucPhasePartialFourier            = 0x10
            sPat.lAccelFactPE                        = 2  # GRAPPA
            ### ASCCONV END ###
            """;

    private static byte[] csa() {
        return DicomTestWriter.csa2(DicomTestWriter.tags(
                "B_value", new String[] {"1000"},
                "DiffusionGradientDirection", new String[] {"0.5", "-0.5", "0.70710678"},
                "PhaseEncodingDirectionPositive", new String[] {"1"},
                "MrPhoenixProtocol", new String[] {PROTOCOL}));
    }

    @Test
    void reads_csa2_tags_as_name_to_values() {
        Validated<SiemensCsa.CsaHeader> v = SiemensCsa.parse(csa(), SourceLocation.NONE);

        assertThat(v.diagnostics()).isEmpty();
        SiemensCsa.CsaHeader h = v.value().orElseThrow();
        assertThat(h.number("B_value")).contains(1000.0);
        assertThat(h.values("DiffusionGradientDirection")).containsExactly("0.5", "-0.5", "0.70710678");
        assertThat(h.get("PhaseEncodingDirectionPositive").orElseThrow().vr()).isEqualTo("IS");
    }

    @Test
    void a_parse_of_named_tags_keeps_exactly_those_with_the_values_of_a_full_parse() {
        SiemensCsa.CsaHeader full = SiemensCsa.parse(csa(), SourceLocation.NONE).value().orElseThrow();
        SiemensCsa.Names names = new SiemensCsa.Names(java.util.List.of("DiffusionGradientDirection", "B_valu", "NotThere"));

        Validated<SiemensCsa.CsaHeader> some = SiemensCsa.parse(csa(), SourceLocation.NONE, names);

        assertThat(some.diagnostics()).isEmpty();
        assertThat(some.value().orElseThrow().tags()).containsOnlyKeys("DiffusionGradientDirection") // not B_value: a prefix
                .containsEntry("DiffusionGradientDirection", full.get("DiffusionGradientDirection").orElseThrow());
    }

    @Test
    void a_parse_of_named_tags_reports_a_cut_header_as_a_full_parse_does() {
        byte[] full = csa();
        for (int length : new int[] {200, full.length / 2, full.length - 200}) {
            byte[] cut = Arrays.copyOf(full, length);

            Validated<SiemensCsa.CsaHeader> some = SiemensCsa.parse(cut, SourceLocation.NONE, new SiemensCsa.Names(java.util.List.of("X")));

            assertThat(some.diagnostics()).as("cut at %d", length).isNotEmpty()
                    .isEqualTo(SiemensCsa.parse(cut, SourceLocation.NONE).diagnostics());
            assertThat(some.value().orElseThrow().tags()).isEmpty();
        }
    }

    @Test
    void reads_the_ascconv_protocol_as_key_to_value() {
        Map<String, String> p = SiemensCsa.parse(csa(), SourceLocation.NONE).value().orElseThrow().asciiProtocol();

        assertThat(p).containsEntry("alTR[0]", "2300000")
                .containsEntry("sKSpace.lBaseResolution", "256")
                .containsEntry("sPat.lAccelFactPE", "2")
                .containsEntry("sKSpace.ucPhasePartialFourier", "0x10")
                .containsEntry("tSequenceFileName", "%SiemensSeq%\\\\tfl");
        assertThat(SiemensCsa.parseDouble(p.get("sKSpace.ucPhasePartialFourier"))).contains(16.0);
    }

    @Test
    void finds_the_image_header_through_its_private_creator() {
        Ds ds = Ds.of().text(0x00290010, Vr.LO, SiemensCsa.CREATOR).raw(0x00291010, Vr.OB, csa());
        DicomHeader h = new DicomReader().read(DicomTestWriter.part10(Syntax.IMPLICIT_LE, ds), "siemens.dcm").value().orElseThrow();

        assertThat(SiemensCsa.read(h.dataset(), SiemensCsa.IMAGE_HEADER, "siemens.dcm").orElseThrow().value().orElseThrow()
                .number("B_value")).contains(1000.0);
    }

    @Test
    void reads_the_old_csa1_layout() {
        // CSA1: no SV10 prefix, item length = x0 - (item count of tag #1)
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(512).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(2).putInt(77);
        int tagNo = 0;
        for (String[] t : new String[][] {{"EchoLinePosition", "128"}, {"SliceNormalVector", "1.0"}}) {
            byte[] name = Arrays.copyOf(t[0].getBytes(), 64);
            b.put(name).putInt(1).put("IS\0\0".getBytes()).putInt(6).putInt(1).putInt(77);
            byte[] value = (t[1] + "\0").getBytes();
            // from tag #1 on, x0 is the length plus tag #1's item count (1)
            b.putInt(value.length + (tagNo++ == 0 ? 0 : 1)).putInt(value.length).putInt(77).putInt(value.length);
            b.put(value).put(new byte[(4 - value.length % 4) % 4]);
        }
        byte[] data = Arrays.copyOf(b.array(), b.position());

        Validated<SiemensCsa.CsaHeader> v = SiemensCsa.parse(data, SourceLocation.NONE);

        assertThat(v.diagnostics()).isEmpty();
        assertThat(v.value().orElseThrow().number("EchoLinePosition")).contains(128.0);
        assertThat(v.value().orElseThrow().number("SliceNormalVector")).contains(1.0);
    }

    @Test
    void a_cut_csa_header_gives_a_warning_and_the_tags_before() {
        byte[] full = csa();
        Validated<SiemensCsa.CsaHeader> v = SiemensCsa.parse(Arrays.copyOf(full, full.length - 200), SourceLocation.file("x.dcm"));

        assertThat(v.diagnostics()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("DicomCsaMalformed"));
        assertThat(v.value().orElseThrow().number("B_value")).contains(1000.0);
    }
    /** The protocol as {@code inspect} read it before {@link SiemensCsa#asciiProtocol}: decoded, then parsed. */
    private static java.util.Optional<io.github.diapason.conformity.siemens.Ascconv> decodedThenParsed(DicomDataset ds, java.util.Set<String> keys) {
        java.util.Optional<SiemensCsa.CsaHeader> series = SiemensCsa.read(ds, SiemensCsa.SERIES_HEADER, "x", SiemensCsa.PROTOCOLS)
                .flatMap(Validated::value);
        for (String name : SiemensCsa.PROTOCOL_NAMES) {
            java.util.Optional<io.github.diapason.conformity.siemens.Ascconv> block = series.flatMap(csa -> csa.get(name))
                    .flatMap(SiemensCsa.CsaTag::first).flatMap(t -> io.github.diapason.conformity.siemens.Ascconv.parseBlock(t, keys));
            if (block.isPresent()) {
                return block;
            }
        }
        return java.util.Optional.empty();
    }

    private static DicomDataset withSeriesHeader(byte[] csa) {
        Ds ds = Ds.of().text(0x00290010, Vr.LO, SiemensCsa.CREATOR).raw(0x00291020, Vr.OB, csa);
        return new DicomReader().read(DicomTestWriter.part10(Syntax.EXPLICIT_LE, ds), "s.dcm").value().orElseThrow().dataset();
    }

    @Test
    void the_protocol_read_from_its_bytes_is_the_protocol_decoded_then_parsed_on_every_siemens_file_of_dicom_qa() throws Exception {
        int withProtocol = 0;
        java.util.List<java.nio.file.Path> files;
        try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(DicomQaCorpus.dicom())) {
            files = walk.filter(java.nio.file.Files::isRegularFile).sorted().toList();
        }
        // keys inspect reads (series-fields.tsv) and others
        java.util.Set<String> someKeys = java.util.Set.of("alTR[0]", "sKSpace.ucPhasePartialFourier", "sPat.lAccelFactPE", "tProtocolName",
                "asCoilSelectMeas[0].asList[0].sCoilElementID.tCoilID", "sCoilSelectMeas.aRxCoilSelectData[0].asList[0].sCoilElementID.tCoilID",
                "sSliceAcceleration.lMultiBandFactor", "sSliceArray.lSize", "sKSpace.lBaseResolution", "sRXSPEC.alDwellTime[0]");
        for (java.nio.file.Path f : files) {
            java.util.Optional<DicomHeader> h = new DicomReader().read(f).value();
            if (h.isEmpty() || h.get().dataset().getPrivate(SiemensCsa.CREATOR, SiemensCsa.GROUP, SiemensCsa.SERIES_HEADER).isEmpty()) {
                continue;
            }
            DicomDataset ds = h.get().dataset();
            for (java.util.Set<String> keys : java.util.Arrays.asList(null, someKeys)) {
                assertThat(SiemensCsa.asciiProtocol(ds, f.toString(), keys)).as("%s", f).isEqualTo(decodedThenParsed(ds, keys));
            }
            // and the keys asked for are those of the whole block (lines are passed over by their first bytes)
            assertThat(SiemensCsa.asciiProtocol(ds, f.toString(), someKeys))
                    .isEqualTo(SiemensCsa.asciiProtocol(ds, f.toString(), null).map(p -> p.retain(someKeys)));
            withProtocol += SiemensCsa.asciiProtocol(ds, f.toString(), null).isPresent() ? 1 : 0;
        }
        assertThat(withProtocol).as("Siemens files with a Phoenix protocol").isGreaterThan(50); // 76 in dicom-qa
    }

    @Test
    void the_protocol_read_from_its_bytes_keeps_latin1_text_and_falls_back_to_mr_protocol_as_decoding_did() {
        String latin1 = PROTOCOL.replace("ulVersion", "tProtocolName = \"\"t1_\u00e9\u00df\u00a0\"\"\n\u00e9cho = 3\nulVersion")
                .replace("### ASCCONV END ###\n", "### ASCCONV END ###\u00a0\t\n");
        for (byte[] csa : java.util.List.of(
                csa(),
                DicomTestWriter.csa2(DicomTestWriter.tags("MrPhoenixProtocol", new String[] {latin1})),
                // no block in the first protocol tag, one in the second
                DicomTestWriter.csa2(DicomTestWriter.tags("MrPhoenixProtocol", new String[] {"<XProtocol> { }"}, "MrProtocol", new String[] {latin1})),
                // a block without key lines, then a block
                DicomTestWriter.csa2(DicomTestWriter.tags("MrPhoenixProtocol", new String[] {"### ASCCONV BEGIN ###\n### ASCCONV END ###"},
                        "MrProtocol", new String[] {PROTOCOL})),
                // no END marker, trailing blanks
                DicomTestWriter.csa2(DicomTestWriter.tags("MrPhoenixProtocol", new String[] {latin1.replace("### ASCCONV END ###", "") + "  \t "})))) {
            DicomDataset ds = withSeriesHeader(csa);
            for (java.util.Set<String> keys : java.util.Arrays.asList(null, java.util.Set.of("tProtocolName", "alTR[0]", "\u00e9cho"))) {
                java.util.Optional<io.github.diapason.conformity.siemens.Ascconv> expected = decodedThenParsed(ds, keys);

                assertThat(expected).isPresent();
                assertThat(SiemensCsa.asciiProtocol(ds, "s.dcm", keys)).isEqualTo(expected);
            }
        }
        assertThat(SiemensCsa.asciiProtocol(withSeriesHeader(DicomTestWriter.csa2(DicomTestWriter.tags("MrPhoenixProtocol", new String[] {latin1}))),
                "s.dcm", null).orElseThrow().text("tProtocolName")).contains("t1_\u00e9\u00df\u00a0");
    }
}
