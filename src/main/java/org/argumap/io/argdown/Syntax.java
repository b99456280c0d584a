package org.argumap.io.argdown;

import java.util.ArrayList;
import java.util.List;

/**
 * The parsed document before interpretation, shaped like Argdown's own syntax tree: top-level
 * blocks (headings, statements or arguments with their nested relations, premise-conclusion
 * structures), each element with its title, text, tags and {data} and where it was written.
 */
final class Syntax {
    private Syntax() {
    }

    /** A statement or argument as written in one place; several places may share one title. */
    static final class Element implements RelationParent {
        final boolean argument;
        final String title;
        final boolean reference;
        final String text;
        final List<String> tags;
        final List<Data> data;
        final int offset;
        private final List<Relation> relations = new ArrayList<>();

        Element(boolean argument, String title, boolean reference, String text, List<String> tags, List<Data> data,
                int offset) {
            this.argument = argument;
            this.title = title;
            this.reference = reference;
            this.text = text;
            this.tags = List.copyOf(tags);
            this.data = List.copyOf(data);
            this.offset = offset;
        }

        @Override
        public List<Relation> relations() {
            return relations;
        }

        String describe() {
            if (title != null) {
                return argument ? "<" + title + ">" : "[" + title + "]";
            }
            return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
    }

    /** The inside of {data} and where its brace stands. */
    record Data(String yaml, int offset) {
    }

    /** Something relations can hang under: an element, or an inference line (for undercuts). */
    interface RelationParent {
        List<Relation> relations();
    }

    /** A relation line: its symbol ({@code +}, {@code <-}, {@code ><}, …) and the element after it. */
    record Relation(String symbol, Element child, int offset) {
    }

    /** A top-level block. */
    sealed interface Block permits Heading, ElementBlock, Pcs {
    }

    /**
     * A heading.
     *
     * @param line the heading as it would be written again: hashes, text and {data}; braces of the
     *             text have a backslash ({@link TextEscaper#markBraces}), so as not to pass for {data}
     */
    record Heading(int level, String title, String line, int offset) implements Block {
    }

    /** A statement or argument at the top level (or as a list item), with its relations. */
    record ElementBlock(Element root, boolean listItem) implements Block {
    }

    /** A premise-conclusion structure, with the argument written just before it, if any. */
    record Pcs(Element argument, List<PcsItem> items, int offset) implements Block {
    }

    /** A numbered statement or an inference line of a premise-conclusion structure. */
    sealed interface PcsItem permits PcsStatement, InferenceLine {
    }

    record PcsStatement(String number, Element element) implements PcsItem {
    }

    /** {@code -- rule, rule {data} --} and the undercuts written under it. */
    static final class InferenceLine implements PcsItem, RelationParent {
        final List<String> rules;
        final List<Data> data;
        final int offset;
        private final List<Relation> relations = new ArrayList<>();

        InferenceLine(List<String> rules, List<Data> data, int offset) {
            this.rules = List.copyOf(rules);
            this.data = List.copyOf(data);
            this.offset = offset;
        }

        @Override
        public List<Relation> relations() {
            return relations;
        }
    }
}
