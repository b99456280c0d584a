package org.argumap.io.argdown;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.argumap.io.MapReadException;
import org.argumap.io.argdown.ArgdownLexer.RawFrontMatter;
import org.argumap.io.argdown.YamlReader.YamlException;
import org.argumap.model.MapInfo;

/**
 * What the front matter says: the map's title, description ({@code subTitle} or
 * {@code description}), authors, date and source, and the two model settings that change what
 * Argdown reads ({@code model: {mode: strict}} and {@code transformArgumentRelations}). Other keys
 * configure Argdown's own views (dot, color, group, …); the map has no place for them, so they are
 * named in a warning.
 */
record FrontMatter(MapInfo info, boolean strict, boolean transformArgumentRelations) {
    static final FrontMatter NONE = new FrontMatter(MapInfo.EMPTY, false, true);

    static FrontMatter read(RawFrontMatter raw, SourceText source, List<String> warnings) throws MapReadException {
        if (raw == null) {
            return NONE;
        }
        Map<String, Object> yaml;
        try {
            yaml = YamlReader.parseBlockMapping(raw.content());
        } catch (YamlException e) {
            int at = raw.contentOffset() + e.index;
            if (e.limit) {
                throw source.error(at, "The front matter is refused: " + e.getMessage() + ".");
            }
            warnings.add(source.place(at) + ": the front matter is not YAML (" + e.getMessage() + "); it is ignored");
            return NONE;
        }
        String place = "line " + source.line(raw.offset());
        MapInfo info = MapInfo.EMPTY;
        boolean strict = false;
        boolean transform = true;
        List<String> ignored = new ArrayList<>();
        for (Map.Entry<String, Object> entry : yaml.entrySet()) {
            Object value = entry.getValue();
            switch (entry.getKey()) {
                case "title" -> info = info.withTitle(text(value));
                case "description" -> info = info.withDescription(text(value));
                case "subTitle", "subtitle" -> {
                    if (!yaml.containsKey("description")) {
                        info = info.withDescription(text(value));
                    }
                }
                case "author", "authors" -> info = info.withAuthors(authors(value));
                case "url", "source" -> info = info.withSourceUrl(text(value));
                case "date" -> info = info.withCreated(date(value, place, warnings));
                case "model" -> {
                    if (value instanceof Map<?, ?> model) {
                        for (Map.Entry<?, ?> setting : model.entrySet()) {
                            String key = String.valueOf(setting.getKey());
                            String v = text(setting.getValue());
                            if (key.equals("mode")) {
                                strict = v.equalsIgnoreCase("strict");
                            } else if (key.equals("transformArgumentRelations")) {
                                transform = !v.equalsIgnoreCase("false");
                            } else {
                                ignored.add("model." + key);
                            }
                        }
                    } else {
                        ignored.add("model");
                    }
                }
                default -> ignored.add(entry.getKey());
            }
        }
        if (!ignored.isEmpty()) {
            warnings.add(place + ": front matter settings for Argdown's own views are not kept: " + String.join(", ", ignored));
        }
        return new FrontMatter(info, strict, transform);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof String s ? s : YamlText.toFlow(value);
    }

    private static List<String> authors(Object value) {
        List<String> authors = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> authors.add(text(item)));
        } else if (value != null) {
            authors.add(text(value));
        }
        return authors;
    }

    /** ISO dates and times only; 19/10/2018 could be either of two days. */
    private static Instant date(Object value, String place, List<String> warnings) {
        String text = text(value).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notADateTime) {
                try {
                    return Instant.parse(text);
                } catch (DateTimeParseException notAnInstant) {
                    warnings.add(place + ": the date '" + text + "' is not an ISO date such as 2018-10-19; it is not kept");
                    return null;
                }
            }
        }
    }
}
