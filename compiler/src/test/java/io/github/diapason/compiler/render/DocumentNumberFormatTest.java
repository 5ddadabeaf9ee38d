package io.github.diapason.compiler.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The whole-number fast path prints what the "0.######" DecimalFormat prints, and leaves the rest to it. */
class DocumentNumberFormatTest {

    private static final List<Number> WHOLE = List.of(0, 1, 7, 12, 256, 1000, 12345, 2_000_000, 0.0, 1.0, 30.0, 2500.0,
            123456789.0, 999_999_999_999_999.0, 3L, 42L, (short) 5, (byte) 9, 4.0f, 1024.0f);

    @Test
    void wholeNumbersPrintAsTheDecimalFormatPrintsThemInEnglishAndFrench() {
        for (Locale locale : List.of(Locale.forLanguageTag("en"), Locale.forLanguageTag("fr"), Locale.ROOT)) {
            DecimalFormat reference = new DecimalFormat(DocumentNumberFormat.PATTERN, DecimalFormatSymbols.getInstance(locale));
            for (Number n : WHOLE) {
                assertThat(DocumentNumberFormat.whole(n)).as(locale + " " + n).isEqualTo(reference.format(n));
            }
        }
    }

    @Test
    void fractionsNegativesNegativeZeroAndHugeValuesAreLeftToTheGeneralFormat() {
        for (Number n : List.<Number>of(1.5, 0.1, 2.0000001, -1, -3L, -2.0, -0.0, -0.0f, Double.NaN,
                Double.POSITIVE_INFINITY, 1e15, 1e300, Long.MAX_VALUE, new java.math.BigDecimal("12"))) {
            assertThat(DocumentNumberFormat.whole(n)).as(String.valueOf(n)).isNull();
        }
    }
}
