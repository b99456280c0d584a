package org.argumap.io.argdown;

import java.util.function.IntPredicate;

/**
 * Finds the next occurrence of a string or of a kind of character, remembering its last answer:
 * the lexer asks from ever later offsets, so all questions together cost one pass over the text
 * instead of one pass each. This keeps hostile input (a line of ten thousand {@code [}) linear.
 */
final class ForwardIndex {
    private final String text;
    private final String needle;
    private final IntPredicate kind;
    private int askedFrom = Integer.MAX_VALUE;
    private int found = -1;

    private ForwardIndex(String text, String needle, IntPredicate kind) {
        this.text = text;
        this.needle = needle;
        this.kind = kind;
    }

    static ForwardIndex of(String text, String needle) {
        return new ForwardIndex(text, needle, null);
    }

    /** The next index whose character is of this kind. */
    static ForwardIndex ofChar(String text, IntPredicate charKind) {
        return new ForwardIndex(text, null, i -> charKind.test(text.charAt(i)));
    }

    /** The next index that passes this test (which sees the index, so it may look around). */
    static ForwardIndex ofPlace(String text, IntPredicate place) {
        return new ForwardIndex(text, null, place);
    }

    /** The first index at or after {@code from} where the needle starts, or -1. */
    int next(int from) {
        if (from >= askedFrom && (found < 0 || from <= found)) {
            return found;
        }
        askedFrom = from;
        found = needle != null ? text.indexOf(needle, from) : scan(from);
        return found;
    }

    private int scan(int from) {
        for (int i = Math.max(0, from); i < text.length(); i++) {
            if (kind.test(i)) {
                return i;
            }
        }
        return -1;
    }
}
