package io.github.diapason.compiler.render;

import freemarker.core.Environment;
import freemarker.core.TemplateNumberFormat;
import freemarker.core.TemplateNumberFormatFactory;
import freemarker.core.TemplateValueFormatException;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a document prints a number (${x}): FreeMarker's {@code "0.######"} in the document's locale
 * ("1,5" in French, no grouping), with a fast path for whole numbers, which are most of a manual's
 * numbers (matrix sizes, slices, times in ms): a non-negative whole number below 10^15 prints as its
 * decimal digits in every locale whose zero digit is '0' (the pattern has no grouping, and a whole
 * number has no fraction to round), so {@link Long#toString} gives the same text as DecimalFormat
 * without its cost (~4 % of generate's CPU, bench/generate/README.md). Everything else (negative
 * numbers, -0.0, fractions, NaN, BigDecimal, other digits) goes to FreeMarker's own format.
 */
final class DocumentNumberFormat extends TemplateNumberFormat {

    /** The name templates' environments select with {@code "@" + NAME}. */
    static final String NAME = "document";
    static final String PATTERN = "0.######";

    /** Registered in the configuration's custom number formats under {@link #NAME}. */
    static final TemplateNumberFormatFactory FACTORY = new TemplateNumberFormatFactory() {
        @Override
        public TemplateNumberFormat get(String params, Locale locale, Environment env) throws TemplateValueFormatException {
            return new DocumentNumberFormat(env.getTemplateNumberFormat(PATTERN, locale),
                    DecimalFormatSymbols.getInstance(locale).getZeroDigit() == '0');
        }
    };

    private static final double WHOLE_LIMIT = 1e15;

    private final TemplateNumberFormat general;
    private final boolean asciiDigits;

    private DocumentNumberFormat(TemplateNumberFormat general, boolean asciiDigits) {
        this.general = general;
        this.asciiDigits = asciiDigits;
    }

    @Override
    public String formatToPlainText(TemplateNumberModel model) throws TemplateValueFormatException, TemplateModelException {
        if (asciiDigits) {
            String whole = whole(model.getAsNumber());
            if (whole != null) {
                return whole;
            }
        }
        return general.formatToPlainText(model);
    }

    /** The digits of a non-negative whole number below 10^15; null for anything else. */
    static String whole(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            long v = n.longValue();
            return v >= 0 && v < WHOLE_LIMIT ? Long.toString(v) : null;
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            // d > 0 excludes -0.0 (DecimalFormat prints "-0") and NaN; 0.0 itself is handled below.
            if ((d > 0 && d < WHOLE_LIMIT && d == Math.rint(d)) || (d == 0 && Double.doubleToRawLongBits(d) == 0L)) {
                return Long.toString((long) d);
            }
        }
        return null;
    }

    @Override
    public boolean isLocaleBound() {
        return true;
    }

    @Override
    public String getDescription() {
        return PATTERN + " (whole numbers fast)";
    }
}
