package io.github.diapason.vendor.diffusion;

import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.DiffusionScheme;
import io.github.diapason.model.GradientVector;
import java.util.List;

/**
 * One vendor's diffusion direction file format (vendors.md section 6): written from the neutral
 * b-table, and read back (for round-trip tests and for checking a file a site sends).
 */
public interface DirectionFile {

    /** The name the console expects, e.g. {@code tensor.dat}, or the extension for Siemens {@code .dvs}. */
    String fileName(String sequenceId);

    /** The file text for a b-table; a note when directions had to be generated from shell counts. */
    Validated<String> write(DiffusionScheme scheme);

    /**
     * The b-table a file prescribes: unit vectors with their b-values; b=0 volumes as zero vectors
     * where the format lists them. {@code maxB} is the b-value set on the console (s/mm²), needed
     * by formats that encode b as vector length. Malformed text gives diagnostics, not exceptions.
     */
    Validated<List<GradientVector>> read(String text, double maxB);
}
