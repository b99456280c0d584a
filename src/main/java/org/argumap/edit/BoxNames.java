package org.argumap.edit;

import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/** How refusal messages name a box: by its words, as the user sees it, never by its id alone. */
final class BoxNames {
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
        String line = words.strip().replaceAll("\\s+", " ");
        if (line.length() > MAX) {
            int space = line.lastIndexOf(' ', MAX - 1);
            line = line.substring(0, space > MAX / 2 ? space : MAX - 1) + "…";
        }
        return "“" + line + "”";
    }
}
