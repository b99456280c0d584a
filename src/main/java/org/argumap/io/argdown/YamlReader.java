package org.argumap.io.argdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * Argdown's YAML (front matter and {data}) read with SnakeYAML Engine, within limits that make
 * hostile YAML fail fast instead of hanging or running out of memory: a text of at most
 * {@value #MAX_CODE_POINTS} code points (the lexer bounds {data} more tightly still, at
 * {@link TokenMatcher#MAX_DATA_LENGTH}), nesting at most {@value #MAX_DEPTH} deep, at most
 * {@value #MAX_ALIASES} aliases of collections and at most {@value #MAX_NODES} values once the
 * aliases are expanded (the "billion laughs" are a few lines of aliases that expand to billions).
 *
 * <p>Values are {@code String}, {@code List<Object>}, {@code Map<String, Object>} or null, as the
 * map keeps data as text: {@code 1}, {@code true} and {@code null} stay strings (the failsafe
 * schema), and only an empty plain value is null. Plain and folded text has its runs of white
 * space made one space, as the rest of the reader does with text.
 */
final class YamlReader {
    static final int MAX_CODE_POINTS = 100_000;
    static final int MAX_DEPTH = 64;
    static final int MAX_ALIASES = 20;
    static final int MAX_NODES = 100_000;

    /**
     * SnakeYAML's own limits stand behind our checks; Engine 2.10 has no nesting limit and its
     * composer recurses, so depth and expansion are counted on the parser's events first.
     */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setLabel("yaml")
            .setSchema(new FailsafeSchema())
            .setCodePointLimit(MAX_CODE_POINTS + 2)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setAllowRecursiveKeys(false)
            // The old reader (and lodash's merge in Argdown) let a later key win.
            .setAllowDuplicateKeys(true)
            .setUseMarks(true)
            .build();

    private YamlReader() {
    }

    /** YAML that cannot be read, with where (a char index into the text given) and why. */
    static final class YamlException extends Exception {
        private static final long serialVersionUID = 1L;
        final int index;
        /** True when a limit was passed: hostile or absurd input rather than a slip of the pen. */
        final boolean limit;

        YamlException(int index, String message, boolean limit) {
            super(message);
            this.index = index;
            this.limit = limit;
        }
    }

    /**
     * The inside of Argdown {data}: a flow mapping, or block format if it starts with a line
     * break. Error indexes count from the opening brace.
     */
    static Map<String, Object> parseData(String inside) throws YamlException {
        int i = 0;
        while (i < inside.length() && (inside.charAt(i) == ' ' || inside.charAt(i) == '\t')) {
            i++;
        }
        if (i < inside.length() && inside.charAt(i) == '\n') {
            try {
                return parseBlockMapping(inside);
            } catch (YamlException e) {
                throw new YamlException(e.index + 1, e.getMessage(), e.limit);
            }
        }
        Object value = parse("{" + inside + "}");
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        return map;
    }

    /** A whole flow node, such as {@code [1, 2]} or {@code {a: b}} or a scalar. */
    static Object parseFlow(String text) throws YamlException {
        return parse(text);
    }

    /** A block mapping such as front matter; an empty text is an empty mapping. */
    static Map<String, Object> parseBlockMapping(String text) throws YamlException {
        Object value = parse(text);
        if (value == null) {
            return new LinkedHashMap<>();
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new YamlException(0, "expected key: value lines", false);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        return map;
    }

    private static Object parse(String text) throws YamlException {
        if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            int first = 0;
            while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            throw new YamlException(first, "it is longer than " + MAX_CODE_POINTS + " characters", true);
        }
        Map<String, Object> plain = PlainYaml.read(text);
        if (plain != null) {
            return plain;
        }
        return parseWithSnakeYaml(text);
    }

    /** {@code text} read by SnakeYAML alone, whatever it holds (tests compare {@link PlainYaml} with it). */
    static Object parseWithSnakeYaml(String text) throws YamlException {
        try {
            checkShape(text);
            Optional<Node> node = new Compose(SETTINGS).composeString(text);
            if (node.isEmpty()) {
                return null;
            }
            return new Converter(text).value(node.get(), 0);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            throw new YamlException(mark == null ? 0 : index(text, mark), sentence(e.getProblem()), false);
        } catch (YamlEngineException e) {
            // SnakeYAML's own limits (size, aliases, recursive keys) come without a mark.
            String message = String.valueOf(e.getMessage());
            boolean limit = message.contains("exceeds") || message.startsWith("Recursive");
            throw new YamlException(0, sentence(e.getMessage()), limit);
        } catch (IllegalArgumentException e) {
            // An escape such as \U0011FFFF names no character.
            throw new YamlException(0, "an escape names no character", false);
        }
    }

    /**
     * Depth, aliases and the size after expanding aliases, counted on the parser's events
     * (without recursion and without building anything), so that the composer meets only YAML
     * within the limits.
     */
    private static void checkShape(String text) throws YamlException {
        Map<Anchor, long[]> anchors = new HashMap<>();
        Deque<long[]> open = new ArrayDeque<>();
        Deque<Optional<Anchor>> openAnchors = new ArrayDeque<>();
        long total = 0;
        int aliases = 0;
        for (Event event : new Parse(SETTINGS).parseString(text)) {
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    if (open.size() >= MAX_DEPTH) {
                        throw located(text, event, "it is nested more than " + MAX_DEPTH + " levels deep");
                    }
                    Optional<Anchor> anchor = ((NodeEvent) event).getAnchor();
                    // {size, height}; an anchor still open has no size yet: an alias to it is a loop.
                    anchor.ifPresent(a -> anchors.put(a, null));
                    open.push(new long[] {1, 1});
                    openAnchors.push(anchor);
                }
                case SequenceEnd, MappingEnd -> {
                    long[] done = open.pop();
                    openAnchors.pop().ifPresent(a -> anchors.put(a, done));
                    total = add(text, event, open, done, total);
                }
                case Scalar -> {
                    long[] scalar = {1, 0};
                    ((NodeEvent) event).getAnchor().ifPresent(a -> anchors.put(a, scalar));
                    total = add(text, event, open, scalar, total);
                }
                case Alias -> {
                    Anchor alias = ((AliasEvent) event).getAlias();
                    if (!anchors.containsKey(alias)) {
                        // SnakeYAML names the undefined alias.
                        continue;
                    }
                    long[] target = anchors.get(alias);
                    if (target == null) {
                        throw located(text, event, "the alias *" + alias + " refers to a collection that holds it");
                    }
                    if (target[1] > 0 && ++aliases > MAX_ALIASES) {
                        throw located(text, event, "it uses more than " + MAX_ALIASES + " aliases of lists and mappings");
                    }
                    if (open.size() + target[1] > MAX_DEPTH) {
                        throw located(text, event, "it is nested more than " + MAX_DEPTH + " levels deep");
                    }
                    total = add(text, event, open, target, total);
                }
                default -> {
                    // stream and document events hold no values
                }
            }
        }
    }

    private static long add(String text, Event event, Deque<long[]> open, long[] node, long total) throws YamlException {
        long sum = total + node[0];
        if (sum > MAX_NODES) {
            throw located(text, event, "it holds more than " + MAX_NODES + " values once its aliases are expanded");
        }
        long[] parent = open.peek();
        if (parent != null) {
            parent[0] += node[0];
            parent[1] = Math.max(parent[1], node[1] + 1);
        }
        return sum;
    }

    private static YamlException located(String text, Event event, String message) {
        return new YamlException(event.getStartMark().map(mark -> index(text, mark)).orElse(0), message, true);
    }

    /** The char index of a mark, whose column counts code points. */
    private static int index(String text, Mark mark) {
        int start = 0;
        for (int line = 0; line < mark.getLine(); line++) {
            int next = text.indexOf('\n', start);
            if (next < 0) {
                return text.length();
            }
            start = next + 1;
        }
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        int columns = Math.min(mark.getColumn(), text.codePointCount(start, end));
        return text.offsetByCodePoints(start, columns);
    }

    /** SnakeYAML's problem as the end of a sentence: "expected ',' or ']', but got '}'". */
    private static String sentence(String problem) {
        String text = problem == null ? "not YAML" : problem.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }

    /** SnakeYAML's nodes as the map keeps data; depth is bounded by {@link #checkShape}. */
    private static final class Converter {
        private final String text;

        Converter(String text) {
            this.text = text;
        }

        Object value(Node node, int depth) throws YamlException {
            if (depth > MAX_DEPTH) {
                throw new YamlException(mark(node), "it is nested more than " + MAX_DEPTH + " levels deep", true);
            }
            if (node instanceof ScalarNode scalar) {
                return scalar(scalar);
            }
            if (node instanceof SequenceNode sequence) {
                List<Object> items = new ArrayList<>(sequence.getValue().size());
                for (Node item : sequence.getValue()) {
                    items.add(value(item, depth + 1));
                }
                return items;
            }
            MappingNode mapping = (MappingNode) node;
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple pair : mapping.getValue()) {
                if (!(pair.getKeyNode() instanceof ScalarNode key)) {
                    throw new YamlException(mark(pair.getKeyNode()), "a key must be a plain value", false);
                }
                Object name = scalar(key);
                map.put(name == null ? "" : (String) name, value(pair.getValueNode(), depth + 1));
            }
            return map;
        }

        private static Object scalar(ScalarNode scalar) {
            String value = scalar.getValue();
            ScalarStyle style = scalar.getScalarStyle();
            if (style == ScalarStyle.PLAIN) {
                return value.isEmpty() ? null : ElementReader.normalize(value);
            }
            if (style == ScalarStyle.FOLDED) {
                return ElementReader.normalize(value);
            }
            if (style == ScalarStyle.LITERAL) {
                return value.stripTrailing();
            }
            return value;
        }

        private int mark(Node node) {
            return node.getStartMark().map(mark -> index(text, mark)).orElse(0);
        }
    }
}
