package org.argumap.io.argdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Writes text so that Argdown (and this reader) read it back as the same text: characters that
 * would start a title, {data}, a comment, front matter or an escape get a backslash; markup the
 * text already holds (links, mentions, shortcodes, bold and italic, the statement's own tags)
 * stays as it is, because the reader keeps it as written. Bold and italic markers that do not pair
 * up, which Argdown rejects, are escaped. A text at the start of a line also escapes a first
 * character that would make the line a relation, number, heading or list item.
 */
final class TextEscaper {
    private static final String ALWAYS = "\\[]<>{}";
    /** Characters that may get a backslash, which a tag right before them would take as its own. */
    private static final String MAY_ESCAPE = "<>{}#/=*_\\";
    /**
     * What may start a relation, number, heading, list item or inference line (Argdown counts
     * apostrophes as indentation there), and a comma, which would keep the {data} ending the line
     * above from being read as data.
     */
    private static final String LINE_START = "+-<>_#*(=',";

    private TextEscaper() {
    }

    /** One line: line breaks, tabs and control characters become spaces, runs of spaces one. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c == 0x7F ? ' ' : c);
        }
        return ElementReader.normalize(out.toString());
    }

    /**
     * A statement's text or an argument's description.
     *
     * @param tags       the element's tags: those in the text stay tags, other {@code #} are escaped
     * @param lineStart  whether the text begins a line
     * @param inline     receives the tags that stay in the text (the writer appends the others)
     */
    static String escape(String text, Collection<String> tags, boolean lineStart, Set<String> inline) {
        return escape(text, tags, lineStart, inline, false);
    }

    /**
     * A heading's text and {data} as the reader keeps them in a section ({@link #markBraces}): tags
     * stay where they are, {data} as written.
     */
    static String escapeHeading(String rest) {
        TokenMatcher match = new TokenMatcher(rest);
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int p = 0; p < rest.length(); p++) {
            if (isMark(rest, p)) {
                p++;
                continue;
            }
            int end = rest.charAt(p) == '{' ? match.data(p) : -1;
            if (end > p) {
                out.append(escapeHeadingWords(rest.substring(from, p))).append(' ');
                out.append(rest, p, end).append(' ');
                from = end;
                p = end - 1;
            }
        }
        out.append(escapeHeadingWords(rest.substring(from)));
        return ElementReader.normalize(out.toString());
    }

    private static String escapeHeadingWords(String marked) {
        String words = unmarkBraces(marked);
        return escape(words, Tags.parse(words), false, new java.util.HashSet<>(), true);
    }

    /**
     * A heading's text as a section keeps it, before its {data}: a brace gets a backslash, and so
     * does a backslash before a brace or backslash, so that the text's braces are not taken for
     * {data} when the heading is written again ("# a \{b\}" is read as the text "a {b}").
     */
    static String markBraces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean beforeMarked = i + 1 < text.length() && "\\{}".indexOf(text.charAt(i + 1)) >= 0;
            if (c == '{' || c == '}' || (c == '\\' && beforeMarked)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String unmarkBraces(String marked) {
        StringBuilder out = new StringBuilder(marked.length());
        for (int i = 0; i < marked.length(); i++) {
            if (isMark(marked, i)) {
                i++;
            }
            out.append(marked.charAt(i));
        }
        return out.toString();
    }

    private static boolean isMark(String s, int i) {
        return s.charAt(i) == '\\' && i + 1 < s.length() && "\\{}".indexOf(s.charAt(i + 1)) >= 0;
    }

    private static String escape(String text, Collection<String> tags, boolean lineStart, Set<String> inline,
                                 boolean tagsEndingTextStay) {
        String s = clean(text);
        boolean[] kept = protectedSpans(s, tags, inline, tagsEndingTextStay);
        boolean escapeFirst = lineStart && !s.isEmpty() && !kept[0]
                && (LINE_START.indexOf(s.charAt(0)) >= 0 || Character.isDigit(s.charAt(0)));
        boolean[] plain = kept.clone();
        if (escapeFirst) {
            plain[0] = true;
        }
        boolean balanced = isBalanced(s, plain, true) && isBalanced(s, plain, false);
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (kept[i]) {
                out.append(c);
            } else if (ALWAYS.indexOf(c) >= 0 || c == '#' || (!balanced && (c == '*' || c == '_'))
                    || (c == '/' && i + 1 < s.length() && (s.charAt(i + 1) == '/' || s.charAt(i + 1) == '*'))
                    || (c == '=' && inRunOfThree(s, i))) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        if (escapeFirst && out.charAt(0) != '\\') {
            out.insert(0, '\\');
        }
        return out.toString();
    }

    /** Inference rules: commas split rules unless written as "a, b", so other commas are escaped. */
    static String escapeRules(String scheme) {
        String s = clean(scheme);
        boolean[] kept = new boolean[s.length()];
        TokenMatcher match = new TokenMatcher(s);
        for (int p = 0; p < s.length(); ) {
            int end = match.special(p);
            if (end > p) {
                for (int i = p; i < end; i++) {
                    kept[i] = true;
                }
                p = end;
            } else {
                p++;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean next = i + 1 < s.length();
            if (!kept[i] && ("\\{<".indexOf(c) >= 0 || (c == '-' && next && s.charAt(i + 1) == '-')
                    || (c == '/' && next && (s.charAt(i + 1) == '/' || s.charAt(i + 1) == '*'))
                    || (c == ',' && !isRuleSeparator(s, i)))) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isRuleSeparator(String s, int i) {
        return i > 0 && s.charAt(i - 1) != ' ' && i + 2 < s.length() && s.charAt(i + 1) == ' '
                && s.charAt(i + 2) != ' ' && s.charAt(i + 2) != ',';
    }

    private static boolean inRunOfThree(String s, int i) {
        int start = i;
        while (start > 0 && s.charAt(start - 1) == '=') {
            start--;
        }
        int end = i;
        while (end < s.length() && s.charAt(end) == '=') {
            end++;
        }
        return end - start >= 3;
    }

    /**
     * The spans the reader keeps as written, found as Argdown's lexer finds them: shortcodes, links,
     * mentions, and tags the element has, unless they end the text (the reader would take those off).
     */
    private static boolean[] protectedSpans(String s, Collection<String> tags, Set<String> inline,
                                            boolean tagsEndingTextStay) {
        int n = s.length();
        boolean[] kept = new boolean[n];
        TokenMatcher match = new TokenMatcher(s);
        List<int[]> tagSpans = new ArrayList<>();
        List<String> tagNames = new ArrayList<>();
        int lastContent = -1;
        for (int p = 0; p < n; ) {
            int end = -1;
            String tagName = null;
            if (s.charAt(p) != '\\') {
                end = match.special(p);
                if (end < 0) {
                    end = match.link(p, n);
                }
                if (end < 0) {
                    int tagEnd = match.tag(p, n);
                    String name = tagEnd < 0 ? null : ElementReader.normalize(TokenMatcher.tagName(s.substring(p, tagEnd)));
                    boolean swallowsEscape = tagEnd > p && tagEnd < n && s.charAt(tagEnd - 1) != ' ' && MAY_ESCAPE.indexOf(s.charAt(tagEnd)) >= 0;
                    if (name != null && tags.contains(name) && !swallowsEscape) {
                        end = tagEnd;
                        tagName = name;
                    }
                }
                if (end < 0) {
                    end = match.statementMention(p, n);
                }
                if (end < 0) {
                    end = match.argumentMention(p, n);
                }
            }
            if (end > p) {
                for (int i = p; i < end; i++) {
                    kept[i] = true;
                }
                if (tagName != null) {
                    tagSpans.add(new int[] {p, end});
                    tagNames.add(tagName);
                } else {
                    lastContent = end - 1;
                }
                p = end;
            } else {
                if (s.charAt(p) != ' ') {
                    lastContent = p;
                }
                p++;
            }
        }
        for (int t = 0; t < tagSpans.size(); t++) {
            int[] span = tagSpans.get(t);
            if (!tagsEndingTextStay && lastContent >= 0 && span[0] > lastContent) {
                for (int i = span[0]; i < span[1]; i++) {
                    kept[i] = false;
                }
            } else {
                inline.add(tagNames.get(t));
            }
        }
        return kept;
    }

    /**
     * Whether bold and italic markers pair up as Argdown's lexer pairs them. Argdown does not end a
     * range right after skipped white space; whether the space was skipped depends on the token
     * before it, so both readings must pair up for the markers to be kept.
     */
    private static boolean isBalanced(String s, boolean[] kept, boolean endAfterSpace) {
        Deque<String> open = new ArrayDeque<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (kept[i] || (c != '*' && c != '_')) {
                continue;
            }
            boolean twice = i + 1 < s.length() && s.charAt(i + 1) == c && !kept[i + 1];
            String bold = "" + c + c;
            String italic = "" + c;
            boolean mayEnd = endAfterSpace || i == 0 || (s.charAt(i - 1) != ' ');
            if (twice && bold.equals(open.peek()) && mayEnd && endsRange(s, i + 2)) {
                open.pop();
                i++;
            } else if (italic.equals(open.peek()) && mayEnd && endsRange(s, i + 1)) {
                open.pop();
            } else if (twice && startsRange(s, i + 2)) {
                open.push(bold);
                i++;
            } else if (startsRange(s, i + 1)) {
                open.push(italic);
            }
        }
        return open.isEmpty();
    }

    /** Argdown's end-of-range lookahead, on the text as written: a brace there gets a backslash first. */
    private static boolean endsRange(String s, int j) {
        return j >= s.length() || " \t)_.,!?;:-*".indexOf(s.charAt(j)) >= 0;
    }

    private static boolean startsRange(String s, int j) {
        return j >= s.length() || !TokenMatcher.isJsSpace(s.charAt(j));
    }
}
