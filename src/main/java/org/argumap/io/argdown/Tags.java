package org.argumap.io.argdown;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Tags as Argdown writes them: {@code #tag} when the name allows it, else {@code #(tag name)}. */
final class Tags {
    private Tags() {
    }

    static String format(String tag) {
        String name = tag.replace('\n', ' ').replace(')', ']').strip();
        boolean simple = !name.isEmpty();
        for (int i = 0; i < name.length() && simple; i++) {
            simple = TokenMatcher.isTagChar(name.charAt(i));
        }
        return simple ? "#" + name : "#(" + name + ")";
    }

    static String format(Collection<String> tags) {
        return format(tags, null);
    }

    /**
     * Tags written on the line of a bare reference {@code [Title]} or {@code <Title>}, which Argdown
     * would read as a definition running to the first {@code ]:} or {@code >:} further on: that
     * colon ({@code definitionEnd}) becomes a full-width one, since nothing escapes inside a tag.
     *
     * @param definitionEnd {@code "]:"}, {@code ">:"}, or null after anything else
     */
    static String format(Collection<String> tags, String definitionEnd) {
        List<String> out = new ArrayList<>();
        for (String tag : tags) {
            if (!tag.isBlank()) {
                String written = format(tag);
                out.add(definitionEnd == null ? written
                        : written.replace(definitionEnd, definitionEnd.charAt(0) + "\uFF1A"));
            }
        }
        return String.join(" ", out);
    }

    /** The tag names in a text such as {@code #a #(b c)}. */
    static List<String> parse(String text) {
        TokenMatcher match = new TokenMatcher(text);
        List<String> tags = new ArrayList<>();
        int p = 0;
        while (p < text.length()) {
            int end = match.tag(p, text.length());
            if (end > p) {
                tags.add(ElementReader.normalize(TokenMatcher.tagName(text.substring(p, end))));
                p = end;
            } else {
                p++;
            }
        }
        return tags;
    }
}
