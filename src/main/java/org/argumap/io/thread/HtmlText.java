package org.argumap.io.thread;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML that Hacker News and Discourse send for a comment, written back as the Markdown a
 * person would have typed: paragraphs, line breaks, links, emphasis, quotes, list items and code.
 * Any other tag is dropped with its words kept; scripts and styles never occur in these answers,
 * and are dropped whole if they do. Reddit and Lemmy send Markdown already.
 */
final class HtmlText {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("href\\s*=\\s*(\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "hellip", "…", "mdash", "—", "ndash", "–");

    private HtmlText() {
    }

    static String toMarkdown(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Deque<String> links = new ArrayDeque<>();
        Deque<Integer> linkStarts = new ArrayDeque<>();
        int quoteDepth = 0;
        boolean pre = false;
        String skipping = null;
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            if (skipping == null) {
                text(html.substring(at, tag.start()), pre, out);
            }
            at = tag.end();
            if (tag.group(2) == null) {
                continue; // a comment
            }
            boolean closing = !tag.group(1).isEmpty();
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (skipping != null) {
                if (closing && name.equals(skipping)) {
                    skipping = null;
                }
                continue;
            }
            switch (name) {
                case "script", "style" -> skipping = closing ? null : name;
                case "p", "div" -> paragraph(out, quoteDepth);
                case "br" -> out.append('\n').append("> ".repeat(quoteDepth));
                case "blockquote" -> {
                    quoteDepth = Math.max(0, quoteDepth + (closing ? -1 : 1));
                    paragraph(out, quoteDepth);
                }
                case "li" -> {
                    if (!closing) {
                        lineStart(out);
                        out.append("- ");
                    }
                }
                case "ul", "ol" -> paragraph(out, quoteDepth);
                case "pre" -> {
                    pre = !closing;
                    if (!closing) {
                        paragraph(out, quoteDepth);
                        out.append("```\n");
                    } else {
                        lineStart(out);
                        out.append("```");
                        paragraph(out, quoteDepth);
                    }
                }
                case "code" -> {
                    if (!pre) {
                        out.append('`');
                    }
                }
                case "i", "em" -> out.append('*');
                case "b", "strong" -> out.append("**");
                case "h1", "h2", "h3", "h4", "h5", "h6" -> paragraph(out, quoteDepth);
                case "a" -> {
                    if (!closing) {
                        Matcher href = HREF.matcher(tag.group(3));
                        links.push(href.find() ? decode(href.group(2) != null ? href.group(2) : href.group(3)) : "");
                        linkStarts.push(out.length());
                    } else if (!links.isEmpty()) {
                        String url = links.pop();
                        int start = linkStarts.pop();
                        String words = out.substring(start);
                        // HN shortens long addresses in the words ("https://example.com/a/very/lo...").
                        if (!url.isEmpty() && !words.equals(url) && !(words.endsWith("...") && url.startsWith(words.substring(0, words.length() - 3)))) {
                            out.insert(start, '[').append("](").append(url).append(')');
                        } else if (!url.isEmpty()) {
                            out.setLength(start);
                            out.append(url);
                        }
                    }
                }
                default -> {
                    // other tags (span, img, aside…) give way to their words
                }
            }
        }
        if (skipping == null) {
            text(html.substring(at), pre, out);
        }
        // A quote's paragraph breaks leave lines of bare "> " marks; they carry nothing.
        return out.toString().replaceAll("(?m)^(?:> ?)+$", "").replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void text(String raw, boolean pre, StringBuilder out) {
        String decoded = decode(raw);
        out.append(pre ? decoded : decoded.replaceAll("\\s+", " "));
    }

    private static void paragraph(StringBuilder out, int quoteDepth) {
        if (out.isEmpty()) {
            out.append("> ".repeat(quoteDepth));
            return;
        }
        trimTrailingSpaces(out);
        out.append("\n\n").append("> ".repeat(quoteDepth));
    }

    private static void lineStart(StringBuilder out) {
        trimTrailingSpaces(out);
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static void trimTrailingSpaces(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    /** Character references; one that names nothing is kept as written. */
    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String replacement = entity.group();
            if (name.startsWith("#")) {
                boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
                int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                if (Character.isValidCodePoint(code) && code != 0) {
                    replacement = new String(Character.toChars(code));
                }
            } else {
                replacement = NAMED.getOrDefault(name.toLowerCase(Locale.ROOT), replacement);
            }
            entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(out);
        return out.toString();
    }
}
