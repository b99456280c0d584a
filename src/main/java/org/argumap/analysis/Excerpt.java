package org.argumap.analysis;

import java.util.Locale;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/**
 * Short quotations of map elements for messages: a student recognises "Cats are better pets..."
 * far sooner than {@code s17}, so messages quote the text and add the id for the search box.
 * Public because the feedback of {@code analysis.feedback} and the statistics quote the same way.
 */
public final class Excerpt {
    /** Long enough to recognise a statement, short enough for one line of a terminal. */
    public static final int MAX_LENGTH = 50;

    private Excerpt() {
    }

    /** {@code "Cats are better pets" (s3)}; the title stands in for missing text. */
    public static String of(Statement statement) {
        String words = wordsOf(statement);
        if (words.isBlank()) {
            return "the empty statement " + statement.id();
        }
        return quote(words) + " (" + statement.id() + ")";
    }

    /** Just the quoted words, for a statement named a moment before; the id when there are none. */
    public static String textOf(Statement statement) {
        String words = wordsOf(statement);
        return words.isBlank() ? statement.id() : quote(words);
    }

    private static String wordsOf(Statement statement) {
        return statement.text().isBlank() ? statement.title() : statement.text();
    }

    /** The inference by its title, or by what it connects: {@code the support (i2) from "A" (s2) to "B" (s1)}. */
    public static String of(Inference inference) {
        String type = inference.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (!inference.content().title().isBlank()) {
            return "the " + type + " " + quote(inference.content().title()) + " (" + inference.id() + ")";
        }
        String from = inference.premises().isEmpty() ? "" : " from " + of(inference.premises().get(0))
                + (inference.premises().size() > 1 ? " and others" : "");
        return "the " + type + " (" + inference.id() + ")" + from + " to " + target(inference.target());
    }

    /** A target step by its type and id only: quoting its own premises and target would run on and on. */
    private static String target(MapNode node) {
        return node instanceof Statement s ? of(s)
                : "the " + ((Inference) node).type().name().toLowerCase(Locale.ROOT).replace('_', '-') + " " + node.id();
    }

    /** Whitespace collapsed, cut at a word boundary when too long. */
    public static String quote(String words) {
        String flat = words.strip().replaceAll("\\s+", " ");
        if (flat.length() <= MAX_LENGTH) {
            return "\"" + flat + "\"";
        }
        int cut = flat.lastIndexOf(' ', MAX_LENGTH);
        if (cut < MAX_LENGTH / 2) {
            cut = MAX_LENGTH;
        }
        return "\"" + flat.substring(0, cut).strip() + "...\"";
    }
}
