package org.argumap.analysis.feedback;

import java.util.List;
import java.util.Objects;

/**
 * One piece of feedback on a map.
 *
 * @param code     a stable name such as {@code unanswered-objection}; the codes of
 *                 {@link org.argumap.analysis.MapChecker} keep their names here
 * @param severity a problem or a suggestion
 * @param message  one sentence that quotes the statements it is about
 * @param ids      the statements and inferences involved, most telling first, for the editor to
 *                 select; may be empty (a map without a main claim has nothing to point at)
 * @param hint     what a student could do next, in a few words
 */
public record Finding(String code, Severity severity, String message, List<String> ids, String hint) {
    public Finding {
        Objects.requireNonNull(code);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(message);
        Objects.requireNonNull(hint);
        ids = List.copyOf(ids);
    }
}
