package io.github.diapason.compiler.rules;

import io.github.diapason.conformity.rules.AttributeRule;
import io.github.diapason.conformity.rules.RuleFile;
import io.github.diapason.conformity.rules.RuleSet;
import io.github.diapason.conformity.rules.SequenceRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * LORIS {@code mri_protocol} rows for one site, one row per sequence and scanner period, as
 * CSV with the table's own column names (aces/Loris-MRI, SQL schema of {@code mri_protocol}:
 * Scan_type, TR_min/TR_max, TE_min/TE_max, TI_min/TI_max in ms, slice_thickness_min/max in mm,
 * x/y/zspace_min/max voxel counts, x/y/zstep_min/max in mm, time_min/max volumes, image_type,
 * series_description_regex). Units follow LORIS-MRI's identify_scan_db (NeuroDB/MRI.pm), which
 * compares TR, TE and TI in ms (MINC seconds × 1000) and the image dimensions of the converted
 * file: x is left-right, y posterior-anterior, z inferior-superior.
 *
 * <p>Scan_type holds the scan type NAME (our sequence id); the importer maps it to the
 * {@code mri_scan_type} ID. The four leading columns are the {@code mri_scanner} columns
 * (Manufacturer, Model, Serial_number, Software) that resolve to ScannerID. Only the slice axis
 * gets a space and step range: the in-plane image size is the reconstructed matrix, which the
 * protocol does not fix (interpolation, Philips reconstruction matrix), so it is left empty.
 * Note that LORIS-MRI's Perl pipeline decides on series_description_regex alone when it is set.
 */
final class LorisMriProtocol {

    static final List<String> COLUMNS = List.of("Manufacturer", "Model", "Serial_number", "Software", "Scan_type",
            "TR_min", "TR_max", "TE_min", "TE_max", "TI_min", "TI_max", "slice_thickness_min", "slice_thickness_max",
            "xspace_min", "xspace_max", "yspace_min", "yspace_max", "zspace_min", "zspace_max",
            "xstep_min", "xstep_max", "ystep_min", "ystep_max", "zstep_min", "zstep_max",
            "time_min", "time_max", "image_type", "series_description_regex");

    private LorisMriProtocol() {
    }

    public static String csv(RuleFile file) {
        StringBuilder s = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (RuleSet set : file.ruleSets()) {
            for (SequenceRule seq : set.sequences()) {
                List<String> row = new ArrayList<>();
                row.add(set.scanner().manufacturers().isEmpty() ? "" : set.scanner().manufacturers().get(0));
                row.add(nz(set.scanner().manufacturerModelName()));
                row.add(nz(set.scanner().deviceSerialNumber()));
                row.add(set.scanner().softwareVersions().isEmpty() ? "" : set.scanner().softwareVersions().get(0));
                row.add(seq.id());
                range(row, seq.attribute("RepetitionTime"), 1000);
                range(row, seq.attribute("EchoTime"), 1000);
                range(row, seq.attribute("InversionTime"), 1000);
                range(row, seq.attribute("SliceThickness"), 1);
                String axis = sliceAxis(seq.orientation());
                Integer slices = seq.counts() == null ? null : seq.counts().slices();
                Optional<AttributeRule> step = seq.attribute("SpacingBetweenSlices").or(() -> seq.attribute("SliceThickness"));
                for (String a : List.of("x", "y", "z")) {
                    boolean on = a.equals(axis) && slices != null;
                    row.add(on ? String.valueOf(slices) : "");
                    row.add(on ? String.valueOf(slices) : "");
                }
                for (String a : List.of("x", "y", "z")) {
                    if (a.equals(axis)) {
                        range(row, step, 1);
                    } else {
                        row.add("");
                        row.add("");
                    }
                }
                Integer time = seq.counts() == null ? null
                        : seq.counts().volumes() != null ? seq.counts().volumes() : seq.counts().diffusionVolumes();
                row.add(time == null ? "" : String.valueOf(time));
                row.add(time == null ? "" : String.valueOf(time));
                row.add("");
                row.add(seq.recognition().seriesNames().isEmpty() ? "" : "^" + regexQuote(seq.recognition().seriesNames().get(0)) + "$");
                s.append(String.join(",", row.stream().map(LorisMriProtocol::cell).toList())).append('\n');
            }
        }
        return s.toString();
    }

    /** MINC world axes: slices of an axial series stack along z, sagittal along x, coronal along y. */
    static String sliceAxis(String orientation) {
        if (orientation == null) {
            return "";
        }
        return switch (orientation) {
            case "axial" -> "z";
            case "sagittal" -> "x";
            case "coronal" -> "y";
            default -> "";
        };
    }

    private static void range(List<String> row, Optional<AttributeRule> rule, double factor) {
        if (rule.isEmpty() || rule.get().coded()) {
            row.add("");
            row.add("");
            return;
        }
        AttributeRule a = rule.get();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int n = Math.max(1, a.expected().size());
        for (int k = 0; k < n; k++) {
            lo = Math.min(lo, a.lowest(k));
            hi = Math.max(hi, a.highest(k));
        }
        row.add(Double.isInfinite(lo) ? "" : number(lo * factor));
        row.add(Double.isInfinite(hi) ? "" : number(hi * factor));
    }

    /** LORIS stores DECIMAL(10,4): four decimals. */
    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A literal for Perl and Python regular expressions. */
    static String regexQuote(String s) {
        return s.replaceAll("([\\\\.^$|?*+()\\[\\]{}])", "\\\\$1");
    }

    private static String cell(String v) {
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
