package org.argumap.io.argdown;

/**
 * Argdown's token patterns (from its lexer, version 1.7.5), each asked at one offset and answering
 * where the token ends, or -1. They are written out by hand rather than as regular expressions:
 * Java's regex engine recurses on {@code (.|\n)*} and backtracks on lazy quantifiers, which hostile
 * input turns into stack overflows and quadratic time. With {@link ForwardIndex} every question
 * costs constant time on average, so a whole document is lexed in linear time.
 *
 * <p>Offsets must be asked in increasing order, as a lexer does.
 */
final class TokenMatcher {
    /** Argdown allows {data} of any length; beyond this we read the brace as text (real data is short). */
    static final int MAX_DATA_LENGTH = 20_000;
    /** How many closing braces a {data} token looks back over for a valid end. */
    private static final int MAX_CLOSE_TRIES = 64;
    private static final String SPECIALS = "\\@#*_[],.:;</>-(){}";

    private final String text;
    private final int length;
    private final ForwardIndex blockCommentEnd;
    private final ForwardIndex htmlCommentEnd;
    private final ForwardIndex dataStop;
    private final Closes closes = new Closes();
    private final ForwardIndex dot;
    private final ForwardIndex colon;
    private final ForwardIndex dotSpace;
    private final ForwardIndex colonSpace;
    private final ForwardIndex linkBracket;
    private final ForwardIndex linkParen;
    private final ForwardIndex tagParen;
    private final ForwardIndex definitionEnd;
    private final ForwardIndex referenceEnd;
    private final ForwardIndex mentionEnd;
    private final ForwardIndex argumentDefinitionEnd;
    private final ForwardIndex argumentReferenceEnd;
    private final ForwardIndex argumentMentionEnd;

    TokenMatcher(String text) {
        this.text = text;
        this.length = text.length();
        blockCommentEnd = ForwardIndex.of(text, "*/");
        htmlCommentEnd = ForwardIndex.of(text, "-->");
        dataStop = ForwardIndex.ofPlace(text, this::isDataStop);
        dot = ForwardIndex.of(text, ".");
        colon = ForwardIndex.of(text, ":");
        dotSpace = ForwardIndex.ofChar(text, TokenMatcher::isJsSpace);
        colonSpace = ForwardIndex.ofChar(text, TokenMatcher::isJsSpace);
        linkBracket = ForwardIndex.of(text, "]");
        linkParen = ForwardIndex.of(text, ")");
        tagParen = ForwardIndex.of(text, ")");
        definitionEnd = ForwardIndex.of(text, "]:");
        referenceEnd = ForwardIndex.of(text, "]");
        mentionEnd = ForwardIndex.of(text, "]");
        argumentDefinitionEnd = ForwardIndex.of(text, ">:");
        argumentReferenceEnd = ForwardIndex.of(text, ">");
        argumentMentionEnd = ForwardIndex.of(text, ">");
    }

    /** JavaScript's {@code \s}: what Argdown's patterns mean by white space. */
    static boolean isJsSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u00A0'
                || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029'
                || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }

    /** A character of {@code #tag}: Argdown's class {@code [a-zA-z0-9-\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]}. */
    static boolean isTagChar(char c) {
        return (c >= 'A' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || (c >= '\u00A0' && c <= '\uD7FF')
                || (c >= '\uF900' && c <= '\uFDCF') || (c >= '\uFDF0' && c <= '\uFFEF');
    }

    /** Characters that end a run of plain text, as Argdown's Freestyle token sees them. */
    static boolean isSpecial(char c) {
        return SPECIALS.indexOf(c) >= 0 || c == '\n' || c == '\r';
    }

    private char at(int i) {
        return i >= 0 && i < length ? text.charAt(i) : '\0';
    }

    private boolean startsWith(String prefix, int p) {
        return text.startsWith(prefix, p);
    }

    /** A comment starting here: the offset after it, or -1; {@code MAX_VALUE} if it is never closed. */
    int comment(int p) {
        if (startsWith("//", p)) {
            int end = text.indexOf('\n', p);
            return end < 0 ? length : end;
        }
        if (startsWith("/*", p)) {
            int end = blockCommentEnd.next(p + 2);
            return end < 0 ? Integer.MAX_VALUE : end + 2;
        }
        if (startsWith("<!--", p)) {
            int end = htmlCommentEnd.next(p + 4);
            return end < 0 ? Integer.MAX_VALUE : end + 3;
        }
        return -1;
    }

    /**
     * {@code {data}}: Argdown's {@code /{((?!}\s[^\,}])(.|\n))*}(?!\s*(\,|}))/}. The data runs to the
     * last closing brace before the first "stop" (a brace followed by white space and anything but
     * a comma or brace), and that last brace must not be followed by a comma or another brace.
     */
    int data(int p) {
        if (at(p) != '{') {
            return -1;
        }
        int stop = dataStop.next(p + 1);
        int limit = Math.min(stop < 0 ? length - 1 : stop, p + MAX_DATA_LENGTH);
        int index = closes.lastAtOrBefore(limit);
        for (int tries = 0; index >= 0 && closes.get(index) > p && tries < MAX_CLOSE_TRIES; tries++, index--) {
            if (closes.isValidEnd(index)) {
                return closes.get(index) + 1;
            }
        }
        return -1;
    }

    private boolean isDataStop(int k) {
        return text.charAt(k) == '}' && k + 2 < length && isJsSpace(text.charAt(k + 1))
                && text.charAt(k + 2) != ',' && text.charAt(k + 2) != '}';
    }

    /**
     * The closing braces of the text, found once from left to right, each with whether it may end
     * {data} (not followed by a comma or brace), worked out once.
     */
    private final class Closes {
        private int[] positions = new int[16];
        private byte[] validity = new byte[16];
        private int count;
        private int scanned;

        /** The index of the last brace at or before {@code limit}, or -1. */
        int lastAtOrBefore(int limit) {
            while (scanned <= limit && scanned < length) {
                if (text.charAt(scanned) == '}') {
                    if (count == positions.length) {
                        positions = java.util.Arrays.copyOf(positions, count * 2);
                        validity = java.util.Arrays.copyOf(validity, count * 2);
                    }
                    positions[count++] = scanned;
                }
                scanned++;
            }
            int index = java.util.Arrays.binarySearch(positions, 0, count, limit);
            return index >= 0 ? index : -index - 2;
        }

        int get(int index) {
            return positions[index];
        }

        boolean isValidEnd(int index) {
            if (validity[index] == 0) {
                int i = positions[index] + 1;
                while (i < length && isJsSpace(text.charAt(i))) {
                    i++;
                }
                boolean valid = i >= length || (text.charAt(i) != ',' && text.charAt(i) != '}');
                validity[index] = (byte) (valid ? 1 : 2);
            }
            return validity[index] == 1;
        }
    }

    /** {@code \x}: a backslash making the next character plain, with the spaces after it. */
    int escape(int p) {
        if (at(p) != '\\' || p + 1 >= length || text.charAt(p + 1) == '\n') {
            return -1;
        }
        int end = p + 2;
        while (end < length && text.charAt(end) == ' ') {
            end++;
        }
        return end;
    }

    /** {@code .name.} or {@code :name:} without white space inside. */
    int special(int p) {
        char c = at(p);
        if (c != '.' && c != ':') {
            return -1;
        }
        int close = (c == '.' ? dot : colon).next(p + 2);
        int space = (c == '.' ? dotSpace : colonSpace).next(p + 1);
        if (close < 0 || (space >= 0 && space < close)) {
            return -1;
        }
        return optionalBlank(close + 1);
    }

    /** {@code [text](url)} on one line. */
    int link(int p, int lineEnd) {
        if (at(p) != '[') {
            return -1;
        }
        int close = linkBracket.next(p + 1);
        if (close <= p + 1 || close >= lineEnd || at(close + 1) != '(') {
            return -1;
        }
        int paren = linkParen.next(close + 2);
        if (paren <= close + 2 || paren >= lineEnd) {
            return -1;
        }
        return optionalBlank(paren + 1);
    }

    /** {@code #tag} or {@code #(tag text)}. */
    int tag(int p, int lineEnd) {
        if (at(p) != '#') {
            return -1;
        }
        if (at(p + 1) == '(') {
            int close = tagParen.next(p + 2);
            if (close > p + 2 && close < lineEnd) {
                return optionalBlank(close + 1);
            }
        }
        int end = p + 1;
        while (end < lineEnd && isTagChar(text.charAt(end))) {
            end++;
        }
        return end == p + 1 ? -1 : optionalBlank(end);
    }

    /** The tag's name, from a matched tag token. */
    static String tagName(String image) {
        String trimmed = image.strip();
        if (trimmed.startsWith("#(") && trimmed.endsWith(")")) {
            return trimmed.substring(2, trimmed.length() - 1);
        }
        return trimmed.substring(1);
    }

    /** {@code [Title]:}. */
    int statementDefinition(int p, int lineEnd) {
        if (at(p) != '[') {
            return -1;
        }
        int end = definitionEnd.next(p + 2);
        return end < 0 || end >= lineEnd ? -1 : end + 2;
    }

    /** {@code [Title]}, the title not starting with a hyphen. */
    int statementReference(int p, int lineEnd) {
        if (at(p) != '[' || p + 1 >= lineEnd || at(p + 1) == '-') {
            return -1;
        }
        int end = referenceEnd.next(p + 2);
        return end < 0 || end >= lineEnd ? -1 : end + 1;
    }

    /** {@code @[Title]}. */
    int statementMention(int p, int lineEnd) {
        if (at(p) != '@' || at(p + 1) != '[') {
            return -1;
        }
        int end = mentionEnd.next(p + 3);
        return end < 0 || end >= lineEnd ? -1 : optionalBlank(end + 1);
    }

    /** {@code <Title>:}. */
    int argumentDefinition(int p, int lineEnd) {
        if (at(p) != '<') {
            return -1;
        }
        int end = argumentDefinitionEnd.next(p + 2);
        return end < 0 || end >= lineEnd ? -1 : end + 2;
    }

    /** {@code <Title>}, the title not starting with a hyphen. */
    int argumentReference(int p, int lineEnd) {
        if (at(p) != '<' || p + 1 >= lineEnd || at(p + 1) == '-') {
            return -1;
        }
        int end = argumentReferenceEnd.next(p + 2);
        return end < 0 || end >= lineEnd ? -1 : end + 1;
    }

    /** {@code @<Title>}. */
    int argumentMention(int p, int lineEnd) {
        if (at(p) != '@' || at(p + 1) != '<') {
            return -1;
        }
        int end = argumentMentionEnd.next(p + 3);
        return end < 0 || end >= lineEnd ? -1 : optionalBlank(end + 1);
    }

    /** A run of plain characters (spaces included), or one special character with a blank after it. */
    int plain(int p) {
        char c = at(p);
        if (isSpecial(c)) {
            return c == '\n' || c == '\r' ? -1 : optionalBlank(p + 1);
        }
        int end = p + 1;
        while (end < length && !isSpecial(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private int optionalBlank(int end) {
        return end < length && (text.charAt(end) == ' ' || text.charAt(end) == '\t') ? end + 1 : end;
    }
}
