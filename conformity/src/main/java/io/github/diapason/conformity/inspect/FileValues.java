package io.github.diapason.conformity.inspect;

import io.github.diapason.diagnostic.Diagnostic;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one file contributes to its series: per field of the table ({@link FieldSlots}, table order), the value of a
 * single-valued field (text, number or list, already in BIDS units), the values gathered per frame (echo times,
 * b-values) or the vectors (diffusion directions, slice positions); image counts, and the names of identifying
 * attributes present. Never an identifying value: {@code notMatchingPseudonym} names the pseudonym attributes whose
 * value does not match the study's pattern.
 *
 * <p>Values sit in an array indexed by field, not a map per file: filling and folding ~100 map entries per file was
 * a tenth of {@code inspect}'s time. A value equal to the previous file's of the series is, when the extractor's memo
 * answered, the very same object ({@link SeriesAccumulator} then skips it on one identity comparison).
 *
 * @param seriesKey       study UID, NUL, series UID: one String object for the files of a series read in a row
 * @param instanceNumber  (0020,0013), {@code Long.MAX_VALUE} when absent: with the file name, picks the
 *                        file whose single values represent the series, whatever the reading order
 * @param fields          per slot of {@code slots}, the value found or null; taken, not copied, never modified
 * @param frameTimes      per frame of an enhanced MR file, [x, y, z, when its acquisition started] ({@link FrameTimes}); null when none
 * @param frames          frames in this file (1 for a classic image)
 * @param mosaicImages    images in a Siemens mosaic, 0 when not a mosaic
 */
record FileValues(String file, String studyInstanceUid, String seriesInstanceUid, String seriesKey, long instanceNumber,
                  FieldSlots slots, Object[] fields, List<List<Double>> frameTimes, int frames, int mosaicImages,
                  List<String> identifyingPresent, List<String> notMatchingPseudonym,
                  List<Diagnostic> diagnostics) {

    public FileValues {
        identifyingPresent = List.copyOf(identifyingPresent); // the same object when already immutable
        notMatchingPseudonym = List.copyOf(notMatchingPseudonym);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The single-valued fields found, by name in table order (the representative file's, once per series). */
    Map<String, Object> values() {
        return byName(false, false);
    }

    /** The per-frame number fields found ({@code EACH}), by name. */
    Map<String, List<Double>> perFrame() {
        return byName(true, false);
    }

    /** The vector fields found ({@code VECTOR}), by name. */
    Map<String, List<List<Double>>> vectors() {
        return byName(false, true);
    }

    @SuppressWarnings("unchecked")
    private <T> Map<String, T> byName(boolean each, boolean vector) {
        Map<String, T> out = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i++) {
            FieldTable.Kind k = slots.kinds[i];
            if (fields[i] != null && (k == FieldTable.Kind.EACH) == each && (k == FieldTable.Kind.VECTOR) == vector) {
                out.put(slots.names[i], (T) fields[i]);
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The value of field {@code slot}, or null. */
    Object field(int slot) {
        return slot < 0 ? null : fields[slot];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileValues v && file.equals(v.file) && studyInstanceUid.equals(v.studyInstanceUid)
                && seriesInstanceUid.equals(v.seriesInstanceUid) && seriesKey.equals(v.seriesKey)
                && instanceNumber == v.instanceNumber && Arrays.equals(slots.names, v.slots.names)
                && Arrays.equals(fields, v.fields) && Objects.equals(frameTimes, v.frameTimes) && frames == v.frames
                && mosaicImages == v.mosaicImages && identifyingPresent.equals(v.identifyingPresent)
                && notMatchingPseudonym.equals(v.notMatchingPseudonym) && diagnostics.equals(v.diagnostics);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, seriesKey, instanceNumber, Arrays.hashCode(fields), frameTimes, frames, mosaicImages,
                identifyingPresent, notMatchingPseudonym, diagnostics);
    }

    @Override
    public String toString() {
        return "FileValues[" + file + ", " + seriesKey.replace('\0', ' ') + ", instance " + instanceNumber + ", "
                + values() + ", " + perFrame() + ", " + vectors() + ", frame times " + frameTimes + ", frames " + frames
                + ", mosaic " + mosaicImages + ", identifying " + identifyingPresent + ", not pseudonyms "
                + notMatchingPseudonym + ", " + diagnostics + "]";
    }
}
