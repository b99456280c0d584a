package org.argumap.io.argdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.argumap.io.argdown.Syntax.Data;
import org.argumap.io.argdown.Syntax.Element;
import org.argumap.io.argdown.Token.Kind;

/**
 * Reads one element from its tokens: the title token that may open it ({@code [T]:}, {@code [T]},
 * {@code <T>:}, {@code <T>}), then its text, tags and {data}.
 *
 * <p>The text keeps Argdown's inline markup as written (bold, italic, links, mentions, tags in the
 * middle of a sentence, shortcodes) so that writing it again gives Argdown the same text; escapes
 * are resolved, hard-wrapped lines are joined and runs of white space become one space. Tags at
 * the end of the text are taken off it: they are the statement's tags, and the writer puts them back.
 */
final class ElementReader {
    private final SourceText source;
    private final List<String> warnings;

    ElementReader(SourceText source, List<String> warnings) {
        this.source = source;
        this.warnings = warnings;
    }

    /** The element these tokens make, or null if they hold nothing but {data}. */
    Element read(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).isBlankText()) {
            i++;
        }
        if (i == tokens.size()) {
            return null;
        }
        Token first = tokens.get(i);
        boolean argument = first.kind() == Kind.ARGUMENT_DEFINITION || first.kind() == Kind.ARGUMENT_REFERENCE;
        boolean titled = argument || first.kind() == Kind.STATEMENT_DEFINITION || first.kind() == Kind.STATEMENT_REFERENCE;
        boolean reference = first.kind() == Kind.STATEMENT_REFERENCE || first.kind() == Kind.ARGUMENT_REFERENCE;
        String title = titled ? first.value() : null;
        List<Token> rest = tokens.subList(titled ? i + 1 : i, tokens.size());

        List<Data> data = new ArrayList<>();
        Set<String> tags = new LinkedHashSet<>();
        List<Token> words = new ArrayList<>();
        for (Token token : rest) {
            if (token.kind() == Kind.DATA) {
                data.add(new Data(token.value(), token.offset()));
                continue;
            }
            if (token.kind() == Kind.TAG) {
                tags.add(ElementReader.normalize(token.value()));
            }
            words.add(token);
        }
        warnAboutTitlesInText(words);
        String text = textWithoutTrailingTags(words);
        if (reference && !text.isEmpty() && words.stream().anyMatch(t -> t.kind() != Kind.TAG && !t.isBlankText())) {
            warnings.add(source.place(first.offset()) + ": text after the reference " + first.image()
                    + " is read as its text (Argdown expects " + first.image() + ": text)");
            reference = false;
        } else if (reference || (titled && text.isEmpty())) {
            text = "";
            reference = true;
        }
        if (!titled && text.isEmpty() && tags.isEmpty()) {
            return null;
        }
        int offset = first.offset() + first.image().length() - first.image().stripLeading().length();
        return new Element(argument, title, reference, text, new ArrayList<>(tags), data, offset);
    }

    private void warnAboutTitlesInText(List<Token> words) {
        for (Token token : words) {
            switch (token.kind()) {
                case STATEMENT_DEFINITION, STATEMENT_REFERENCE, ARGUMENT_DEFINITION, ARGUMENT_REFERENCE -> {
                    warnings.add(source.place(token.offset()) + ": " + token.image()
                            + " inside a text is read as plain text (Argdown reads titles only where an element starts)");
                    return;
                }
                default -> {
                }
            }
        }
    }

    /** The text without the tags that end it; with them if nothing else is left. */
    private static String textWithoutTrailingTags(List<Token> words) {
        int end = words.size();
        while (end > 0 && (words.get(end - 1).kind() == Kind.TAG || words.get(end - 1).isBlankText())) {
            end--;
        }
        String text = normalize(join(words.subList(0, end)));
        return text.isEmpty() ? normalize(join(words)) : text;
    }

    static String join(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token token : tokens) {
            out.append(token.textValue());
        }
        return out.toString();
    }

    /** Runs of spaces, tabs and line breaks become one space; none at either end. */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}
