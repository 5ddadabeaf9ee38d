package io.github.diapason.compiler.words;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Typography of one document language, applied to every word that reaches a document: the
 * bundles' messages and the study's own texts. French: a narrow no-break space (U+202F) before
 * {@code : ; ? !} and inside « », whatever space (or none) the author typed; numbers with the
 * locale's decimal separator (a comma). Other languages are left as written. Times like
 * {@code 04:54} and addresses like {@code https://} are untouched: the punctuation rules apply only
 * to a mark followed by a space or the end of the text.
 */
public final class Typography {

    static final char NNBSP = '\u202F';
    private static final Pattern HIGH_PUNCTUATION = Pattern.compile("(?<=[^\\s\\u202F])[ \\u00A0]?([:;?!])(?=\\s|$)");
    private static final Pattern OPENING_QUOTE = Pattern.compile("«[ \\u00A0]?");
    private static final Pattern CLOSING_QUOTE = Pattern.compile("[ \\u00A0]?»");
    /** A decimal number's point: digits on both sides, not part of a dotted version (1.0.0, R5.7.1). */
    private static final Pattern DECIMAL_POINT = Pattern.compile("(?<![\\w.])(\\d+)\\.(\\d+)(?![\\w.])");

    /** Bound of the cache of typeset texts (a study has a few hundred distinct ones). */
    private static final int TYPESET_LIMIT = 10_000;

    private final boolean french;
    private final java.util.Map<String, String> typeset = new java.util.concurrent.ConcurrentHashMap<>();
    private final String decimalSeparator;

    private Typography(Locale locale) {
        this.french = "fr".equals(locale.getLanguage());
        this.decimalSeparator = String.valueOf(DecimalFormatSymbols.getInstance(locale).getDecimalSeparator());
    }

    public static Typography of(Locale locale) {
        return new Typography(locale);
    }

    public static Typography of(String language) {
        return of(Locale.forLanguageTag(language));
    }

    /** Running text: punctuation spacing of the language (numbers inside text are the author's). */
    public String text(String s) {
        if (!french || s == null || s.isEmpty() || s.chars().noneMatch(Typography::marksUp)) {
            return s;
        }
        // The same texts (the study's, the bundles') reach every site's documents: set once each.
        String done = typeset.get(s);
        if (done == null) {
            done = typeset(s);
            if (typeset.size() < TYPESET_LIMIT) {
                typeset.put(s, done);
            }
        }
        return done;
    }

    private static String typeset(String s) {
        String t = HIGH_PUNCTUATION.matcher(s).replaceAll(NNBSP + "$1");
        t = OPENING_QUOTE.matcher(t).replaceAll("«" + NNBSP);
        return CLOSING_QUOTE.matcher(t).replaceAll(NNBSP + "»");
    }

    private static boolean marksUp(int c) {
        return c == ':' || c == ';' || c == '?' || c == '!' || c == '«' || c == '»';
    }

    /** A value as displayed ("239.9 Hz", "1.00 / 1.00 mm", "04:54.4"): its decimal numbers in this locale. */
    public String numbers(String s) {
        if (s == null || ".".equals(decimalSeparator) || s.indexOf('.') < 0) {
            return s;
        }
        return DECIMAL_POINT.matcher(s).replaceAll("$1" + java.util.regex.Matcher.quoteReplacement(decimalSeparator) + "$2");
    }
}
