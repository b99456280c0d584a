package org.argumap.io.argdown;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The YAML most Argdown files hold, read without SnakeYAML: {data} such as
 * {@code {kind: evidence, url: https://example.org/1}} and front matter of {@code key: value}
 * lines with plain or double-quoted values. A debate of 10,000 statements has over a thousand
 * such {data}, each of which SnakeYAML parsed twice (its shape checked, then composed); and
 * SnakeYAML's first use costs a small conversion's start a good part of its time.
 *
 * <p>Only text whose meaning is beyond doubt is read here, to exactly what {@link YamlReader}
 * makes of it through SnakeYAML (ArgdownPlainYamlProperties compares the two); anything else, a comment,
 * a quote in a flow mapping, an escape, an indented line, a character YAML treats specially,
 * is left to SnakeYAML ({@code null}).
 */
final class PlainYaml {
    private PlainYaml() {
    }

    /** The mapping {@code text} holds, or null when it is not of the plain kinds read here. */
    static Map<String, Object> read(String text) {
        if (text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0) {
            return null;
        }
        if (text.length() >= 2 && text.charAt(0) == '{' && text.charAt(text.length() - 1) == '}') {
            return flowMapping(text.substring(1, text.length() - 1));
        }
        return blockMapping(text);
    }

    /** {@code key: value, key: value} on one line, words only. */
    private static Map<String, Object> flowMapping(String inside) {
        if (inside.indexOf('\n') >= 0) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        if (inside.isBlank()) {
            return map;
        }
        int start = 0;
        while (start <= inside.length()) {
            int comma = inside.indexOf(',', start);
            int end = comma < 0 ? inside.length() : comma;
            String pair = inside.substring(start, end).strip();
            int colon = pair.indexOf(": ");
            if (colon <= 0) {
                return null;
            }
            String key = pair.substring(0, colon);
            String value = pair.substring(colon + 2).strip();
            if (!isPlainKey(key) || !isPlainValue(value)) {
                return null;
            }
            map.put(ElementReader.normalize(key), ElementReader.normalize(value));
            start = end + 1;
        }
        return map;
    }

    /** Lines of {@code key: value} from the first column, values plain or in double quotes without escapes. */
    private static Map<String, Object> blockMapping(String text) {
        Map<String, Object> map = new LinkedHashMap<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            String line = text.substring(start, end);
            start = end + 1;
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !isPlainKey(line.substring(0, colon))) {
                return null;
            }
            String rest = line.substring(colon + 1);
            if (rest.isBlank()) {
                map.put(ElementReader.normalize(line.substring(0, colon)), null);
                continue;
            }
            if (rest.charAt(0) != ' ') {
                return null;
            }
            String value = rest.strip();
            Object read;
            if (value.charAt(0) == '"') {
                read = quoted(value);
            } else {
                read = isPlainValue(value) ? ElementReader.normalize(value) : null;
            }
            if (read == null) {
                return null;
            }
            map.put(ElementReader.normalize(line.substring(0, colon)), read);
        }
        return map.isEmpty() ? null : map;
    }

    /** {@code "text"} with no quote, backslash or unusual character inside: the text itself. */
    private static String quoted(String value) {
        if (value.length() < 2 || value.charAt(value.length() - 1) != '"') {
            return null;
        }
        String inside = value.substring(1, value.length() - 1);
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == '"' || c == '\\' || !isOrdinary(c)) {
                return null;
            }
        }
        return inside;
    }

    /** A key of words: no colon, no space before the colon that follows it. */
    private static boolean isPlainKey(String key) {
        return !key.isEmpty() && key.indexOf(':') < 0 && key.charAt(key.length() - 1) != ' ' && isPlainValue(key);
    }

    /**
     * Text YAML reads as itself in a flow or a block: starts with a letter or digit, and holds
     * letters, digits, spaces and a few marks with no meaning to YAML; a colon only followed by
     * something other than a space.
     */
    private static boolean isPlainValue(String value) {
        if (value.isEmpty() || !Character.isLetterOrDigit(value.charAt(0)) || !isOrdinary(value.charAt(0))) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = switch (c) {
                case ' ', '_', '.', '-', '/', '=', '+', ';', '(', ')', '$', '^', '\'' -> true;
                case ':' -> i + 1 < value.length() && value.charAt(i + 1) != ' ';
                default -> Character.isLetterOrDigit(c) && isOrdinary(c);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Not a control character, line separator, byte order mark or half of a pair. */
    private static boolean isOrdinary(char c) {
        return c >= ' ' && c != 0x7F && !(c >= 0x80 && c <= 0xA0) && c != 0x2028 && c != 0x2029
                && c != 0xFEFF && !Character.isSurrogate(c);
    }
}
