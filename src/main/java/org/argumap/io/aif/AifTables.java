package org.argumap.io.aif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.argumap.io.json.JsonErrorMessages;
import org.argumap.io.json.LocatedTree;
import org.argumap.io.json.Place;

/**
 * The optional parts of an AIF file: the locutions and participants tables (who spoke), and the
 * OVA3 wrapper's layout, analyst and text. They only add to the argument graph, so a broken one is
 * a warning and is left aside, never a reason to refuse the file.
 */
final class AifTables {
    /** OVA writes coordinates as numbers or as text ("257"); nothing else is a coordinate. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,20}(\\.\\d{1,20})?([eE][-+]?\\d{1,3})?");

    private final LocatedTree tree;
    private final Warnings warnings;

    AifTables(LocatedTree tree, Warnings warnings) {
        this.tree = tree;
        this.warnings = warnings;
    }

    /** An id as text: text as is, a whole number in decimals; null for anything else. */
    static String idText(JsonNode value) {
        if (value.isTextual()) {
            return value.asText();
        }
        return value.isIntegralNumber() ? value.bigIntegerValue().toString() : null;
    }

    /** Speaker names by L-node id, joining the locutions table (nodeID → personID) to the participants. */
    Map<String, String> speakersByLocution(ObjectNode nodeset) {
        Map<String, String> names = new HashMap<>();
        for (ObjectNode participant : objects(nodeset, "participants")) {
            String id = idText(participant.path("participantID"));
            String name = (text(participant, "firstname") + " " + text(participant, "surname")).strip();
            if (id != null && !name.isEmpty()) {
                names.putIfAbsent(id, name);
            }
        }
        Map<String, String> speakers = new HashMap<>();
        for (ObjectNode locution : objects(nodeset, "locutions")) {
            String node = idText(locution.path("nodeID"));
            String person = idText(locution.path("personID"));
            if (node != null && person != null && names.containsKey(person)) {
                speakers.putIfAbsent(node, names.get(person));
            }
        }
        return speakers;
    }

    /** The wrapper's "text", the analysed text as HTML; null if there is none. */
    String text(ObjectNode top) {
        JsonNode text = top.get("text");
        if (text == null || text.isNull()) {
            return null;
        }
        if (!text.isTextual()) {
            warnings.add(tree.at(top, "text"), "'text' should be the analysed text in double quotes, but is "
                    + JsonErrorMessages.describe(text) + "; ignored.");
            return null;
        }
        return text.asText();
    }

    /** OVA's analyst, "firstname surname". */
    String analyst(ObjectNode ova) {
        return (optionalText(ova, "firstname", "the analyst's first name") + " "
                + optionalText(ova, "surname", "the analyst's surname")).strip();
    }

    String optionalText(ObjectNode object, String field, String what) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            warnings.add(tree.at(object, field), what + " should be text, but is " + JsonErrorMessages.describe(value) + "; ignored.");
            return "";
        }
        return value.asText();
    }

    /** OVA's node places; entries without a usable id or coordinates are reported and skipped. */
    List<AifDocument.LayoutEntry> layout(ObjectNode ova) {
        List<AifDocument.LayoutEntry> layout = new ArrayList<>();
        JsonNode list = ova.get("nodes");
        if (!(list instanceof ArrayNode nodes)) {
            if (list != null && !list.isNull()) {
                warnings.add(tree.at(ova, "nodes"), "the OVA 'nodes' should be a list; the layout is ignored.");
            }
            return layout;
        }
        for (int i = 0; i < nodes.size(); i++) {
            Place at = tree.at(nodes, i);
            JsonNode entry = nodes.get(i);
            String id = entry.isObject() ? idText(entry.path("nodeID")) : null;
            if (id == null) {
                warnings.add(at, "OVA node " + (i + 1) + " has no nodeID; its place is ignored.");
                continue;
            }
            Double x = coordinate(entry.get("x"));
            Double y = coordinate(entry.get("y"));
            if (x == null || y == null) {
                warnings.add(at, "the OVA place of '" + id + "' needs two numbers, x and y; ignored.");
                continue;
            }
            layout.add(new AifDocument.LayoutEntry(id, x, y, at));
        }
        return layout;
    }

    private static Double coordinate(JsonNode value) {
        double number;
        if (value == null) {
            return null;
        } else if (value.isNumber()) {
            number = value.doubleValue();
        } else if (value.isTextual() && NUMBER.matcher(value.asText().strip()).matches()) {
            number = Double.parseDouble(value.asText().strip());
        } else {
            return null;
        }
        return Double.isFinite(number) ? number : null;
    }

    /** The objects of an optional list; a list that is something else is reported once. */
    private List<ObjectNode> objects(ObjectNode parent, String field) {
        JsonNode list = parent.get(field);
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!(list instanceof ArrayNode items)) {
            warnings.add(tree.at(parent, field), "'" + field + "' should be a list; ignored.");
            return List.of();
        }
        List<ObjectNode> objects = new ArrayList<>(items.size());
        int skipped = 0;
        for (JsonNode item : items) {
            if (item instanceof ObjectNode object) {
                objects.add(object);
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            warnings.add(tree.at(list), skipped + " entries of '" + field + "' are not objects; ignored.");
        }
        return objects;
    }

    private static String text(ObjectNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && value.isTextual() ? value.asText() : "";
    }
}
