package org.argumap.analysis.statistics;

import java.util.Objects;

/**
 * A name with a number: a statement's id and the attacks on it, or an author and the statements
 * they wrote.
 */
public record Count(String name, int count) {
    public Count {
        Objects.requireNonNull(name);
    }
}
