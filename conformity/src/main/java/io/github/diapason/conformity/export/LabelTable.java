package io.github.diapason.conformity.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A vendor's export keys with the label its printout shows, the console unit and, for coded
 * values, the word the printout prints for each code. Kept as data ({@code *.tsv} beside this
 * class, one row per key: key, label, unit, codes as {@code 0=Off;1=On}, source) so that a new
 * label is a new row, each with the printout it was read from.
 */
final class LabelTable {

    record Label(String key, String label, String unit, Map<String, String> codes) {

        /** The printed word for a coded value; the value itself when the code is not known. */
        String word(String value) {
            return codes.getOrDefault(value, value);
        }
    }

    private final Map<String, Label> labels;

    private LabelTable(Map<String, Label> labels) {
        this.labels = Map.copyOf(labels);
    }

    Optional<Label> get(String key) {
        return Optional.ofNullable(labels.get(key));
    }

    static LabelTable load(String resource) {
        Map<String, Label> rows = new LinkedHashMap<>();
        for (String[] cells : rows(resource)) {
            rows.put(cells[0], new Label(cells[0], cells.length > 1 ? cells[1] : "", cells.length > 2 ? cells[2] : "",
                    codes(cells.length > 3 ? cells[3] : "")));
        }
        return new LabelTable(rows);
    }

    /** A two-column table ({@code symbol<TAB>word}): words for coded values shared by all keys. */
    static Map<String, String> words(String resource) {
        Map<String, String> words = new LinkedHashMap<>();
        for (String[] cells : rows(resource)) {
            if (cells.length >= 2) {
                words.put(cells[0], cells[1]);
            }
        }
        return Map.copyOf(words);
    }

    /** The tab-separated cells of each line of a resource beside this class, blank and {@code #} lines left out. */
    private static List<String[]> rows(String resource) {
        try (InputStream in = LabelTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> codes(String cell) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String pair : cell.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                codes.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return codes;
    }
}
