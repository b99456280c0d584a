package org.argumap.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Something a readable map gets wrong, found by {@link MapChecker}.
 *
 * @param code    a short stable name, such as {@code circular-reasoning}; scripts and tests match on
 *                it, so it never changes once released (the codes are listed on {@link MapChecker})
 * @param message one sentence for the person who made the map, quoting the statements it is about
 * @param ids     the statements and inferences involved, most telling first, so that the editor can
 *                select them
 */
public record Problem(String code, String message, List<String> ids) {
    public Problem {
        Objects.requireNonNull(code);
        Objects.requireNonNull(message);
        ids = List.copyOf(ids);
    }
}
