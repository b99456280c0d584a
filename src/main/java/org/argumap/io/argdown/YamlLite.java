package org.argumap.io.argdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of YAML that Argdown documents use in {data} and front matter: block mappings and
 * sequences, flow collections ({@code {a: 1, b: [x, y]}}), plain scalars (also folded over lines),
 * quoted scalars and {@code |}/{@code >} block scalars. Scalars stay strings, as the map keeps them;
 * anchors, tags and multiple documents are not read. Nesting is bounded, so no input exhausts the stack.
 *
 * <p>Values are {@code String}, {@code List<Object>}, {@code Map<String, Object>} or null.
 */
final class YamlLite {
    static final int MAX_DEPTH = 64;

    private YamlLite() {
    }

    /** YAML this subset cannot read, with the line (from 0, within the YAML text) where it failed. */
    static final class YamlException extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        YamlException(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** The inside of Argdown {data}: a flow mapping, or block format if it starts with a line break. */
    static Map<String, Object> parseData(String inside) throws YamlException {
        int i = 0;
        while (i < inside.length() && (inside.charAt(i) == ' ' || inside.charAt(i) == '\t')) {
            i++;
        }
        if (i < inside.length() && inside.charAt(i) == '\n') {
            return parseBlockMapping(inside);
        }
        Object value = parseFlow("{" + inside + "}");
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        return map;
    }

    /** A whole flow node, such as {@code [1, 2]} or {@code {a: b}} or a scalar. */
    static Object parseFlow(String text) throws YamlException {
        FlowParser parser = new FlowParser(text);
        Object value = parser.node(0);
        parser.skipSpace();
        if (parser.pos < text.length()) {
            throw parser.error("unexpected '" + text.charAt(parser.pos) + "' after the value");
        }
        return value;
    }

    /** A block mapping such as front matter; an empty text is an empty mapping. */
    static Map<String, Object> parseBlockMapping(String text) throws YamlException {
        YamlBlockParser parser = new YamlBlockParser(text);
        Object value = parser.document();
        if (value == null) {
            return new LinkedHashMap<>();
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new YamlException(0, "expected key: value lines");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        return map;
    }

    /** The value in flow style: collections as {@code [a, b]} and {@code {k: v}}, scalars plain or quoted. */
    static String toFlow(Object value) {
        StringBuilder out = new StringBuilder();
        writeFlow(value, out);
        return out.toString();
    }

    private static void writeFlow(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator).append(scalar(String.valueOf(entry.getKey()))).append(": ");
                writeFlow(entry.getValue(), out);
                separator = ", ";
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            String separator = "";
            for (Object item : list) {
                out.append(separator);
                writeFlow(item, out);
                separator = ", ";
            }
            out.append(']');
        } else {
            out.append(value == null ? "null" : scalar(value.toString()));
        }
    }

    /** A scalar as plain text where YAML reads it back unchanged, else double-quoted. */
    static String scalar(String value) {
        return isPlainSafe(value) ? value : quote(value);
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                // Argdown ends {data} at a brace followed by white space, even inside quotes.
                case '{', '}' -> out.append(String.format("\\u%04X", (int) c));
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)
                            && !validSurrogateAt(value, i)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean validSurrogateAt(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }

    private static boolean isPlainSafe(String value) {
        if (value.isEmpty() || !value.strip().equals(value) || "-?:,[]{}#&*!|>'\"%@`".indexOf(value.charAt(0)) >= 0) {
            return false;
        }
        if (value.contains(": ") || value.contains(" #") || value.endsWith(":")) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F || ",[]{}\\\"".indexOf(c) >= 0 || Character.isSurrogate(c)
                    || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\uFEFF') {
                return false;
            }
        }
        return !value.equals("null") && !value.equals("~");
    }

    /** Flow collections and scalars, by recursive descent with a depth bound. */
    private static final class FlowParser {
        private final String text;
        private int pos;

        FlowParser(String text) {
            this.text = text;
        }

        YamlException error(String message) {
            int line = 0;
            for (int i = 0; i < Math.min(pos, text.length()); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return new YamlException(line, message);
        }

        void skipSpace() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    pos++;
                } else if (c == '#' && (pos == 0 || Character.isWhitespace(text.charAt(pos - 1)))) {
                    while (pos < text.length() && text.charAt(pos) != '\n') {
                        pos++;
                    }
                } else {
                    return;
                }
            }
        }

        Object node(int depth) throws YamlException {
            if (depth > MAX_DEPTH) {
                throw error("nested more than " + MAX_DEPTH + " levels deep");
            }
            skipSpace();
            if (pos >= text.length()) {
                throw error("a value is missing");
            }
            char c = text.charAt(pos);
            if (c == '[') {
                return sequence(depth);
            }
            if (c == '{') {
                return mapping(depth);
            }
            if (c == '"' || c == '\'') {
                return quoted();
            }
            return plain();
        }

        private List<Object> sequence(int depth) throws YamlException {
            List<Object> items = new ArrayList<>();
            pos++;
            while (true) {
                skipSpace();
                if (pos < text.length() && text.charAt(pos) == ']') {
                    pos++;
                    return items;
                }
                items.add(node(depth + 1));
                skipSpace();
                if (pos < text.length() && text.charAt(pos) == ',') {
                    pos++;
                } else if (pos >= text.length() || text.charAt(pos) != ']') {
                    throw error("expected ',' or ']' in a [list]");
                }
            }
        }

        private Map<String, Object> mapping(int depth) throws YamlException {
            Map<String, Object> map = new LinkedHashMap<>();
            pos++;
            while (true) {
                skipSpace();
                if (pos < text.length() && text.charAt(pos) == '}') {
                    pos++;
                    return map;
                }
                Object key = node(depth + 1);
                if (key instanceof List<?> || key instanceof Map<?, ?>) {
                    throw error("a key must be a plain value");
                }
                skipSpace();
                Object value = null;
                if (pos < text.length() && text.charAt(pos) == ':') {
                    pos++;
                    skipSpace();
                    boolean empty = pos >= text.length() || text.charAt(pos) == ',' || text.charAt(pos) == '}';
                    value = empty ? null : node(depth + 1);
                    skipSpace();
                }
                map.put(String.valueOf(key), value);
                if (pos < text.length() && text.charAt(pos) == ',') {
                    pos++;
                } else if (pos >= text.length() || text.charAt(pos) != '}') {
                    throw error("expected ',' or '}' in a {mapping}");
                }
            }
        }

        private String quoted() throws YamlException {
            char quote = text.charAt(pos++);
            StringBuilder out = new StringBuilder();
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == quote) {
                    if (quote == '\'' && pos < text.length() && text.charAt(pos) == '\'') {
                        out.append('\'');
                        pos++;
                        continue;
                    }
                    return out.toString();
                }
                if (c == '\\' && quote == '"') {
                    out.append(escape());
                } else if (c == '\n') {
                    out.append(' ');
                } else {
                    out.append(c);
                }
            }
            throw error("a quoted value is never closed with " + quote);
        }

        private String escape() throws YamlException {
            if (pos >= text.length()) {
                throw error("a backslash ends the text");
            }
            char c = text.charAt(pos++);
            return switch (c) {
                case 'n' -> "\n";
                case 't' -> "\t";
                case 'r' -> "\r";
                case '0' -> "\0";
                case '"', '\\', '/', ' ' -> String.valueOf(c);
                case 'u', 'x' -> {
                    int digits = c == 'u' ? 4 : 2;
                    if (pos + digits > text.length()) {
                        throw error("a \\" + c + " escape needs " + digits + " hex digits");
                    }
                    try {
                        int code = Integer.parseInt(text.substring(pos, pos + digits), 16);
                        pos += digits;
                        yield String.valueOf((char) code);
                    } catch (NumberFormatException e) {
                        throw error("a \\" + c + " escape needs " + digits + " hex digits");
                    }
                }
                default -> "\\" + c;
            };
        }

        private String plain() throws YamlException {
            int start = pos;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (",[]{}".indexOf(c) >= 0) {
                    break;
                }
                if (c == ':' && (pos + 1 >= text.length() || ",[]{} \t\n".indexOf(text.charAt(pos + 1)) >= 0)) {
                    break;
                }
                if (c == '#' && pos > start && Character.isWhitespace(text.charAt(pos - 1))) {
                    break;
                }
                pos++;
            }
            String value = ElementReader.normalize(text.substring(start, pos));
            if (value.isEmpty()) {
                throw error("unexpected '" + (pos < text.length() ? text.charAt(pos) : ' ') + "'");
            }
            return value;
        }
    }
}
