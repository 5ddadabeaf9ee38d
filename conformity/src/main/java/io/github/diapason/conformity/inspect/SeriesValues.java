package io.github.diapason.conformity.inspect;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of one series, in BIDS names and units, in a fixed order: what the checker
 * compares, and what {@code diapason inspect} prints. Values are {@code String}, {@code Long},
 * {@code Double}, {@code Boolean} or lists of those. {@code file} is the file whose single values
 * represent the series (where the checker's findings point; not printed by inspect).
 */
public record SeriesValues(String studyInstanceUid, String seriesInstanceUid, String studyDate, Map<String, Object> values,
                           String file) {

    public SeriesValues {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        file = file == null ? "" : file;
    }

    /** Without the file the values were read from (the checker's findings then name no file). */
    public SeriesValues(String studyInstanceUid, String seriesInstanceUid, String studyDate, Map<String, Object> values) {
        this(studyInstanceUid, seriesInstanceUid, studyDate, values, "");
    }

    /** Without a study date (StudyDate (0008,0020) is not printed: it selects a scanner period, nothing else). */
    public SeriesValues(String studyInstanceUid, String seriesInstanceUid, Map<String, Object> values) {
        this(studyInstanceUid, seriesInstanceUid, null, values);
    }

    public Object get(String field) {
        return values.get(field);
    }
}
