package io.github.diapason.conformity.dicom;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** DICOM JSON decoded into the reader's model: value forms of PS3.18 F.2, and bad input as diagnostics. */
class DicomJsonReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Validated<DicomHeader> read(String json) throws Exception {
        return new DicomJsonReader().read(JSON.readTree(json), "dicomweb:/x");
    }

    @Test
    void values_of_each_form_read_as_the_part10_reader_holds_them() throws Exception {
        DicomHeader h = read("""
                {"00080005": {"vr": "CS", "Value": ["ISO_IR 100"]},
                 "00100010": {"vr": "PN", "Value": [{"Alphabetic": "Doe^Jane", "Ideographic": "ド"}]},
                 "00180081": {"vr": "DS", "Value": [2.46, 5]},
                 "00280010": {"vr": "US", "Value": [256]},
                 "00181310": {"vr": "US", "Value": [0, 256, 192, 0]},
                 "00209158": {"vr": "LT", "Value": ["résumé"]},
                 "00209165": {"vr": "AT", "Value": ["00209057"]},
                 "00291010": {"vr": "OB", "InlineBinary": "AQID"},
                 "00291020": {"vr": "OB", "BulkDataURI": "http://elsewhere/bulk"},
                 "00290010": {"vr": "LO", "Value": ["SIEMENS CSA HEADER"]},
                 "52009229": {"vr": "SQ", "Value": [{"00189112": {"vr": "SQ", "Value": [{"00180080": {"vr": "DS", "Value": [7.1]}}]}}]}}
                """).value().orElseThrow();
        DicomDataset d = h.dataset();
        assertThat(d.string("PatientName")).contains("Doe^Jane=ド");
        assertThat(d.get("EchoTime").orElseThrow().doubles()).containsExactly(2.46, 5.0);
        assertThat(d.number("Rows")).contains(256.0);
        assertThat(d.get(0x00181310).orElseThrow().longs()).containsExactly(0, 256, 192, 0);
        assertThat(d.string(0x00209158)).contains("résumé"); // JSON text is Unicode whatever (0008,0005) says
        assertThat(d.get(0x00209165).orElseThrow().strings()).containsExactly("(0020,9057)");
        assertThat(d.getPrivate("SIEMENS CSA HEADER", 0x0029, 0x10).orElseThrow().bytes()).containsExactly(1, 2, 3);
        assertThat(d.getPrivate("SIEMENS CSA HEADER", 0x0029, 0x20).orElseThrow().isValueSkipped()).isTrue();
        assertThat(d.items(0x52009229).get(0).items(0x00189112).get(0).number("RepetitionTime")).contains(7.1);
        assertThat(h.hasPixelData()).isFalse();
    }

    @Test
    void bad_input_is_located_diagnostics_not_exceptions() throws Exception {
        assertThat(read("[1, 2]").value()).isEmpty();
        assertThat(read("[1, 2]").diagnostics()).extracting(Diagnostic::code).containsExactly("DicomJsonMalformed");

        Validated<DicomHeader> bad = read("""
                {"nottag": {"vr": "CS"},
                 "00080060": {"Value": ["MR"]},
                 "00280010": {"vr": "US", "Value": ["many"]},
                 "00291010": {"vr": "OB", "InlineBinary": "%%%"},
                 "00209165": {"vr": "AT", "Value": ["xyz"]},
                 "0020000E": {"vr": "UI", "Value": ["1.2"]}}
                """);
        assertThat(bad.value()).isPresent();
        assertThat(bad.value().get().dataset().string("SeriesInstanceUID")).contains("1.2");
        assertThat(bad.diagnostics()).extracting(Diagnostic::code).containsOnly("DicomJsonMalformed").hasSize(5);
        assertThat(bad.diagnostics()).extracting(d -> d.location().path())
                .containsExactlyInAnyOrder("nottag", "(0008,0060)", "(0028,0010)", "(0029,1010)", "(0020,9165)");
        assertThat(bad.diagnostics()).allMatch(d -> d.location().file().equals("dicomweb:/x"));
        assertThat(bad.value().get().dataset().get("Rows").orElseThrow().doubles()).isEmpty(); // a bad value is no value
    }

    @Test
    void keys_that_are_not_eight_ascii_hex_digits_are_located_diagnostics() throws Exception {
        // a sign, too short, too long, a non-hex letter, Arabic-Indic digits (Character.digit would take them), empty
        Validated<DicomHeader> bad = read("""
                {"+0080060": {"vr": "CS", "Value": ["MR"]},
                 "0008006": {"vr": "CS", "Value": ["MR"]},
                 "000800600": {"vr": "CS", "Value": ["MR"]},
                 "0008006G": {"vr": "CS", "Value": ["MR"]},
                 "٠٠٠٨٠٠٦٠": {"vr": "CS", "Value": ["MR"]},
                 "": {"vr": "CS", "Value": ["MR"]},
                 "0020000d": {"vr": "UI", "Value": ["1.2"]}}
                """);
        assertThat(bad.diagnostics()).extracting(Diagnostic::code).containsOnly("DicomJsonMalformed").hasSize(6);
        assertThat(bad.diagnostics()).extracting(Diagnostic::message)
                .containsOnly("not a tag: a key must be 8 hexadecimal digits");
        assertThat(bad.diagnostics()).extracting(d -> d.location().path()).containsExactlyInAnyOrder(
                "+0080060", "0008006", "000800600", "0008006G", "٠٠٠٨٠٠٦٠", "");
        assertThat(bad.value().orElseThrow().dataset().string("Modality")).isEmpty();
        assertThat(bad.value().orElseThrow().dataset().string("StudyInstanceUID")).contains("1.2"); // lower case is hex too
    }

    @Test
    void a_key_is_read_as_the_tag_its_hex_digits_spell() {
        assertThat(DicomJsonReader.tag("7FE00010")).isEqualTo(0x7FE00010L);
        assertThat(DicomJsonReader.tag("FFFEE000")).isEqualTo(0xFFFEE000L); // above Integer.MAX_VALUE, unsigned
        assertThat(DicomJsonReader.tag("00000000")).isZero();
        assertThat(DicomJsonReader.tag("-0000001")).isEqualTo(-1);
    }
}
