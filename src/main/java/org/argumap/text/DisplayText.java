package org.argumap.text;

import java.util.ArrayList;
import java.util.List;
import org.argumap.model.StatementContent;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * The words of a statement as its box and its outline line show them. Plain statements show their
 * text unchanged; Markdown ones ({@link Markup}) are parsed with commonmark-java and shown as
 * readable text: a link as its words, emphasis and code as their letters, a quote's lines behind
 * a bar ({@value #QUOTE}), list items behind a bullet ({@value #BULLET}) or their number, one block
 * per line. The statement's text itself is never changed: this is only how it is shown.
 */
public final class DisplayText {
    /** What stands before each line of a quote. */
    public static final String QUOTE = "│ ";
    /** What stands before each item of an unnumbered list. */
    public static final String BULLET = "• ";

    /*
     * Limits against hostile input (a comment of ten thousand ">" or "*"): they bound the depth
     * of the tree, and so of the recursion below, whatever a thread holds.
     */
    private static final Parser PARSER = Parser.builder().maxOpenBlockParsers(48).maxInlineNesting(24).build();

    private DisplayText() {
    }

    /** The statement's text as shown: as written, or with its Markdown turned into text. */
    public static String of(StatementContent content) {
        return Markup.isMarkdown(content) ? fromMarkdown(content.text()) : content.text();
    }

    /** Markdown as readable text, lines separated by {@code \n}. */
    public static String fromMarkdown(String markdown) {
        if (markdown.isBlank()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        blocks(PARSER.parse(markdown), "", "", lines);
        return String.join("\n", lines).strip();
    }

    /** The blocks inside {@code container}; the first line gets {@code first} before it, the others {@code rest}. */
    private static void blocks(Node container, String first, String rest, List<String> out) {
        String prefix = first;
        for (Node block = container.getFirstChild(); block != null; block = block.getNext()) {
            block(block, prefix, rest, out);
            prefix = rest;
        }
    }

    private static void block(Node block, String first, String rest, List<String> out) {
        if (block instanceof Paragraph || block instanceof Heading) {
            lines(inline(block), first, rest, out);
        } else if (block instanceof BlockQuote) {
            blocks(block, first + QUOTE, rest + QUOTE, out);
        } else if (block instanceof BulletList) {
            items(block, first, rest, out, null);
        } else if (block instanceof OrderedList ordered) {
            Integer start = ordered.getMarkerStartNumber();
            items(block, first, rest, out, start == null ? 1 : start);
        } else if (block instanceof FencedCodeBlock code) {
            lines(code.getLiteral(), first, rest, out);
        } else if (block instanceof IndentedCodeBlock code) {
            lines(code.getLiteral(), first, rest, out);
        } else if (block instanceof HtmlBlock html) {
            lines(html.getLiteral(), first, rest, out);
        } else if (block instanceof ThematicBreak) {
            lines("—", first, rest, out);
        } else {
            blocks(block, first, rest, out);
        }
    }

    /** The items of a list; {@code number} is null for bullets. */
    private static void items(Node list, String first, String rest, List<String> out, Integer number) {
        String prefix = first;
        int n = number == null ? 0 : number;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String marker = number == null ? BULLET : (n++) + ". ";
            if (item instanceof ListItem && item.getFirstChild() != null) {
                blocks(item, prefix + marker, rest + " ".repeat(marker.length()), out);
            } else {
                out.add((prefix + marker).stripTrailing());
            }
            prefix = rest;
        }
    }

    private static void lines(String text, String first, String rest, List<String> out) {
        String prefix = first;
        for (String line : text.strip().split("\n", -1)) {
            out.add((prefix + line.strip()).stripTrailing());
            prefix = rest;
        }
    }

    /** The letters of a block's inline content, {@code \n} where the writer broke the line hard. */
    private static String inline(Node parent) {
        StringBuilder text = new StringBuilder();
        inline(parent, text);
        return text.toString();
    }

    private static void inline(Node parent, StringBuilder text) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text t) {
                text.append(t.getLiteral());
            } else if (node instanceof Code code) {
                text.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak) {
                text.append(' ');
            } else if (node instanceof HardLineBreak) {
                text.append('\n');
            } else if (node instanceof HtmlInline html) {
                text.append(html.getLiteral());
            } else if (node instanceof Link link && node.getFirstChild() == null) {
                text.append(link.getDestination());
            } else if (node instanceof Image && node.getFirstChild() == null) {
                text.append("[image]");
            } else {
                // Emphasis, strong emphasis, a link's or an image's words: their letters.
                inline(node, text);
            }
        }
    }
}
