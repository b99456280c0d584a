package org.argumap.io.kialo;

/**
 * Undoes the backslashes Kialo's export puts before brackets and parentheses ({@code \(as many
 * do\)}, {@code \[1\]}), which readers would otherwise see in every box. Only where the bare
 * character means the same in Markdown, as the text stays Markdown: a {@code \]} right before
 * {@code (} or {@code :} keeps its backslash, since {@code [words](…)} would become a link and
 * {@code [words]:} a link definition. Other escapes ({@code \*}) are left to the Markdown reading.
 */
final class KialoEscapes {
    private KialoEscapes() {
    }

    static String undo(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && undoable(text, i + 1)) {
                continue;
            }
            out.append(c);
            if (c == '\\' && i + 1 < text.length()) {
                // An escaped character, whether kept or not, is not itself the start of an escape.
                out.append(text.charAt(++i));
            }
        }
        return out.toString();
    }

    private static boolean undoable(String text, int at) {
        char c = text.charAt(at);
        if (c == '(' || c == ')' || c == '[') {
            return true;
        }
        if (c != ']') {
            return false;
        }
        int next = at + 1;
        if (next < text.length() && text.charAt(next) == '\\') {
            next++;
        }
        return next >= text.length() || (text.charAt(next) != '(' && text.charAt(next) != ':');
    }
}
