package org.argumap.io.argdown;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.argumap.model.MapInfo;

/**
 * The front matter for a map's title, description (as {@code subTitle}), authors, creation date
 * and source, and strict mode when the document needs it. Values are always quoted, with
 * {@code =} escaped: Argdown ends front matter at the next {@code ===} wherever it stands.
 */
final class FrontMatterWriter {
    private FrontMatterWriter() {
    }

    /** The front matter with its {@code ===} lines, or the empty string if there is nothing to say. */
    static String write(MapInfo info, boolean strict) {
        List<String> lines = new ArrayList<>();
        if (!info.title().isEmpty()) {
            lines.add("title: " + quote(info.title()));
        }
        if (!info.description().isEmpty()) {
            lines.add("subTitle: " + quote(info.description()));
        }
        if (info.authors().size() == 1) {
            lines.add("author: " + quote(info.authors().get(0)));
        } else if (!info.authors().isEmpty()) {
            lines.add("author:");
            info.authors().forEach(author -> lines.add("  - " + quote(author)));
        }
        if (info.created() != null) {
            lines.add("date: " + date(info.created()));
        }
        if (!info.sourceUrl().isEmpty()) {
            lines.add("url: " + quote(info.sourceUrl()));
        }
        if (strict) {
            lines.add("model:");
            lines.add("  mode: strict");
        }
        return lines.isEmpty() ? "" : "===\n" + String.join("\n", lines) + "\n===\n";
    }

    private static String date(Instant created) {
        var time = created.atOffset(ZoneOffset.UTC);
        return time.toLocalTime().toSecondOfDay() == 0 && time.getNano() == 0
                ? time.toLocalDate().toString() : quote(created.toString());
    }

    private static String quote(String value) {
        return YamlText.quote(value).replace("=", "\\u003D");
    }
}
