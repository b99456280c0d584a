package org.argumap.io.argdown;

import java.util.ArrayList;
import java.util.List;
import org.argumap.io.MapReadException;
import org.argumap.io.argdown.SourceLine.Start;
import org.argumap.io.argdown.Syntax.Block;
import org.argumap.io.argdown.Syntax.Element;
import org.argumap.io.argdown.Syntax.ElementBlock;
import org.argumap.io.argdown.Syntax.Heading;
import org.argumap.io.argdown.Syntax.InferenceLine;
import org.argumap.io.argdown.Syntax.Pcs;
import org.argumap.io.argdown.Syntax.PcsItem;
import org.argumap.io.argdown.Syntax.PcsStatement;
import org.argumap.io.argdown.Syntax.Relation;
import org.argumap.io.argdown.Syntax.RelationParent;

/**
 * Turns logical lines into the blocks of a document, with Argdown's rules for what belongs to
 * what: a paragraph is one element and its relations, nested by Argdown's indentation stack; a
 * premise-conclusion structure takes the argument of the paragraph before it.
 *
 * <p>Lenient where a reading is clear (relations at indentation 0, a structure right under its
 * argument without a blank line, a blank line inside a structure); a located error where none is:
 * a relation with nothing before it, a structure without a conclusion, a relation other than an
 * undercut under an inference line.
 */
final class ArgdownParser {
    /** Deeper nesting than any real map; a bound keeps hostile input from exhausting the stack. */
    static final int MAX_NESTING = 200;

    private final SourceText source;
    private final List<SourceLine> lines;
    private final List<String> warnings;
    private final ElementReader elements;
    private int index;

    ArgdownParser(SourceText source, List<SourceLine> lines, List<String> warnings) {
        this.source = source;
        this.lines = lines;
        this.warnings = warnings;
        this.elements = new ElementReader(source, warnings);
    }

    List<Block> parse() throws MapReadException {
        List<Block> blocks = new ArrayList<>();
        while (index < lines.size()) {
            SourceLine line = lines.get(index);
            switch (line.start()) {
                case BLANK -> index++;
                case HEADING -> {
                    Heading heading = parseHeading();
                    if (heading != null) {
                        blocks.add(heading);
                    }
                }
                case STATEMENT_NUMBER -> blocks.add(parsePcs(argumentBefore(blocks)));
                case INFERENCE -> throw source.error(line.offset(), "An inference line (--) belongs in a"
                        + " premise-conclusion structure, after numbered premises such as (1).");
                case RELATION -> throw source.error(line.offset(), "This relation (" + line.symbol()
                        + ") has nothing before it to attach to: put the statement or argument it relates to on the"
                        + " line above it, without a blank line between.");
                default -> {
                    ElementBlock block = parseElementBlock();
                    if (block != null) {
                        blocks.add(block);
                    }
                }
            }
        }
        return blocks;
    }

    /** The argument of the paragraph just before, which a premise-conclusion structure belongs to. */
    private static Element argumentBefore(List<Block> blocks) {
        if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof ElementBlock block
                && !block.listItem() && block.root().argument) {
            return block.root();
        }
        return null;
    }

    private Heading parseHeading() {
        SourceLine line = lines.get(index++);
        List<Token> tokens = new ArrayList<>(line.tokens());
        collectContinuation(tokens);
        StringBuilder data = new StringBuilder();
        List<Token> words = new ArrayList<>();
        for (Token token : tokens) {
            if (token.kind() == Token.Kind.DATA) {
                data.append(' ').append(oneLine(token));
            } else {
                words.add(token);
            }
        }
        String title = ElementReader.normalize(ElementReader.join(words));
        if (title.isEmpty()) {
            warnings.add(source.place(line.offset()) + ": a heading without text is ignored");
            return null;
        }
        int level = line.symbol().length();
        return new Heading(level, title, "#".repeat(level) + " " + TextEscaper.markBraces(title) + data, line.offset());
    }

    /**
     * A heading's {data} on one line, since a section keeps one heading a line: YAML written over
     * several lines in flow style, anything else with its line breaks as spaces.
     */
    private static String oneLine(Token data) {
        String image = data.image().strip();
        if (image.indexOf('\n') < 0) {
            return image;
        }
        try {
            return YamlText.toFlow(YamlReader.parseData(data.value()));
        } catch (YamlReader.YamlException notYaml) {
            return ElementReader.normalize(image);
        }
    }

    /** Adds the tokens of following lines that continue a hard-wrapped text, with a space for each break. */
    private void collectContinuation(List<Token> tokens) {
        while (index < lines.size() && continues(lines.get(index))) {
            SourceLine next = lines.get(index++);
            tokens.add(new Token(Token.Kind.TEXT, next.offset(), " ", " "));
            tokens.addAll(next.tokens());
        }
    }

    /**
     * Whether a line continues the text above it. A line opening with a title ({@code [T]:},
     * {@code [T]}, {@code <T>}) starts a new element instead: Argdown rejects it inside a text, and
     * reading it as the next paragraph is what the writer of it meant.
     */
    private static boolean continues(SourceLine line) {
        if (!line.is(Start.TEXT)) {
            return false;
        }
        Token first = line.firstToken();
        return first == null || switch (first.kind()) {
            case STATEMENT_DEFINITION, STATEMENT_REFERENCE, ARGUMENT_DEFINITION, ARGUMENT_REFERENCE -> false;
            default -> true;
        };
    }

    private ElementBlock parseElementBlock() throws MapReadException {
        SourceLine first = lines.get(index++);
        boolean listItem = first.is(Start.ORDERED_ITEM) || first.is(Start.UNORDERED_ITEM);
        Element root = readElement(first);
        if (root == null) {
            warnings.add(source.place(first.offset()) + ": {data} with no statement or argument before it is ignored");
            skipRelations();
            return null;
        }
        parseRelations(root);
        return new ElementBlock(root, listItem);
    }

    private Element readElement(SourceLine line) throws MapReadException {
        List<Token> tokens = new ArrayList<>(line.tokens());
        collectContinuation(tokens);
        return elements.read(tokens);
    }

    private void skipRelations() {
        while (index < lines.size() && (lines.get(index).is(Start.RELATION) || continues(lines.get(index)))) {
            index++;
        }
    }

    /**
     * Relation lines under an element or inference line, nested by Argdown's indentation stack: a
     * deeper line opens a level under the element just read; a shallower line closes levels until
     * one is not deeper than it, and then stands on the level left open (even if it is deeper than
     * that level, exactly as Argdown's lexer emits no new indent there).
     */
    private void parseRelations(RelationParent root) throws MapReadException {
        List<Integer> levels = new ArrayList<>(List.of(0));
        List<RelationParent> parents = new ArrayList<>(List.of(root));
        RelationParent last = root;
        while (index < lines.size() && lines.get(index).is(Start.RELATION)) {
            SourceLine line = lines.get(index);
            int depth = line.indent();
            if (depth > levels.get(levels.size() - 1)) {
                if (levels.size() > MAX_NESTING) {
                    throw source.error(line.offset(), "Relations are nested more than " + MAX_NESTING + " levels deep here.");
                }
                levels.add(depth);
                parents.add(last);
            } else {
                while (levels.size() > 1 && depth < levels.get(levels.size() - 1)) {
                    levels.remove(levels.size() - 1);
                    parents.remove(parents.size() - 1);
                }
            }
            RelationParent parent = parents.get(parents.size() - 1);
            index++;
            Element child = readElement(line);
            String symbol = line.symbol();
            if (child == null) {
                throw source.error(line.offset(), "This relation (" + symbol
                        + ") needs a statement or argument after it, such as " + symbol + " [Title] or " + symbol + " text.");
            }
            if (parent instanceof InferenceLine && !symbol.equals("_") && !symbol.equals("<_")) {
                throw source.error(line.offset(), "Only undercuts (<_ or _) can stand under an inference line; this is "
                        + symbol + ".");
            }
            if (symbol.equals("><") && child.argument) {
                throw source.error(line.offset(), "A contradiction (><) is between statements, but "
                        + child.describe() + " is an argument.");
            }
            parent.relations().add(new Relation(symbol, child, line.offset()));
            last = child;
        }
    }

    private Pcs parsePcs(Element argument) throws MapReadException {
        int start = lines.get(index).offset();
        List<PcsItem> items = new ArrayList<>();
        while (index < lines.size()) {
            SourceLine line = lines.get(index);
            if (line.is(Start.STATEMENT_NUMBER)) {
                index++;
                Element element = readElement(line);
                if (element == null) {
                    throw source.error(line.offset(), "The number " + line.symbol() + " needs a statement after it.");
                }
                if (element.argument) {
                    throw source.error(element.offset, "A numbered line of a premise-conclusion structure holds a"
                            + " statement, but " + element.describe() + " is an argument.");
                }
                parseRelations(element);
                items.add(new PcsStatement(line.symbol().replaceAll("[()]", ""), element));
            } else if (line.is(Start.INFERENCE)) {
                if (items.get(items.size() - 1) instanceof InferenceLine) {
                    throw source.error(line.offset(), "Two inference lines in a row: the conclusion of the first"
                            + " belongs between them.");
                }
                index++;
                InferenceLine inference = InferenceReader.read(line);
                parseRelations(inference);
                items.add(inference);
            } else if (line.is(Start.BLANK) && !isComplete(items) && continuesAfterBlank()) {
                index++;
            } else {
                break;
            }
        }
        if (!isComplete(items)) {
            int at = items.get(items.size() - 1) instanceof PcsStatement last ? last.element().offset
                    : ((InferenceLine) items.get(items.size() - 1)).offset;
            throw source.error(at, "This premise-conclusion structure (from line " + source.line(start)
                    + ") ends without a conclusion: after the premises put an inference line (----) and then the"
                    + " conclusion, numbered like the premises.");
        }
        return new Pcs(argument, items, start);
    }

    /** A structure ends with its conclusion: a statement right after an inference line. */
    private static boolean isComplete(List<PcsItem> items) {
        int n = items.size();
        return n >= 2 && items.get(n - 1) instanceof PcsStatement && items.get(n - 2) instanceof InferenceLine;
    }

    /** Whether the next line that is not blank goes on with a structure. */
    private boolean continuesAfterBlank() {
        int i = index;
        while (i < lines.size() && lines.get(i).is(Start.BLANK)) {
            i++;
        }
        return i < lines.size() && (lines.get(i).is(Start.STATEMENT_NUMBER) || lines.get(i).is(Start.INFERENCE));
    }
}
