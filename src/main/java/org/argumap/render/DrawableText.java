package org.argumap.render;

/**
 * Text as it may be drawn: without control characters, which fonts draw as empty boxes and which
 * XML (an SVG export) forbids outright, and without halves of surrogate pairs, which no font can
 * draw. Tabs become spaces; line breaks are kept for text that wraps and become spaces on one line.
 */
public final class DrawableText {
    private DrawableText() {
    }

    /** Text for several lines: its line breaks (as {@code \n}) are kept. */
    public static String lines(String text) {
        return clean(text, true);
    }

    /** Text for one line. */
    public static String oneLine(String text) {
        return clean(text, false);
    }

    private static String clean(String text, boolean keepBreaks) {
        if (isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\n' || c == '\r') {
                boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
                if (!crlf) {
                    out.append(keepBreaks ? '\n' : ' ');
                }
            } else if (c == '\t' || c == '\u000b' || c == '\u000c') {
                out.append(' ');
            } else if (!Character.isISOControl(c) && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
        }
        return true;
    }
}
