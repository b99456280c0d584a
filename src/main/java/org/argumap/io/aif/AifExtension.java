package org.argumap.io.aif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceFlavour;
import org.argumap.model.InferenceType;
import org.argumap.model.MapInfo;
import org.argumap.model.StatementContent;
import org.argumap.model.StatementKind;
import org.argumap.model.Verdict;
import org.argumap.io.json.Place;

/**
 * Argumap's own field, {@code "argumap": {…}}, on AIF nodes and at the top of the file: what AIF has
 * no place for (evidence, titles, tags, notes, data, flavours, the user's judgements, the map's
 * title…), so that a map
 * survives a trip through AIF. The writer puts there only what the AIF parts alone would not give
 * back; the reader starts from what the AIF parts mean and lets these fields win. Other programs
 * ignore the field; a broken value in it is a warning, never an error.
 */
final class AifExtension {
    static final String FIELD = "argumap";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AifExtension() {
    }

    // ---- writing: only what differs from what the AIF parts mean -------------------------------

    static ObjectNode statement(StatementContent meant, StatementContent actual) {
        ObjectNode out = JSON.objectNode();
        if (meant.kind() != actual.kind()) {
            out.put("kind", word(actual.kind()));
        }
        text(out, "title", meant.title(), actual.title());
        text(out, "author", meant.author(), actual.author());
        list(out, "tags", meant.tags(), actual.tags());
        text(out, "notes", meant.notes(), actual.notes());
        text(out, "url", meant.url(), actual.url());
        text(out, "quote", meant.quote(), actual.quote());
        text(out, "date", meant.date(), actual.date());
        if (meant.verdict() != actual.verdict()) {
            out.put("verdict", word(actual.verdict()));
        }
        percent(out, "rating", meant.rating(), actual.rating());
        data(out, meant.data(), actual.data());
        return out.isEmpty() ? null : out;
    }

    static ObjectNode inference(InferenceContent meant, InferenceContent actual) {
        ObjectNode out = JSON.objectNode();
        if (meant.type() != actual.type()) {
            out.put("type", word(actual.type()));
        }
        if (meant.flavour() != actual.flavour()) {
            out.put("flavour", word(actual.flavour()));
        }
        text(out, "title", meant.title(), actual.title());
        text(out, "description", meant.description(), actual.description());
        text(out, "scheme", meant.scheme(), actual.scheme());
        text(out, "author", meant.author(), actual.author());
        percent(out, "strength", meant.strength(), actual.strength());
        data(out, meant.data(), actual.data());
        return out.isEmpty() ? null : out;
    }

    static ObjectNode info(MapInfo meant, MapInfo actual) {
        ObjectNode out = JSON.objectNode();
        text(out, "title", meant.title(), actual.title());
        text(out, "description", meant.description(), actual.description());
        text(out, "sourceUrl", meant.sourceUrl(), actual.sourceUrl());
        list(out, "authors", meant.authors(), actual.authors());
        text(out, "created", instant(meant.created()), instant(actual.created()));
        text(out, "modified", instant(meant.modified()), instant(actual.modified()));
        return out.isEmpty() ? null : out;
    }

    private static void text(ObjectNode out, String field, String meant, String actual) {
        if (!meant.equals(actual)) {
            out.put(field, actual);
        }
    }

    /** Unrated is written as null, which only an override of a rated meaning needs. */
    private static void percent(ObjectNode out, String field, int meant, int actual) {
        if (meant != actual) {
            if (actual == StatementContent.UNRATED) {
                out.putNull(field);
            } else {
                out.put(field, actual);
            }
        }
    }

    private static void list(ObjectNode out, String field, List<String> meant, List<String> actual) {
        if (!meant.equals(actual)) {
            ArrayNode items = out.putArray(field);
            actual.forEach(items::add);
        }
    }

    private static void data(ObjectNode out, Map<String, String> meant, Map<String, String> actual) {
        if (!meant.equals(actual)) {
            ObjectNode data = out.putObject("data");
            actual.forEach(data::put);
        }
    }

    private static String instant(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** As the map file names it: "support", "off-topic". */
    static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // ---- reading: the AIF meaning, overridden by what the field says ---------------------------

    static StatementContent statement(StatementContent meant, ObjectNode own, Place at, String who, Warnings warnings) {
        if (own == null) {
            return meant;
        }
        Fields f = new Fields(own, at, who, warnings);
        return new StatementContent(f.word("kind", StatementKind.class, meant.kind()), f.text("title", meant.title()),
                meant.text(), f.text("author", meant.author()), f.list("tags", meant.tags()), f.text("notes", meant.notes()),
                f.text("url", meant.url()), f.text("quote", meant.quote()), f.text("date", meant.date()),
                f.data(meant.data()), f.word("verdict", Verdict.class, meant.verdict()), f.percent("rating", meant.rating()));
    }

    static InferenceContent inference(InferenceContent meant, ObjectNode own, Place at, String who, Warnings warnings) {
        if (own == null) {
            return meant;
        }
        Fields f = new Fields(own, at, who, warnings);
        return new InferenceContent(f.word("type", InferenceType.class, meant.type()),
                f.word("flavour", InferenceFlavour.class, meant.flavour()), f.text("title", meant.title()),
                f.text("description", meant.description()), f.text("scheme", meant.scheme()),
                f.text("author", meant.author()), f.data(meant.data()), f.percent("strength", meant.strength()));
    }

    static MapInfo info(MapInfo meant, ObjectNode own, Place at, Warnings warnings) {
        if (own == null) {
            return meant;
        }
        Fields f = new Fields(own, at, "the file", warnings);
        return new MapInfo(f.text("title", meant.title()), f.text("description", meant.description()),
                f.text("sourceUrl", meant.sourceUrl()), f.list("authors", meant.authors()),
                f.instant("created", meant.created()), f.instant("modified", meant.modified()));
    }

    /** Reads fields of one "argumap" object, reporting each unusable value and keeping the AIF meaning. */
    private record Fields(ObjectNode own, Place at, String who, Warnings warnings) {
        String text(String field, String fallback) {
            JsonNode value = own.get(field);
            if (value == null) {
                return fallback;
            }
            if (value.isTextual()) {
                return value.asText();
            }
            return ignored(field, "text", fallback);
        }

        List<String> list(String field, List<String> fallback) {
            JsonNode value = own.get(field);
            if (value == null) {
                return fallback;
            }
            List<String> items = new ArrayList<>();
            if (value.isArray()) {
                for (JsonNode item : value) {
                    if (!item.isTextual()) {
                        return ignored(field, "a list of texts", fallback);
                    }
                    items.add(item.asText());
                }
                return items;
            }
            return ignored(field, "a list of texts", fallback);
        }

        Map<String, String> data(Map<String, String> fallback) {
            JsonNode value = own.get("data");
            if (value == null) {
                return fallback;
            }
            Map<String, String> data = new LinkedHashMap<>();
            if (value.isObject()) {
                for (Map.Entry<String, JsonNode> entry : value.properties()) {
                    if (!entry.getValue().isTextual()) {
                        return ignored("data", "an object of texts", fallback);
                    }
                    data.put(entry.getKey(), entry.getValue().asText());
                }
                return data;
            }
            return ignored("data", "an object of texts", fallback);
        }

        <E extends Enum<E>> E word(String field, Class<E> type, E fallback) {
            String word = text(field, null);
            if (word == null) {
                return fallback;
            }
            for (E constant : type.getEnumConstants()) {
                if (AifExtension.word(constant).equals(word)) {
                    return constant;
                }
            }
            return ignored(field, "one of " + Arrays.stream(type.getEnumConstants()).map(AifExtension::word).toList(), fallback);
        }

        int percent(String field, int fallback) {
            JsonNode value = own.get(field);
            if (value == null) {
                return fallback;
            }
            if (value.isNull()) {
                return StatementContent.UNRATED;
            }
            if (value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 0 && value.intValue() <= 100) {
                return value.intValue();
            }
            return ignored(field, "a whole percentage from 0 to 100", fallback);
        }

        Instant instant(String field, Instant fallback) {
            String value = text(field, null);
            if (value == null) {
                return fallback;
            }
            try {
                return value.isEmpty() ? null : Instant.parse(value);
            } catch (DateTimeParseException e) {
                return ignored(field, "a date and time such as 2026-11-24T09:30:00Z", fallback);
            }
        }

        private <T> T ignored(String field, String expected, T fallback) {
            warnings.add(at, "the " + FIELD + " field '" + field + "' of " + who + " should be " + expected + "; ignored.");
            return fallback;
        }
    }
}
