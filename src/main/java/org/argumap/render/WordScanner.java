package org.argumap.render;

/**
 * Walks a text's paragraphs and words by looking at its characters, as the wrapping has always
 * split it ({@code text.split("\\R")}, then each paragraph's {@code trim().split("\\s+")}, empty
 * words left out) but without a regular expression or a string per word: a hundred thousand boxes
 * spent most of their measuring in those. Words are positions in the text ({@link #start},
 * {@link #end}). One pass, one thread.
 */
final class WordScanner {
    private final String text;
    private final boolean splitLines;
    private final boolean trimParagraphs;
    /** Where the text's last paragraph ends: trailing empty paragraphs are dropped, as by {@code split}. */
    private final int limit;
    /** Where the next paragraph starts; past {@link #limit} when there is none. */
    private int nextParagraph;
    private int paragraphStart;
    private int paragraphEnd;
    private int position;
    private int wordStart;
    private int wordEnd;

    private WordScanner(String text, boolean splitLines, boolean trimParagraphs) {
        this.text = text;
        this.splitLines = splitLines;
        this.trimParagraphs = trimParagraphs;
        int end = text.length();
        if (splitLines) {
            while (end > 0 && isLineBreak(text.charAt(end - 1))) {
                end--;
            }
        }
        // No paragraph at all when the text is nothing but line breaks; one empty one when it is empty.
        this.limit = end;
        this.nextParagraph = end == 0 && !text.isEmpty() ? 1 : 0;
        this.paragraphEnd = -1;
    }

    /** Paragraphs between line breaks, each trimmed of spaces and control characters, and their words. */
    static WordScanner paragraphs(String text) {
        return new WordScanner(text, true, true);
    }

    /** The lines between line breaks as they are, untrimmed ({@link #paragraphStart}, {@link #paragraphEnd}). */
    static WordScanner lines(String text) {
        return new WordScanner(text, true, false);
    }

    /** The words of text taken as one paragraph, split only at ASCII white space (as {@code split("\\s+")}). */
    static WordScanner words(String text) {
        return new WordScanner(text, false, false);
    }

    /** Moves to the next paragraph (the first, at first); false when there is none. */
    boolean nextParagraph() {
        if (nextParagraph > limit) {
            return false;
        }
        int start = nextParagraph;
        int end = start;
        if (splitLines) {
            while (end < limit && !isLineBreak(text.charAt(end))) {
                end++;
            }
        } else {
            end = limit;
        }
        nextParagraph = end + (end + 1 < limit && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? 2 : 1);
        if (trimParagraphs) {
            while (start < end && text.charAt(start) <= ' ') {
                start++;
            }
            while (end > start && text.charAt(end - 1) <= ' ') {
                end--;
            }
        }
        position = start;
        paragraphStart = start;
        paragraphEnd = end;
        return true;
    }

    /** Moves to the paragraph's next word; false when it has no more. */
    boolean nextWord() {
        while (position < paragraphEnd && isSpace(text.charAt(position))) {
            position++;
        }
        if (position >= paragraphEnd) {
            return false;
        }
        wordStart = position;
        while (position < paragraphEnd && !isSpace(text.charAt(position))) {
            position++;
        }
        wordEnd = position;
        return true;
    }

    String text() {
        return text;
    }

    int paragraphStart() {
        return paragraphStart;
    }

    int paragraphEnd() {
        return paragraphEnd;
    }

    int start() {
        return wordStart;
    }

    int end() {
        return wordEnd;
    }

    /** As {@code \R}: a carriage return and line feed together count as one break. */
    static boolean isLineBreak(char c) {
        return c >= '\n' && c <= '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** As {@code \s}: ASCII white space only, so a no-break space holds its words together. */
    static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}
