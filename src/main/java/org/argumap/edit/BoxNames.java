package org.argumap.edit;

import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/**
 * How messages name a box: by its words, as the user sees it, never by its id alone. Refusals use
 * it here; the window's panels use {@link #quote(String, int)} so that every message quotes alike.
 */
public final class BoxNames {
    private static final int MAX = 40;

    private BoxNames() {
    }

    /** “Homework widens inequality”, shortened to about 40 characters; a box without words by its id. */
    static String quoted(MapNode node) {
        if (node instanceof Inference inference) {
            String title = inference.content().title().isBlank() ? inference.content().description() : inference.content().title();
            if (!title.isBlank()) {
                return quote(title);
            }
            String from = inference.premises().isEmpty() ? "an argument" : quoted(inference.premises().get(0))
                    + (inference.premises().size() > 1 ? " and its co-premises" : "");
            String to = inference.target() instanceof Statement target ? quoted(target) : "another step";
            return "the step from " + from + " to " + to;
        }
        Statement statement = (Statement) node;
        String words = statement.text().isBlank() ? statement.title() : statement.text();
        return words.isBlank() ? "the empty box " + node.id() : quote(words);
    }

    private static String quote(String words) {
        return quote(words, MAX);
    }

    /**
     * Words in curly quotes on one line, cut at a word boundary to about {@code max} characters
     * with an ellipsis: “Homework widens inequality”.
     */
    public static String quote(String words, int max) {
        String line = words.strip().replaceAll("\\s+", " ");
        if (line.length() > max) {
            int space = line.lastIndexOf(' ', max - 1);
            line = line.substring(0, space > max / 2 ? space : max - 1) + "…";
        }
        return "“" + line + "”";
    }
}
