package io.github.diapason.conformity.dicom;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** DS/IS values read from their bytes give exactly what the String path (split, strip, {@code Double.valueOf}) gives. */
class DicomElementDecimalTest {

    private static DicomElement ds(Vr vr, String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        return new DicomElement(0x00200032, vr, null, b.length, b, false, SpecificCharacterSet.DEFAULT, null, false);
    }

    /** The String path as it was: each value stripped, parsed by Double.valueOf, the unparsable ones skipped. */
    private static double[] byStrings(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == 0 || text.charAt(end - 1) == ' ')) {
            end--;
        }
        List<Double> out = new ArrayList<>();
        if (end > 0) {
            for (String s : text.substring(0, end).split("\\\\", -1)) {
                try {
                    if (!s.strip().isEmpty()) {
                        out.add(Double.valueOf(s.strip()));
                    }
                } catch (NumberFormatException e) {
                    // skipped, as DicomElement.parseNumber skips it
                }
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void written_forms_of_every_kind_read_as_double_value_reads_them() {
        for (String text : List.of("-125.53256225586\\-118.22735595703\\45.376251220703", " 1.5 ", "1e3", "-0", "-0.0", ".5",
                "1.", "+2", "\\\\", "", "  ", "12345678901234567890", "9007199254740993", "0.12345678901234567890123",
                "1.2345678901234567890123", "NaN", "1\t", "3\\x\\4", "1\\\\2", "5.0\0", "-", ".", "1.2.3", "0x10", "2300 ")) {
            for (Vr vr : List.of(Vr.DS, Vr.IS)) {
                assertThat(ds(vr, text).doubles()).as("%s %s", vr, text).isEqualTo(byStrings(text));
            }
        }
    }

    private static void digits(StringBuilder s, Random r, int n) {
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + r.nextInt(10)));
        }
    }

    @Test
    void random_decimals_read_to_the_same_bits_as_double_value() {
        Random r = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int v = 0; v < 3; v++) {
                if (v > 0) {
                    s.append('\\');
                }
                if (r.nextBoolean()) {
                    s.append('-');
                }
                digits(s, r, 1 + r.nextInt(17));
                if (r.nextInt(4) > 0) {
                    digits(s.append('.'), r, 1 + r.nextInt(24));
                }
            }
            assertThat(ds(Vr.DS, s.toString()).doubles()).as(s.toString()).isEqualTo(byStrings(s.toString()));
        }
    }

    /**
     * {@code plainDecimalValues}, which the extractor parses instead of each of {@code strings()}: when given, as many
     * values as {@code strings()} and each {@code Double.parseDouble} of its text; null for empty values and any other
     * form, and for other VRs.
     */
    @Test
    void plain_decimal_values_are_one_per_text_value_or_none() {
        int given = 0;
        for (String text : List.of("-125.53256225586\\-118.22735595703\\45.376251220703", " 1.5 ", "1e3", "-0", "-0.0", ".5",
                "1.", "+2", "\\\\", "", "  ", "12345678901234567890", "9007199254740993", "0.12345678901234567890123",
                "1.2345678901234567890123", "NaN", "1\t", "3\\x\\4", "1\\\\2", "1\\2\\", "\\1", "5.0\0", "-", ".", "1.2.3",
                "0x10", "2300 ", "1 \\ 2")) {
            for (Vr vr : List.of(Vr.DS, Vr.IS)) {
                DicomElement e = ds(vr, text);
                double[] d = e.plainDecimalValues();
                List<String> strings = e.strings();
                if (d != null) {
                    given++;
                    assertThat(d).as("%s %s", vr, text).hasSize(strings.size());
                    for (int i = 0; i < d.length; i++) {
                        assertThat(d[i]).as("%s %s", vr, text).isEqualTo(Double.parseDouble(strings.get(i)));
                    }
                }
            }
        }
        assertThat(given).isGreaterThan(10);
        assertThat(ds(Vr.DS, "1\\\\2").plainDecimalValues()).as("an empty value").isNull();
        assertThat(ds(Vr.DS, "1\\2\\").plainDecimalValues()).as("an empty last value").isNull();
        assertThat(ds(Vr.DS, "1e3").plainDecimalValues()).as("an exponent").isNull();
        assertThat(ds(Vr.DS, "").plainDecimalValues()).as("no value").isEmpty();
        assertThat(ds(Vr.LO, "1.5").plainDecimalValues()).as("not DS or IS").isNull();
    }
}
