package org.argumap.model;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/** Hands out short readable ids ({@code s1}, {@code s2}, {@code i1}) that are not yet taken. */
final class IdGenerator {
    private final Predicate<String> taken;
    private final Map<String, Integer> next = new HashMap<>();

    IdGenerator(Predicate<String> taken) {
        this.taken = taken;
    }

    String next(String prefix) {
        int n = next.getOrDefault(prefix, 1);
        while (taken.test(prefix + n)) {
            n++;
        }
        next.put(prefix, n + 1);
        return prefix + n;
    }
}
