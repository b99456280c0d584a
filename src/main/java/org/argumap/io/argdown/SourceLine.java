package org.argumap.io.argdown;

import java.util.List;

/**
 * One logical line of an Argdown document: what starts it (a relation, a statement number, an
 * inference line, a heading, a list item, or nothing) and the tokens that follow. A block comment
 * or {data} running over several physical lines keeps them one logical line; lines that held only
 * comments are gone, as they are for Argdown.
 *
 * @param start     what starts the line
 * @param offset    where the start token (or the first token) begins
 * @param indent    spaces and tabs before the start token, as Argdown counts indentation
 * @param symbol    the start token's text: the relation symbol, the heading's hashes, the number
 * @param tokens    the rest of the line; for an inference line, what lies between its dashes
 */
record SourceLine(Start start, int offset, int indent, String symbol, List<Token> tokens) {

    enum Start {
        BLANK, TEXT, RELATION, STATEMENT_NUMBER, INFERENCE, HEADING, ORDERED_ITEM, UNORDERED_ITEM
    }

    SourceLine {
        tokens = List.copyOf(tokens);
    }

    boolean is(Start kind) {
        return start == kind;
    }

    /** The first token that is not blank text, or null. */
    Token firstToken() {
        for (Token token : tokens) {
            if (!token.isBlankText()) {
                return token;
            }
        }
        return null;
    }
}
