package org.argumap.analysis.summary;

import java.util.regex.Pattern;

/**
 * Comment text made safe for one line of Markdown that Reddit, Lemmy and Discourse all render
 * alike: the comment's own Markdown is flattened to its words (links to their text, quotes,
 * headings and list marks dropped, lines joined), and what is left that any of the three would
 * read as markup is escaped with a backslash, which all three honour.
 */
final class SummaryText {
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]\\n]*)]\\([^)\\n]*\\)");
    private static final Pattern LINE_MARK = Pattern.compile("(?m)^\\s*(?:>\\s*)+|^\\s*#{1,6}\\s+|^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+");
    private static final Pattern STRONG = Pattern.compile("\\*\\*|__|~~");
    private static final Pattern LIST_START = Pattern.compile("^(\\d*)([.)+-])(?=\\s|$)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** CommonMark lets any ASCII punctuation be escaped; these are the ones the three sites give a meaning inline. */
    private static final String SPECIAL = "\\`*_[]<>|~^#";

    private SummaryText() {
    }

    /** The words of a comment on one line, unescaped. */
    static String words(String markdown) {
        String text = LINK.matcher(markdown).replaceAll("$1");
        text = LINE_MARK.matcher(text).replaceAll("");
        text = STRONG.matcher(text).replaceAll("");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /**
     * At most {@code max} characters, cut at a word boundary and ended with "…" when cut; a single
     * word longer than that is cut where it must be.
     */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        int space = text.lastIndexOf(' ', end);
        if (space > max / 2) {
            end = space;
        } else if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        String cut = text.substring(0, end).stripTrailing();
        while (!cut.isEmpty() && ",;:-–—(".indexOf(cut.charAt(cut.length() - 1)) >= 0) {
            cut = cut.substring(0, cut.length() - 1).stripTrailing();
        }
        return cut + "…";
    }

    /** Backslashes before what would be read as markup. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A comment's words, shortened, then escaped (so an escape is never cut in two). */
    static String line(String markdown, int max) {
        String line = escape(shorten(words(markdown), max));
        // At the start of a list item, "1984. " or "- " would open a list of its own.
        return LIST_START.matcher(line).replaceFirst("$1\\\\$2");
    }

    /**
     * The address as a link destination all three sites read: web addresses only, with the
     * characters that would end a destination early percent-encoded. Empty for anything else.
     */
    static String destination(String url) {
        String address = url == null ? "" : url.strip();
        if (!address.startsWith("https://") && !address.startsWith("http://")) {
            return "";
        }
        return address.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")
                .replace(">", "%3E");
    }
}
