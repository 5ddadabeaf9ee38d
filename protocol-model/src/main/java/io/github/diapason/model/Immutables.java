package io.github.diapason.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Normalisation shared by the records: absent collections become empty, all become unmodifiable. */
final class Immutables {
    private Immutables() {
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <K extends Comparable<K>, V> Map<K, V> sortedMap(Map<K, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
