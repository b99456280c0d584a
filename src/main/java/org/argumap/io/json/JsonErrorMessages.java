package org.argumap.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argumap.io.Limits;

/** Turns Jackson's messages, written for programmers, into sentences for the person who chose the file. */
public final class JsonErrorMessages {
    private static final Pattern CONSTRAINT = Pattern.compile("^([A-Za-z ]+?)\\s*\\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    private JsonErrorMessages() {
    }

    /** A sentence for a JSON syntax error or a refused safety limit. */
    public static String syntax(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return "The file exceeds a safety limit and was not read: " + constraint(e.getOriginalMessage()) + ".";
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Unexpected end-of-input")) {
            return "The file ends too early: a closing bracket or quote is missing (was the file cut off?).";
        }
        if (message.startsWith("Duplicate field")) {
            return message.replace("Duplicate field", "The same field appears twice in one object:");
        }
        if (message.startsWith("Trailing token")) {
            return "There is more after the end of the map: the file holds a second JSON value.";
        }
        if (message.contains("was expecting comma to separate Object entries")) {
            return "This is not valid JSON: a comma is missing before this field.";
        }
        if (message.contains("was expecting comma to separate Array entries")) {
            return "This is not valid JSON: a comma is missing between two list items.";
        }
        if (message.startsWith("Invalid UTF-8")) {
            return "The file is not UTF-8 text: " + firstLine(message);
        }
        if (message.contains("was expecting double-quote to start field name")) {
            return "A field name must be in double quotes here (is there a trailing comma?).";
        }
        return "This is not valid JSON: " + firstLine(message);
    }

    /**
     * Jackson's "String value length (N) exceeds the maximum allowed (M, from `…`)" as the limits
     * are named everywhere else (reliability.md, Limits).
     */
    private static String constraint(String message) {
        Matcher numbers = CONSTRAINT.matcher(message == null ? "" : message);
        if (!numbers.find()) {
            return message == null ? "" : message.replaceAll(",?\\s*from\\s*`[^`]*`", "").strip();
        }
        String subject = numbers.group(1).strip();
        long found = Long.parseLong(numbers.group(2));
        long max = Long.parseLong(numbers.group(3));
        return switch (subject) {
            case "Document nesting depth" -> "it nests " + Limits.count(found) + " levels deep, and Argumap reads up to "
                    + Limits.count(max) + " levels (limit of nesting)";
            case "String value length" -> "a text is " + Limits.count(found) + " characters long, and Argumap reads texts"
                    + " of up to " + Limits.count(max) + " characters (limit of text length)";
            case "Name length" -> "a field name is " + Limits.count(found) + " characters long, and Argumap reads names"
                    + " of up to " + Limits.count(max) + " characters (limit of text length)";
            case "Document length" -> "the file is longer than " + Limits.megabytes(max) + ", the most Argumap reads"
                    + " (limit of file size)";
            case "Number value length" -> "a number is " + Limits.count(found) + " characters long, and Argumap reads"
                    + " numbers of up to " + Limits.count(max) + " characters (limit of number length)";
            default -> subject + " " + Limits.count(found) + " is more than " + Limits.count(max);
        };
    }

    /** "… should be text, but is a number." for a value of the wrong type. */
    static String mismatch(MismatchedInputException e, String where, JsonNode found) {
        return where + " should be " + expected(e.getTargetType()) + ", but is " + describe(found) + ".";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "something else";
        }
        if (type == String.class) {
            return "text in double quotes";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list [ … ]";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object { … }";
        }
        return "a " + type.getSimpleName();
    }

    /** "a list", "text", "a number": what a value is, for messages. */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return "text";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "true/false";
        }
        if (node.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
