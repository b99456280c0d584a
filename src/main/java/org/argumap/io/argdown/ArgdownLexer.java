package org.argumap.io.argdown;

import java.util.ArrayList;
import java.util.List;
import org.argumap.io.MapReadException;
import org.argumap.io.argdown.SourceLine.Start;
import org.argumap.io.argdown.Token.Kind;

/**
 * Cuts an Argdown document into logical lines of tokens the way Argdown 1.7.5's lexer does:
 * comments vanish (a line holding only comments vanishes with its line break, so it neither
 * breaks a paragraph nor ends a hard-wrapped text), the first token of a line may be a relation,
 * statement number, inference line, heading or list item, and the rest is inline tokens.
 *
 * <p>Where Argdown reads on past a mistake that is almost certainly one, this lexer stops with a
 * located error instead: a block comment or front matter that is never closed, an inference
 * line whose closing dashes never come.
 */
final class ArgdownLexer {
    private final SourceText source;
    private final String text;
    private final int length;
    private final TokenMatcher match;
    private final List<String> warnings;
    private final List<SourceLine> lines = new ArrayList<>();
    private RawFrontMatter frontMatter;
    private int pos;

    /** The YAML between the {@code ===} lines, with where it starts. */
    record RawFrontMatter(String content, int contentOffset, int offset) {
    }

    ArgdownLexer(SourceText source, List<String> warnings) {
        this.source = source;
        this.text = source.text();
        this.length = text.length();
        this.match = new TokenMatcher(text);
        this.warnings = warnings;
    }

    List<SourceLine> lex() throws MapReadException {
        readFrontMatter();
        while (pos < length) {
            lexLine();
        }
        return lines;
    }

    /** The front matter, or null if the document has none. */
    RawFrontMatter frontMatter() {
        return frontMatter;
    }

    /** Front matter only counts at the very start (after blank lines and comments), as for Argdown. */
    private void readFrontMatter() throws MapReadException {
        int p = 0;
        while (p < length) {
            char c = text.charAt(p);
            if (c == ' ' || c == '\t' || c == '\n') {
                p++;
                continue;
            }
            int end = match.comment(p);
            if (end < 0) {
                break;
            }
            p = checkClosed(p, end);
        }
        if (!text.startsWith("===", p)) {
            return;
        }
        int open = p;
        while (p < length && text.charAt(p) == '=') {
            p++;
        }
        int close = text.indexOf("===", p);
        if (close < 0) {
            throw source.error(open, "The front matter opened here with === is never closed: end it with a line of ===.");
        }
        frontMatter = new RawFrontMatter(text.substring(p, close), p, open);
        p = close;
        while (p < length && text.charAt(p) == '=') {
            p++;
        }
        int lineEnd = source.lineEnd(p);
        if (!text.substring(p, lineEnd).isBlank()) {
            warnings.add(source.place(p) + ": text after the closing === of the front matter is ignored");
        }
        pos = lineEnd;
    }

    private int checkClosed(int start, int end) throws MapReadException {
        if (end == Integer.MAX_VALUE) {
            String opener = text.startsWith("/*", start) ? "/*" : "<!--";
            String closer = opener.equals("/*") ? "*/" : "-->";
            throw source.error(start, "This comment " + opener + " is never closed with " + closer + ".");
        }
        return end;
    }

    private void lexLine() throws MapReadException {
        int p = pos;
        int indentFrom = p;
        boolean sawComment = false;
        while (true) {
            while (p < length && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
                p++;
            }
            int end = p < length ? match.comment(p) : -1;
            if (end < 0) {
                break;
            }
            p = checkClosed(p, end);
            indentFrom = p;
            sawComment = true;
        }
        if (p >= length || text.charAt(p) == '\n') {
            pos = p + 1;
            if (!sawComment) {
                lines.add(new SourceLine(Start.BLANK, Math.min(p, length), 0, "", List.of()));
            }
            return;
        }
        int indent = p - indentFrom;
        List<Token> tokens = new ArrayList<>();
        Start start = Start.TEXT;
        String symbol = "";
        int tokenStart = p;
        if (match.data(p) < 0 && match.escape(p) < 0 && match.special(p) < 0) {
            // Argdown's patterns for these tokens take [' '\t]* as indentation: apostrophes too.
            int q = p;
            while (q < length && (text.charAt(q) == '\'' || text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
                q++;
            }
            int[] found = q < length ? lineStartToken(q) : null;
            if (found != null && found[0] == Start.HEADING.ordinal() && q != p) {
                found = null;
            }
            if (text.startsWith("--", q)) {
                lexInference(q, q - indentFrom);
                return;
            }
            symbol = relationSymbol(q);
            if (!symbol.isEmpty()) {
                start = Start.RELATION;
                indent = q - indentFrom;
                tokenStart = q;
                p = q + symbol.length();
            } else if (found != null) {
                start = Start.values()[found[0]];
                symbol = text.substring(q, found[1]).strip();
                indent = q - indentFrom;
                tokenStart = q;
                p = found[1];
            }
        }
        p = lexInline(p, tokens);
        pos = p + 1;
        lines.add(new SourceLine(start, tokenStart, indent, symbol, tokens));
    }

    /** Argdown's relation tokens, in its order: +> -> <+ + <- - >< _> <_ and _ before white space. */
    private String relationSymbol(int p) {
        for (String symbol : new String[] {"+>", "->", "<+", "+", "<-", "-", "><", "_>", "<_"}) {
            if (text.startsWith(symbol, p)) {
                return symbol;
            }
        }
        if (text.startsWith("_", p) && p + 1 < length && TokenMatcher.isJsSpace(text.charAt(p + 1))) {
            return "_";
        }
        return "";
    }

    /** Heading, statement number or list item: {kind ordinal, end offset}, or null. */
    private int[] lineStartToken(int p) {
        int q = p;
        if (text.charAt(q) == '#') {
            while (q < length && text.charAt(q) == '#') {
                q++;
            }
            return q < length && text.charAt(q) == ' ' ? new int[] {Start.HEADING.ordinal(), q + 1} : null;
        }
        if (text.charAt(q) == '(') {
            int digits = skipDigits(q + 1);
            return digits > q + 1 && digits < length && text.charAt(digits) == ')'
                    ? new int[] {Start.STATEMENT_NUMBER.ordinal(), digits + 1} : null;
        }
        int digits = skipDigits(q);
        if (digits > q && digits + 1 < length && text.charAt(digits) == '.'
                && TokenMatcher.isJsSpace(text.charAt(digits + 1))) {
            return new int[] {Start.ORDERED_ITEM.ordinal(), digits + 1};
        }
        if (text.charAt(q) == '*' && q + 1 < length && TokenMatcher.isJsSpace(text.charAt(q + 1))) {
            return new int[] {Start.UNORDERED_ITEM.ordinal(), q + 1};
        }
        return null;
    }

    private int skipDigits(int q) {
        while (q < length && text.charAt(q) >= '0' && text.charAt(q) <= '9') {
            q++;
        }
        return q;
    }

    /** Inline tokens up to the end of the logical line; returns the offset of its line break (or the end). */
    private int lexInline(int p, List<Token> tokens) throws MapReadException {
        int lineEnd = source.lineEnd(p);
        while (p < length && text.charAt(p) != '\n') {
            int end = match.comment(p);
            if (end >= 0) {
                p = checkClosed(p, end);
                lineEnd = source.lineEnd(p);
                continue;
            }
            end = match.data(p);
            if (end >= 0) {
                tokens.add(new Token(Kind.DATA, p, text.substring(p, end), text.substring(p + 1, end - 1)));
                p = end;
                lineEnd = source.lineEnd(p);
                continue;
            }
            p = inlineToken(p, lineEnd, tokens);
        }
        return p;
    }

    private int inlineToken(int p, int lineEnd, List<Token> tokens) {
        int end;
        if ((end = match.escape(p)) >= 0) {
            return add(tokens, Kind.ESCAPED, p, end, text.substring(p + 1, end));
        }
        if ((end = match.special(p)) >= 0) {
            return add(tokens, Kind.SPECIAL, p, end, null);
        }
        if ((end = match.link(p, lineEnd)) >= 0) {
            return add(tokens, Kind.LINK, p, end, null);
        }
        if ((end = match.tag(p, lineEnd)) >= 0) {
            return add(tokens, Kind.TAG, p, end, TokenMatcher.tagName(text.substring(p, end)));
        }
        if ((end = match.statementDefinition(p, lineEnd)) >= 0) {
            return add(tokens, Kind.STATEMENT_DEFINITION, p, end, text.substring(p + 1, end - 2));
        }
        if ((end = match.statementReference(p, lineEnd)) >= 0) {
            return add(tokens, Kind.STATEMENT_REFERENCE, p, end, text.substring(p + 1, end - 1));
        }
        if ((end = match.statementMention(p, lineEnd)) >= 0) {
            return add(tokens, Kind.STATEMENT_MENTION, p, end, null);
        }
        if ((end = match.argumentDefinition(p, lineEnd)) >= 0) {
            return add(tokens, Kind.ARGUMENT_DEFINITION, p, end, text.substring(p + 1, end - 2));
        }
        if ((end = match.argumentReference(p, lineEnd)) >= 0) {
            return add(tokens, Kind.ARGUMENT_REFERENCE, p, end, text.substring(p + 1, end - 1));
        }
        if ((end = match.argumentMention(p, lineEnd)) >= 0) {
            return add(tokens, Kind.ARGUMENT_MENTION, p, end, null);
        }
        return add(tokens, Kind.TEXT, p, Math.min(match.plain(p), lineEnd), null);
    }

    private int add(List<Token> tokens, Kind kind, int start, int end, String value) {
        String image = text.substring(start, end);
        tokens.add(new Token(kind, start, image, value == null ? image : value));
        return end;
    }

    /**
     * An inference line: {@code --} then rules (separated by commas) and {data}, to the next run of
     * two or more hyphens, possibly over a few lines. A blank line or the end of the document before
     * the closing dashes is an error, as it is for Argdown.
     */
    private void lexInference(int open, int indent) throws MapReadException {
        List<Token> tokens = new ArrayList<>();
        int p = open + 2;
        while (true) {
            if (p >= length) {
                throw unclosedInference(open);
            }
            char c = text.charAt(p);
            if (c == '\n') {
                int next = source.lineEnd(p + 1);
                if (p + 1 >= length || text.substring(p + 1, next).isBlank()) {
                    throw unclosedInference(open);
                }
                p++;
                continue;
            }
            int end = match.comment(p);
            if (end >= 0) {
                p = checkClosed(p, end);
                continue;
            }
            if (c == '-' && p + 1 < length && text.charAt(p + 1) == '-') {
                while (p < length && text.charAt(p) == '-') {
                    p++;
                }
                break;
            }
            p = inferenceToken(p, tokens);
        }
        lines.add(new SourceLine(Start.INFERENCE, open, indent, "--", tokens));
        int lineEnd = source.lineEnd(p);
        List<Token> rest = new ArrayList<>();
        int after = lexInline(p, rest);
        if (rest.stream().anyMatch(t -> !t.isBlankText())) {
            warnings.add(source.place(p) + ": text after an inference line's closing -- is ignored");
        }
        pos = Math.max(after, lineEnd) + 1;
    }

    private int inferenceToken(int p, List<Token> tokens) {
        int end;
        if ((end = match.escape(p)) >= 0) {
            return add(tokens, Kind.ESCAPED, p, end, text.substring(p + 1, end));
        }
        if ((end = match.special(p)) >= 0) {
            return add(tokens, Kind.SPECIAL, p, end, null);
        }
        if ((end = match.data(p)) >= 0) {
            tokens.add(new Token(Kind.DATA, p, text.substring(p, end), text.substring(p + 1, end - 1)));
            return end;
        }
        if (text.charAt(p) == ',') {
            return add(tokens, Kind.DELIMITER, p, p + 1, null);
        }
        int plainEnd = match.plain(p);
        if (text.charAt(p) != '-' && !TokenMatcher.isSpecial(text.charAt(p))) {
            return add(tokens, Kind.TEXT, p, plainEnd, null);
        }
        return add(tokens, Kind.TEXT, p, p + 1, null);
    }

    private MapReadException unclosedInference(int open) {
        return source.error(open, "This inference line (--) is never closed: put -- after its rules, on the same"
                + " line (-- Modus ponens --) or as a line of its own, before the conclusion.");
    }
}
