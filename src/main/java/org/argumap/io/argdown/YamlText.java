package org.argumap.io.argdown;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Values written as YAML flow that {@link YamlReader} reads back unchanged: scalars plain where
 * YAML allows, else double-quoted with every character YAML does not print escaped.
 */
final class YamlText {
    private YamlText() {
    }

    /** The value in flow style: collections as {@code [a, b]} and {@code {k: v}}, scalars plain or quoted. */
    static String toFlow(Object value) {
        StringBuilder out = new StringBuilder();
        writeFlow(value, out, YamlText::scalar, YamlText::scalar);
        return out.toString();
    }

    /**
     * The value in flow style, with keys and other scalars written by the given functions: the
     * {@code {data}} writer quotes more than plain YAML needs, so that Argdown reads it too.
     */
    static void writeFlow(Object value, StringBuilder out, UnaryOperator<String> key, UnaryOperator<String> scalar) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator).append(key.apply(String.valueOf(entry.getKey()))).append(": ");
                writeFlow(entry.getValue(), out, key, scalar);
                separator = ", ";
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            String separator = "";
            for (Object item : list) {
                out.append(separator);
                writeFlow(item, out, key, scalar);
                separator = ", ";
            }
            out.append(']');
        } else {
            out.append(value == null ? "null" : scalar.apply(value.toString()));
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
                    if (!printable(c) || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)
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

    /**
     * What YAML lets stand in its text, less the byte-order mark: SnakeYAML refuses the rest,
     * even inside quotes, so they are written as escapes.
     */
    private static boolean printable(char c) {
        if (c < 0x20 || c == 0x7F || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') {
            return false;
        }
        return c < 0x80 || c > 0x9F;
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
            if (!printable(c) || ",[]{}\\\"".indexOf(c) >= 0 || Character.isSurrogate(c)
                    || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return false;
            }
        }
        return !value.equals("null") && !value.equals("~");
    }
}
