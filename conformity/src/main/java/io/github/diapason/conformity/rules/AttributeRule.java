package io.github.diapason.conformity.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One expected value, named as BIDS (dcm2niix sidecars) names it where BIDS has the concept and
 * by its DICOM keyword otherwise, in BIDS units ({@code unit}: "s", "deg", "mm", "Hz/px",
 * "count"; none for codes). {@code dicom} says where the value lives in the header. Either
 * {@code expected} values (several for a multi-echo TE, one per echo) each within
 * {@code tolerance} (absolute, same unit), or a range {@code min}..{@code max}, or a
 * {@code code} (e.g. MRAcquisitionType "3D", PhaseEncodingDirection "j-").
 * {@code sidecar} tells whether dcm2niix writes it under this name. {@code console} says how the
 * site's console shows it (label, unit, prescribed value), when the vendor's console data knows.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AttributeRule(String attribute, String dicom, String unit, List<Double> expected, Double tolerance,
                            Double min, Double max, String code, Boolean sidecar, String note, ConsoleWords console) {

    public AttributeRule {
        expected = expected == null ? List.of() : List.copyOf(expected);
        unit = unit == null || unit.isEmpty() ? null : unit;
    }

    public static AttributeRule number(String attribute, String dicom, String unit, List<Double> expected,
                                      double tolerance, boolean sidecar, String note) {
        return new AttributeRule(attribute, dicom, unit, expected, tolerance, null, null, null, sidecar, note, null);
    }

    public static AttributeRule range(String attribute, String dicom, String unit, Double min, Double max,
                                     boolean sidecar, String note) {
        return new AttributeRule(attribute, dicom, unit, List.of(), null, min, max, null, sidecar, note, null);
    }

    public static AttributeRule code(String attribute, String dicom, String code, boolean sidecar, String note) {
        return new AttributeRule(attribute, dicom, "", List.of(), null, null, null, code, sidecar, note, null);
    }

    /** This rule with the words of the site's console. */
    public AttributeRule withConsole(ConsoleWords words) {
        return new AttributeRule(attribute, dicom, unit, expected, tolerance, min, max, code, sidecar, note, words);
    }

    @JsonIgnore
    public boolean coded() {
        return code != null;
    }

    /** Lowest accepted value of echo {@code index} (0 for single-valued attributes). */
    @JsonIgnore
    public double lowest(int index) {
        if (!expected.isEmpty()) {
            return expected.get(Math.min(index, expected.size() - 1)) - tol();
        }
        return min == null ? Double.NEGATIVE_INFINITY : min;
    }

    /** Highest accepted value of echo {@code index}. */
    @JsonIgnore
    public double highest(int index) {
        if (!expected.isEmpty()) {
            return expected.get(Math.min(index, expected.size() - 1)) + tol();
        }
        return max == null ? Double.POSITIVE_INFINITY : max;
    }

    /** Whether a value read from DICOM (in this rule's unit) conforms, for echo {@code index}. */
    public boolean accepts(double actual, int index) {
        double eps = 1e-9 * Math.max(1, Math.abs(actual));
        return actual >= lowest(index) - eps && actual <= highest(index) + eps;
    }

    /** Whether a coded value conforms (exact match, surrounding spaces ignored). */
    public boolean accepts(String actual) {
        return code != null && actual != null && code.equals(actual.trim());
    }

    private double tol() {
        return tolerance == null ? 0 : tolerance;
    }
}
