package org.argumap.io.outline;

import org.argumap.model.Statement;

/**
 * What the outline says after a statement: whether it stands, as an analysis says. io may not ask
 * the analysis itself, so the caller computes the evaluation and passes its words in, typically
 * {@code statement -> evaluation.label(statement.id()).word()}.
 */
@FunctionalInterface
public interface StatementMarks {
    /** No marks: the outline as it is without an evaluation. */
    StatementMarks NONE = statement -> "";

    /**
     * The word for this statement: "stands", "falls" or "undecided" (written with ✓, ✗ or ?), any
     * other word as it is, or empty for no mark.
     */
    String wordFor(Statement statement);

    /** The mark as written after the statement's text, " — ✓ stands", or empty. */
    static String suffix(StatementMarks marks, Statement statement) {
        String word = marks == null ? "" : OutlineText.oneLine(marks.wordFor(statement));
        if (word.isEmpty()) {
            return "";
        }
        String symbol = switch (word) {
            case "stands" -> "✓ ";
            case "falls" -> "✗ ";
            case "undecided" -> "? ";
            default -> "";
        };
        return " — " + symbol + word;
    }
}
