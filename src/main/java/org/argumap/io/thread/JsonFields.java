package org.argumap.io.thread;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.argumap.io.MapReadException;
import org.argumap.io.json.LocatedTree;

/**
 * Lenient typed access to the fields of a thread's JSON: a field of the wrong type reads as absent,
 * because sites add, drop and retype fields over the years and a comment is worth keeping even
 * when one of its details is odd.
 */
final class JsonFields {
    /** Seconds since 1970 that any real post can have (up to the year 9999). */
    private static final double MAX_EPOCH_SECONDS = 253_402_300_799d;

    private JsonFields() {
    }

    /** The document as a located tree; {@code what} names the expected content for the empty-file message. */
    static LocatedTree parse(byte[] content, Path file, String what) throws MapReadException {
        LocatedTree json = LocatedTree.parse(content, file);
        if (json.root() == null) {
            throw new MapReadException(file, 1, 1, "The file is empty; " + what + " is a JSON document.");
        }
        return json;
    }

    /** The text of the first of these fields that has any: the same thing under the names of several sites or versions. */
    static String firstText(JsonNode object, String... fields) {
        for (String field : fields) {
            String value = text(object, field);
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    /** The text of a field, or "" when it is absent, null or not text. */
    static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && value.isTextual() ? value.textValue() : "";
    }

    /** A whole number, or null when absent or not a whole number that fits a long. */
    static Long integer(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || !value.isNumber()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.canConvertToLong() ? value.longValue() : null;
        }
        double d = value.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 9.0e18 ? (long) d : null;
    }

    static boolean isTrue(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && value.isBoolean() && value.booleanValue();
    }

    /** The object in a field, or null. */
    static JsonNode object(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && value.isObject() ? value : null;
    }

    /** Seconds since 1970 (Reddit's {@code created_utc}) as ISO 8601, or "" when absent or absurd. */
    static String epochSeconds(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || !value.isNumber()) {
            return "";
        }
        double seconds = value.doubleValue();
        if (Double.isNaN(seconds) || Math.abs(seconds) > MAX_EPOCH_SECONDS) {
            return "";
        }
        return Instant.ofEpochSecond((long) Math.floor(seconds)).toString();
    }

    /**
     * A timestamp as Lemmy writes it ("2023-06-01T12:00:00.123456Z", or without a zone in older
     * versions, meaning UTC) as ISO 8601 in UTC; text that is no timestamp is kept as written.
     */
    static String timestamp(JsonNode object, String... fields) {
        String written = firstText(object, fields).strip();
        if (written.isEmpty()) {
            return "";
        }
        try {
            return OffsetDateTime.parse(written).toInstant().toString();
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(written).toInstant(ZoneOffset.UTC).toString();
            } catch (DateTimeException again) {
                return written;
            }
        }
    }
}
