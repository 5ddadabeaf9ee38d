package io.github.diapason.conformity.inspect;

import io.github.diapason.diagnostic.Diagnostic;

import java.util.List;
import java.util.Map;

/**
 * What one file contributes to its series: the values of single-valued fields (text, number or
 * list, already in BIDS units), the values gathered per frame (echo times, b-values, diffusion
 * directions, slice positions), image counts, and the names of identifying attributes present.
 * Never an identifying value: {@code notMatchingPseudonym} names the pseudonym attributes whose
 * value does not match the study's pattern.
 *
 * @param instanceNumber  (0020,0013), {@code Long.MAX_VALUE} when absent: with the file name, picks the
 *                        file whose single values represent the series, whatever the reading order
 * @param frames          frames in this file (1 for a classic image)
 * @param mosaicImages    images in a Siemens mosaic, 0 when not a mosaic
 */
record FileValues(String file, String studyInstanceUid, String seriesInstanceUid, long instanceNumber,
                         Map<String, Object> values, Map<String, List<Double>> perFrame,
                         Map<String, List<List<Double>>> vectors, int frames, int mosaicImages,
                         List<String> identifyingPresent, List<String> notMatchingPseudonym,
                         List<Diagnostic> diagnostics) {

    /**
     * The maps are taken, not copied: the extractor, their only maker, builds fresh ones for each file and never
     * touches them again (copying a hundred values per file was 5 % of the extraction's time); they are wrapped
     * unmodifiable here.
     */
    public FileValues {
        values = java.util.Collections.unmodifiableMap(values);
        perFrame = java.util.Collections.unmodifiableMap(perFrame);
        vectors = java.util.Collections.unmodifiableMap(vectors);
        identifyingPresent = List.copyOf(identifyingPresent);
        notMatchingPseudonym = List.copyOf(notMatchingPseudonym);
        diagnostics = List.copyOf(diagnostics);
    }
}
