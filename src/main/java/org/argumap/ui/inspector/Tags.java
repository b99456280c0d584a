package org.argumap.ui.inspector;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Tags as one line of text in the inspector: "cyber, history", with or without the leading #. */
final class Tags {
    private Tags() {
    }

    /** The tags in this line, in order, each once, without # and surrounding spaces. */
    static List<String> parse(String line) {
        Set<String> tags = new LinkedHashSet<>();
        for (String part : line.split(",")) {
            String tag = part.strip().replaceFirst("^#+", "").strip();
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        return List.copyOf(tags);
    }

    static String format(List<String> tags) {
        return String.join(", ", tags);
    }

    /**
     * The tags of a box after a change made to several boxes at once: the tags all of them shared
     * ({@code before}) are replaced by {@code after}, and each box keeps the tags only it had.
     */
    static List<String> replaceShared(List<String> own, List<String> before, List<String> after) {
        Set<String> result = new LinkedHashSet<>(own);
        before.stream().filter(tag -> !after.contains(tag)).forEach(result::remove);
        result.addAll(after);
        return List.copyOf(result);
    }
}
