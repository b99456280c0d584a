package org.argumap.io.argdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argumap.io.argdown.YamlLite.YamlException;

/**
 * YAML's block style as front matter and multi-line {data} use it: {@code key: value} lines,
 * nested by indentation, {@code - item} sequences, and values that are plain text (folded over
 * more-indented lines), quoted, {@code |} or {@code >} blocks, or flow collections.
 */
final class YamlBlockParser {
    private final String[] lines;
    private int index;

    YamlBlockParser(String text) {
        this.lines = text.split("\n", -1);
    }

    /** The document's mapping or sequence, or null if it holds nothing. */
    Object document() throws YamlException {
        skipIgnorable();
        if (index >= lines.length) {
            return null;
        }
        Object value = node(indentOf(lines[index]), 0);
        skipIgnorable();
        if (index < lines.length) {
            throw new YamlException(index, "this line is indented less than the first one");
        }
        return value;
    }

    private Object node(int indent, int depth) throws YamlException {
        if (depth > YamlLite.MAX_DEPTH) {
            throw new YamlException(index, "nested more than " + YamlLite.MAX_DEPTH + " levels deep");
        }
        return isItem(content(lines[index])) ? sequence(indent, depth) : mapping(indent, depth);
    }

    private Map<String, Object> mapping(int indent, int depth) throws YamlException {
        Map<String, Object> map = new LinkedHashMap<>();
        while (true) {
            skipIgnorable();
            if (index >= lines.length || indentOf(lines[index]) < indent) {
                return map;
            }
            String content = content(lines[index]);
            if (indentOf(lines[index]) > indent) {
                throw new YamlException(index, "unexpected indentation");
            }
            if (isItem(content)) {
                return map;
            }
            String[] keyAndRest = splitKey(content);
            if (keyAndRest == null) {
                throw new YamlException(index, "expected 'key: value'");
            }
            index++;
            map.put(keyAndRest[0], value(keyAndRest[1], indent, depth));
        }
    }

    private List<Object> sequence(int indent, int depth) throws YamlException {
        List<Object> items = new ArrayList<>();
        while (true) {
            skipIgnorable();
            if (index >= lines.length || indentOf(lines[index]) != indent || !isItem(content(lines[index]))) {
                return items;
            }
            String content = content(lines[index]);
            String rest = content.length() > 1 ? content.substring(2) : "";
            String stripped = rest.stripLeading();
            if (!stripped.isEmpty() && "\"'[{".indexOf(stripped.charAt(0)) < 0 && splitKey(stripped) != null) {
                int itemIndent = indent + 2 + (rest.length() - stripped.length());
                lines[index] = " ".repeat(itemIndent) + stripped;
                items.add(mapping(itemIndent, depth + 1));
            } else {
                index++;
                items.add(value(rest, indent, depth + 1));
            }
        }
    }

    private Object value(String rawRest, int parentIndent, int depth) throws YamlException {
        String rest = rawRest.strip();
        if (rest.isEmpty() || rest.startsWith("#")) {
            skipIgnorable();
            if (index < lines.length) {
                int next = indentOf(lines[index]);
                if (next > parentIndent || (next == parentIndent && isItem(content(lines[index])))) {
                    return node(next, depth + 1);
                }
            }
            return null;
        }
        int first = index - 1;
        char c = rest.charAt(0);
        if (c == '|' || c == '>') {
            return blockScalar(c == '|', parentIndent);
        }
        StringBuilder joined = new StringBuilder(c == '[' || c == '{' || c == '"' || c == '\'' ? rest : stripComment(rest));
        while (index < lines.length && (lines[index].isBlank() || indentOf(lines[index]) > parentIndent)) {
            joined.append('\n').append(c == '[' || c == '{' || c == '"' || c == '\'' ? lines[index] : stripComment(lines[index]));
            index++;
        }
        if (c == '[' || c == '{' || c == '"' || c == '\'') {
            try {
                return YamlLite.parseFlow(joined.toString());
            } catch (YamlException e) {
                throw new YamlException(first + e.line, e.getMessage());
            }
        }
        return ElementReader.normalize(joined.toString());
    }

    private String blockScalar(boolean literal, int parentIndent) {
        List<String> body = new ArrayList<>();
        int minIndent = Integer.MAX_VALUE;
        while (index < lines.length && (lines[index].isBlank() || indentOf(lines[index]) > parentIndent)) {
            String line = lines[index++];
            body.add(line);
            if (!line.isBlank()) {
                minIndent = Math.min(minIndent, indentOf(line));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String line : body) {
            String text = line.isBlank() ? "" : line.substring(Math.min(minIndent, line.length()));
            if (out.length() > 0) {
                out.append(literal ? "\n" : " ");
            }
            out.append(text);
        }
        return literal ? out.toString().stripTrailing() : ElementReader.normalize(out.toString());
    }

    private void skipIgnorable() {
        while (index < lines.length) {
            String content = content(lines[index]);
            if (content.isEmpty() || content.startsWith("#") || content.equals("---") || content.equals("...")) {
                index++;
            } else {
                return;
            }
        }
    }

    private static boolean isItem(String content) {
        return content.equals("-") || content.startsWith("- ") || content.startsWith("-\t");
    }

    /** {key, rest} for {@code key: rest} (the key plain or quoted), or null. */
    private static String[] splitKey(String content) {
        if (content.isEmpty() || "[{".indexOf(content.charAt(0)) >= 0) {
            return null;
        }
        int from = 0;
        String key = null;
        if (content.charAt(0) == '"' || content.charAt(0) == '\'') {
            int close = content.indexOf(content.charAt(0), 1);
            if (close < 0) {
                return null;
            }
            key = content.substring(1, close);
            from = close + 1;
        }
        for (int i = from; i < content.length(); i++) {
            if (content.charAt(i) == ':' && (i + 1 == content.length() || content.charAt(i + 1) == ' '
                    || content.charAt(i + 1) == '\t')) {
                String plainKey = key != null ? key : content.substring(0, i).strip();
                if (key != null && !content.substring(from, i).isBlank()) {
                    return null;
                }
                return plainKey.isEmpty() ? null : new String[] {plainKey, content.substring(i + 1)};
            }
        }
        return null;
    }

    private static String stripComment(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i) == '#' && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                return text.substring(0, i);
            }
        }
        return text.startsWith("#") ? "" : text;
    }

    private static String content(String line) {
        return line.strip();
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
