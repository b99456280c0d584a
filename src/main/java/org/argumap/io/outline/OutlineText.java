package org.argumap.io.outline;

import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.argumap.model.StatementKind;

/**
 * How one statement reads in the outline. Statement text is taken as Markdown (Kialo, Reddit and
 * Lemmy write Markdown, and Argumap's own texts are plain prose), so it is not escaped; only what
 * the outline itself wraps in Markdown syntax (link texts, addresses, authors) is.
 */
final class OutlineText {
    private OutlineText() {
    }

    /** The statement as a bullet's text: title, text, source link and quote, author. May span lines. */
    static String line(Statement statement) {
        StatementContent c = statement.content();
        StringBuilder out = new StringBuilder();
        if (c.kind() == StatementKind.EVIDENCE) {
            out.append("*Source:* ");
            if (!c.text().isBlank()) {
                out.append(text(c.text())).append(" — ");
            }
            if (!c.url().isBlank()) {
                String name = c.title().isBlank() ? c.url() : c.title();
                out.append('[').append(linkText(name)).append("](").append(address(c.url())).append(')');
            } else if (!c.title().isBlank()) {
                out.append('*').append(oneLine(c.title())).append('*');
            }
            if (!c.quote().isBlank()) {
                out.append(": “").append(text(c.quote())).append('”');
            }
        } else {
            if (!c.title().isBlank()) {
                out.append("**").append(oneLine(c.title())).append(":** ");
            }
            out.append(c.text().isBlank() ? "*(no text)*" : text(c.text()));
        }
        return out.append(author(c.author())).toString();
    }

    /** The statement named again after it was written in full: its title, else the start of its text. */
    static String shortLine(Statement statement) {
        StatementContent c = statement.content();
        if (c.kind() == StatementKind.EVIDENCE) {
            String name = !c.title().isBlank() ? c.title() : !c.url().isBlank() ? c.url() : c.text();
            return "*Source:* " + excerpt(oneLine(name));
        }
        return c.title().isBlank() ? excerpt(oneLine(c.text())) : "**" + oneLine(c.title()) + "**";
    }

    /** " *(Ann)*", or nothing without an author. */
    static String author(String author) {
        return author.isBlank() ? "" : " *(" + oneLine(author).replace("*", "\\*") + ")*";
    }

    /** A main claim's heading: its title, else the start of its text, on one line. */
    static String heading(Statement claim) {
        String title = oneLine(claim.title());
        if (!title.isEmpty()) {
            return title;
        }
        String text = oneLine(claim.text());
        return text.isEmpty() ? "Main claim " + claim.id() : excerpt(text);
    }

    /** At most about 80 characters, cut at a space where there is one. */
    static String excerpt(String line) {
        if (line.length() <= 80) {
            return line;
        }
        int space = line.lastIndexOf(' ', 79);
        return line.substring(0, space > 40 ? space : 79) + " …";
    }

    /** Line ends made LF and blank lines at either end dropped. */
    static String text(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String linkText(String text) {
        return oneLine(text).replace("[", "\\[").replace("]", "\\]");
    }

    /** An address that stays one link: spaces, brackets and angle brackets percent-encoded. */
    private static String address(String url) {
        return url.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29")
                .replace("<", "%3C").replace(">", "%3E");
    }
}
