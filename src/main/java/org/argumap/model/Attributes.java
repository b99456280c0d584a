package org.argumap.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Normalisation shared by the content records: no nulls, immutable and stably ordered copies. */
final class Attributes {
    private Attributes() {
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static List<String> list(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }

    /** Sorted by key so that saving the same data twice writes the same bytes. */
    static Map<String, String> data(Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            return Map.of();
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k != null && v != null) {
                sorted.put(k, v);
            }
        });
        return Collections.unmodifiableMap(sorted);
    }
}
