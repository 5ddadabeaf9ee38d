package io.github.diapason.conformity.inspect;

import java.util.List;
import java.util.Map;

/**
 * The fields of a {@link FieldTable} numbered in table order: a file's values are an array indexed by field
 * ({@link FileValues#fields()}) rather than a map per file, and {@link SeriesAccumulator} folds them slot by slot.
 * Each field's rules share how values are gathered (one value, per frame, vectors): the built-in table's do, and a
 * value is kept in its field's slot whichever rule found it. Never modified once made.
 */
final class FieldSlots {

    /** Field names in table order. */
    final String[] names;
    /** Per field, the kind of its rules. */
    final FieldTable.Kind[] kinds;

    private FieldSlots(String[] names, FieldTable.Kind[] kinds) {
        this.names = names;
        this.kinds = kinds;
    }

    /** The slots of {@code table} (made per extractor and per series: ~100 fields, nothing to cache). */
    static FieldSlots of(FieldTable table) {
        int n = table.byField().size();
        String[] names = new String[n];
        FieldTable.Kind[] kinds = new FieldTable.Kind[n];
        int f = 0;
        for (Map.Entry<String, List<FieldTable.Rule>> field : table.byField().entrySet()) {
            names[f] = field.getKey();
            kinds[f] = field.getValue().get(0).kind();
            for (FieldTable.Rule r : field.getValue()) {
                if (r.kind() != kinds[f] && (r.kind() == FieldTable.Kind.EACH || r.kind() == FieldTable.Kind.VECTOR
                        || kinds[f] == FieldTable.Kind.EACH || kinds[f] == FieldTable.Kind.VECTOR)) {
                    throw new IllegalStateException("series-fields.tsv: the rules of " + field.getKey()
                            + " gather values in different ways (" + kinds[f] + ", " + r.kind() + ")");
                }
            }
            f++;
        }
        return new FieldSlots(names, kinds);
    }

    /** The slot of {@code name}, -1 when the table has no such field. */
    int slot(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    int size() {
        return names.length;
    }
}
