package org.argumap.io.argdown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.argumap.io.argdown.ArgdownModel.Argument;
import org.argumap.io.argdown.ArgdownModel.PcsEntry;
import org.argumap.io.argdown.ArgdownModel.Relation;

/**
 * Statements, arguments and relations as Argdown's JSON export lists them, in a form two documents
 * can be compared by: sorted lines of titles, structures and relation endpoints. Titles Argdown
 * made up ("Untitled 7") depend on how many untitled statements came before, so when two different
 * documents are compared such statements are named by their text instead.
 */
record ArgdownSnapshot(List<String> statements, List<String> arguments, List<String> relations) {
    private static final Pattern GENERATED = Pattern.compile("Untitled \\d+");
    private static final Pattern TAG = Pattern.compile("#(\\([^)]+\\)|[A-Za-z0-9\\-\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF_\\[\\]\\\\^`]+)");

    /** Relations of this Argdown type. */
    long relationsOfType(String type) {
        return relations.stream().filter(r -> r.startsWith(type + " ")).count();
    }

    static ArgdownSnapshot fromJson(InputStream json, boolean untitledByText) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        Map<String, String> keys = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : root.path("statements").properties()) {
            keys.put(entry.getKey(), untitledByText && GENERATED.matcher(entry.getKey()).matches()
                    ? "text: " + plain(canonicalText(entry.getValue())) : entry.getKey());
        }
        List<String> statements = new ArrayList<>(keys.values());
        List<String> arguments = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.path("arguments").properties()) {
            List<String> pcs = new ArrayList<>();
            for (JsonNode statement : entry.getValue().path("pcs")) {
                pcs.add(statement.path("role").asText() + " " + keys.get(statement.path("title").asText()));
            }
            arguments.add("<" + entry.getKey() + "> " + pcs);
        }
        List<String> relations = new ArrayList<>();
        for (JsonNode relation : root.path("relations")) {
            String from = end(relation.path("from").asText(), relation.path("fromType").asText(), keys, null);
            String to = end(relation.path("to").asText(), relation.path("toType").asText(), keys,
                    relation.has("conclusionIndex") ? relation.path("conclusionIndex").asText() : null);
            relations.add(relation(relation.path("relationType").asText(), from, to));
        }
        return sorted(statements, arguments, relations);
    }

    /** The same, from this reader's interpretation of a document (titles as Argdown would make them). */
    static ArgdownSnapshot fromModel(ArgdownModel model) {
        List<String> statements = new ArrayList<>(model.statements.keySet());
        List<String> arguments = new ArrayList<>();
        for (Argument argument : model.arguments.values()) {
            List<String> pcs = new ArrayList<>();
            for (int i = 0; i < argument.pcs.size(); i++) {
                PcsEntry entry = argument.pcs.get(i);
                String role = !entry.isConclusion() ? "premise"
                        : i == argument.pcs.size() - 1 ? "main-conclusion" : "intermediary-conclusion";
                pcs.add(role + " " + entry.statement().title);
            }
            arguments.add("<" + argument.title + "> " + pcs);
        }
        List<String> relations = new ArrayList<>();
        for (Relation relation : model.relations) {
            relations.add(relation(relation.type.json, end(relation.from), end(relation.to)));
        }
        return sorted(statements, arguments, relations);
    }

    private static String end(Object node) {
        if (node instanceof ArgdownModel.Statement statement) {
            return "[" + statement.title + "]";
        }
        if (node instanceof Argument argument) {
            return "<" + argument.title + ">";
        }
        ArgdownModel.Inference inference = (ArgdownModel.Inference) node;
        return "<" + inference.argument.title + ">#" + inference.conclusionIndex;
    }

    private static String end(String title, String type, Map<String, String> keys, String conclusionIndex) {
        return switch (type) {
            case "equivalence-class" -> "[" + keys.getOrDefault(title, title) + "]";
            case "argument" -> "<" + title + ">";
            default -> "<" + title + ">#" + conclusionIndex;
        };
    }

    private static String relation(String type, String from, String to) {
        if ((type.equals("contradictory") || type.equals("contrary")) && from.compareTo(to) > 0) {
            return type + " " + to + " -- " + from;
        }
        boolean symmetric = type.equals("contradictory") || type.equals("contrary");
        return type + " " + from + (symmetric ? " -- " : " -> ") + to;
    }

    private static String canonicalText(JsonNode equivalenceClass) {
        String text = "";
        for (JsonNode member : equivalenceClass.path("members")) {
            if (!member.path("isReference").asBoolean(false)) {
                text = member.path("text").asText("");
            }
        }
        return text;
    }

    /** Text without tags and with single spaces, as two exports of one statement agree on it. */
    static String plain(String text) {
        return TAG.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    private static ArgdownSnapshot sorted(List<String> statements, List<String> arguments, List<String> relations) {
        statements.sort(null);
        arguments.sort(null);
        relations.sort(null);
        return new ArgdownSnapshot(List.copyOf(statements), List.copyOf(arguments), List.copyOf(relations));
    }
}
