package org.argumap.render;

import org.argumap.text.DisplayText;

/**
 * The first words of a box, for reading it far out: its title, or for a box without one (a reply
 * in an imported thread) the start of its text as displayed (Markdown as words), on one line, cut
 * after a whole word with "…" where more follows. Long enough to fill any box at any size it is
 * drawn at far out, and short enough that fitting it costs the same for a line as for a long
 * comment. A quoted passage a reply answers is left out when the reply says something of its own:
 * its own words say what it is.
 */
final class Glance {
    /** More than the largest box shows far out: about eight lines of thirty characters. */
    static final int MAX_CHARACTERS = 240;

    private static final String QUOTE_MARK = DisplayText.QUOTE.strip();

    private Glance() {
    }

    /** @param title the title as drawn, or empty; @param text the text as displayed (see {@link DisplayText}) */
    static String of(String title, String text) {
        return title.isBlank() ? firstWords(ownWords(text)) : firstWords(title);
    }

    private static String ownWords(String text) {
        if (!hasLineBreak(text)) {
            return text; // one line: its own words, or (a quote alone) the text anyway
        }
        StringBuilder own = new StringBuilder();
        WordScanner lines = WordScanner.lines(text);
        while (lines.nextParagraph()) {
            if (!text.startsWith(QUOTE_MARK, lines.paragraphStart())) {
                own.append(text, lines.paragraphStart(), lines.paragraphEnd()).append(' ');
            }
        }
        return own.toString().isBlank() ? text : own.toString();
    }

    static String firstWords(String text) {
        String stripped = text.strip();
        if (stripped.length() < MAX_CHARACTERS && isSpacedOnce(stripped)) {
            return stripped; // already its words, one space apart, and short enough: most boxes
        }
        StringBuilder words = new StringBuilder();
        WordScanner scanner = WordScanner.words(stripped);
        scanner.nextParagraph();
        while (scanner.nextWord()) {
            int start = scanner.start();
            int length = scanner.end() - start;
            if (words.length() + 1 + length > MAX_CHARACTERS) {
                return words.length() == 0 ? stripped.substring(start, start + MAX_CHARACTERS) + "…" : words + "…";
            }
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append(stripped, start, start + length);
        }
        return words.toString();
    }

    private static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (WordScanner.isLineBreak(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the only white space between words is a single ordinary space. */
    private static boolean isSpacedOnce(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (WordScanner.isSpace(c) && (c != ' ' || i + 1 < text.length() && text.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return true;
    }
}
