package io.github.diapason.conformity.export;

import java.util.List;
import java.util.Set;

/**
 * Where a vendor's protocol printout puts things on the page, measured on the spine-generic printouts
 * (PDF points from the top-left): the label columns and where their values start, the band that holds
 * parameters (letterheads and footers lie outside), how card headers are told from labels, how far
 * below a labelled line a wrapped label may continue, and the units written after values.
 */
record PrintoutLayout(String vendor, List<Column> columns, double top, double bottom, double right,
                      double labelWrapGap, Set<String> units) {

    /**
     * A column of labels starting at {@code labelX} whose values start at {@code valueX}; a line
     * with no value starting left of {@code headerBeforeX} is a card header (Siemens indents labels
     * under their card; 0 when headers are told by being upper case, as on GE and Philips printouts).
     */
    record Column(double labelX, double headerBeforeX, double valueX) {
    }

    /** The units the Siemens printout writes after a value (syngo MR E11, XA61). */
    private static final Set<String> SIEMENS_UNITS =
            Set.of("ms", "mm", "%", "deg", "Hz/Px", "s", "V", "MHz", "s/mm²", "Hz", "µs", "mm²", "kHz", "sec");

    /** syngo MR E11 and XA61 printouts: cards at x 57 and 307, labels at 59 and 309, values at 198 and 448. */
    static final PrintoutLayout SIEMENS = new PrintoutLayout("Siemens",
            List.of(new Column(50, 58, 190), new Column(300, 308, 440)), 50, 800, 600, 10, SIEMENS_UNITS);

    /** syngo MR B17 printouts: cards at x 36 and 309, labels at 47 and 320, values at 172 and 446. */
    static final PrintoutLayout SIEMENS_VB = new PrintoutLayout("Siemens",
            List.of(new Column(30, 42, 165), new Column(300, 315, 440)), 50, 800, 600, 10, SIEMENS_UNITS);

    /**
     * GE protocol printouts (DV2x): two columns (labels at 71 and 311, values at 180 and 419), upper-case section
     * headers; the series name printed letter by letter in the right margin (x 466 and beyond) is left out.
     */
    static final PrintoutLayout GE = new PrintoutLayout("GE",
            List.of(new Column(60, 0, 175), new Column(300, 0, 415)), 110, 780, 460, 10, Set.of());

    /** Philips "MRI Protocol Dump" (R5.3): up to four columns of label/value pairs, upper-case group headers. */
    static final PrintoutLayout PHILIPS = new PrintoutLayout("Philips",
            List.of(new Column(60, 0, 118), new Column(155, 0, 214), new Column(250, 0, 308), new Column(345, 0, 403)),
            75, 780, 600, 6.5, Set.of());

    boolean isSiemens() {
        return this == SIEMENS || this == SIEMENS_VB;
    }

    /** The column a run starting at {@code x} belongs to. */
    Column column(double x) {
        Column found = columns.get(0);
        for (Column c : columns) {
            if (x + 1 >= c.labelX()) {
                found = c;
            }
        }
        return found;
    }

    boolean inBand(double x, double y) {
        return y >= top && y <= bottom && x < right;
    }
}
