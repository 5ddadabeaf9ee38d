package io.github.diapason.conformity.inspect;

import io.github.diapason.conformity.dicom.SiemensCsa;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The unit conversions named in {@code series-fields.tsv}, from a stored text value to a BIDS number. */
final class Transforms {

    /** Siemens (0051,1011) "ImaPATModeText": "p2" (GRAPPA 2), "p2s4" (GRAPPA 2, multiband 4), as dcm2niix reads it. */
    private static final Pattern PAT = Pattern.compile("[pP](\\d+)(?:[sS](\\d+))?");

    /** CMRR's ImageComments (0020,4000), e.g. "Unaliased MB2/PE2": the multiband factor after "MB". */
    private static final Pattern CMRR_MB = Pattern.compile("\\bMB(\\d+)\\b");

    private Transforms() {
    }

    /** The converted number, or null when the text is not a number or the transform drops it. */
    static Double apply(String transform, String text) {
        if (transform.equals("pat_pe") || transform.equals("pat_mb")) {
            Matcher m = PAT.matcher(text.strip());
            if (!m.find()) {
                return null;
            }
            String g = m.group(transform.equals("pat_pe") ? 1 : 2);
            return g == null ? null : Double.valueOf(g);
        }
        if (transform.equals("cmrr_mb")) {
            Matcher m = CMRR_MB.matcher(text);
            return m.find() ? Double.valueOf(m.group(1)) : null;
        }
        Double v = SiemensCsa.parseDouble(text).orElse(null);
        return v == null ? null : apply(transform, v.doubleValue());
    }

    /** Whether {@link #apply(String, double)} applies: the transform converts a number, not a text ("p2s4", "MB2"). */
    static boolean ofNumber(String transform) {
        return !transform.equals("pat_pe") && !transform.equals("pat_mb") && !transform.equals("cmrr_mb");
    }

    /** {@link #apply(String, String)} of a text whose number is {@code v}, for a transform {@link #ofNumber of a number}. */
    static Double apply(String transform, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        return switch (transform) {
            // the GE user data's polarity, already decoded from its bytes by the extractor (GeUserData)
            case "none", "ge_user_data_polarity" -> v;
            case "ms_to_s" -> v / 1000.0;
            case "us_to_s" -> v / 1_000_000.0;
            // GE ASSET (0043,1083) stores 1/R ("0.5" for R = 2); dcm2niix: accelFactPE = 1 / value
            case "reciprocal" -> v > 0 ? 1.0 / v : null;
            // GE (0043,1039): the first value is b, plus 1e9 on some platforms (dcm2niix removes it)
            case "ge_b_value" -> v >= 1e9 ? v % 1e9 : v;
            // Siemens sKSpace.ucPhasePartialFourier: 1 = 4/8, 2 = 5/8, 4 = 6/8, 8 = 7/8, 16 = off (dcm2niix)
            case "partial_fourier" -> switch ((int) v) {
                case 1 -> 0.5;
                case 2 -> 0.625;
                case 4 -> 0.75;
                case 8 -> 0.875;
                case 16 -> 1.0;
                default -> null;
            };
            default -> throw new IllegalStateException("unknown transform in series-fields.tsv: " + transform);
        };
    }
}
