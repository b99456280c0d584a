package org.argumap.io.aif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.argumap.io.MapReadException;
import org.argumap.io.json.JsonErrorMessages;
import org.argumap.io.json.LocatedTree;
import org.argumap.io.json.Place;

/**
 * Checks the shape of an AIF file: a bare AIFdb nodeset {"nodes", "edges", "locutions"} or the
 * OVA3/xAIF wrapper {"AIF": {…}, "OVA": {…}, "text": …}. The argument graph must be sound (nodes
 * with ids and types, edges between existing nodes), or the file is refused with the place of the
 * first fault. The optional tables (locutions, participants, OVA layout) only add; when they are
 * broken they are reported and left aside ({@link AifTables}).
 */
final class AifDocumentReader {
    private final LocatedTree tree;
    private final Path name;
    private final Warnings warnings;

    AifDocumentReader(LocatedTree tree, Path name, Warnings warnings) {
        this.tree = tree;
        this.name = name;
        this.warnings = warnings;
    }

    AifDocument read() throws MapReadException {
        JsonNode root = tree.root();
        if (root == null) {
            throw fail(Place.START, "The file is empty; AIF JSON is an object with \"nodes\" and \"edges\".");
        }
        if (!(root instanceof ObjectNode top)) {
            throw fail(tree.at(root), "AIF JSON is an object with \"nodes\" and \"edges\" (or an OVA file with \"AIF\"),"
                    + " but this file holds " + JsonErrorMessages.describe(root) + ".");
        }
        boolean wrapped = top.has("AIF");
        ObjectNode nodeset;
        if (wrapped) {
            if (!(top.get("AIF") instanceof ObjectNode aif)) {
                throw fail(tree.at(top, "AIF"), "'AIF' should be an object { … } with \"nodes\" and \"edges\", but is "
                        + JsonErrorMessages.describe(top.get("AIF")) + ".");
            }
            nodeset = aif;
        } else if (top.has("nodes")) {
            nodeset = top;
        } else {
            throw fail(tree.at(top), "This is not AIF JSON: there is no \"nodes\" list (nor an \"AIF\" object around one).");
        }
        Map<String, AifNode> byId = new LinkedHashMap<>();
        readNodes(nodeset, byId);
        List<AifEdge> edges = readEdges(nodeset, byId);
        AifTables tables = new AifTables(tree, warnings);
        Map<String, String> speakers = tables.speakersByLocution(nodeset);
        String text = null;
        String analyst = "";
        String url = "";
        List<AifDocument.LayoutEntry> layout = List.of();
        if (wrapped) {
            text = tables.text(top);
            if (top.get("OVA") instanceof ObjectNode ova) {
                analyst = tables.analyst(ova);
                url = tables.optionalText(ova, "url", "the OVA url");
                layout = tables.layout(ova);
            } else if (top.has("OVA") && !top.get("OVA").isNull()) {
                warnings.add(tree.at(top, "OVA"), "'OVA' should be an object with the layout; ignored.");
            }
        }
        ObjectNode extension = null;
        if (top.get(AifExtension.FIELD) instanceof ObjectNode own) {
            extension = own;
        } else if (top.has(AifExtension.FIELD)) {
            warnings.add(tree.at(top, AifExtension.FIELD), "'" + AifExtension.FIELD + "' should be an object; ignored.");
        }
        return new AifDocument(wrapped, List.copyOf(byId.values()), byId, edges, speakers, layout, text, analyst, url,
                extension, extension == null ? Place.START : tree.at(extension));
    }

    private void readNodes(ObjectNode nodeset, Map<String, AifNode> byId) throws MapReadException {
        JsonNode list = nodeset.get("nodes");
        if (list == null) {
            return; // {"AIF": {}}: an empty analysis
        }
        if (!(list instanceof ArrayNode nodes)) {
            throw fail(tree.at(nodeset, "nodes"), "'nodes' should be a list [ … ], but is " + JsonErrorMessages.describe(list) + ".");
        }
        for (int i = 0; i < nodes.size(); i++) {
            Place at = tree.at(nodes, i);
            if (!(nodes.get(i) instanceof ObjectNode node)) {
                throw fail(at, "Node " + (i + 1) + " should be an object { … } with nodeID, type and text, but is "
                        + JsonErrorMessages.describe(nodes.get(i)) + ".");
            }
            String id = id(node, "nodeID", "Node " + (i + 1));
            JsonNode type = node.get("type");
            if (type == null || type.isNull()) {
                throw fail(at, "Node '" + id + "' has no \"type\"; AIF nodes are of type I, L, YA, TA, RA, CA, MA or PA.");
            }
            if (!type.isTextual()) {
                throw fail(tree.at(node, "type"), "The type of node '" + id + "' should be text such as \"I\" or \"RA\", but is "
                        + JsonErrorMessages.describe(type) + ".");
            }
            JsonNode text = node.get("text");
            if (text != null && !text.isNull() && !text.isTextual()) {
                throw fail(tree.at(node, "text"), "The text of node '" + id + "' should be text in double quotes, but is "
                        + JsonErrorMessages.describe(text) + ".");
            }
            JsonNode scheme = node.get("scheme");
            ObjectNode extension = null;
            if (node.get(AifExtension.FIELD) instanceof ObjectNode own) {
                extension = own;
            } else if (node.has(AifExtension.FIELD)) {
                warnings.add(tree.at(node, AifExtension.FIELD), "'" + AifExtension.FIELD + "' of node '" + id
                        + "' should be an object; ignored.");
            }
            AifNode read = new AifNode(id, type.asText(), text == null || text.isNull() ? null : text.asText(),
                    scheme != null && scheme.isTextual() ? scheme.asText() : null, extension, at);
            add(read, byId);
        }
    }

    /** The same node listed twice is harmless; two different nodes under one id make the edges ambiguous. */
    private void add(AifNode node, Map<String, AifNode> byId) throws MapReadException {
        AifNode first = byId.get(node.id());
        if (first == null) {
            byId.put(node.id(), node);
            return;
        }
        if (first.type().equals(node.type()) && Objects.equals(first.text(), node.text())) {
            warnings.add(node.place(), "node '" + node.id() + "' is listed again (first at line " + first.place().line()
                    + "); the repetition is ignored.");
            return;
        }
        throw fail(node.place(), "The nodeID '" + node.id() + "' is used twice (first at line " + first.place().line()
                + ") for different nodes; the edges could not tell them apart.");
    }

    private List<AifEdge> readEdges(ObjectNode nodeset, Map<String, AifNode> byId) throws MapReadException {
        JsonNode list = nodeset.get("edges");
        if (list == null) {
            return List.of();
        }
        if (!(list instanceof ArrayNode edges)) {
            throw fail(tree.at(nodeset, "edges"), "'edges' should be a list [ … ], but is " + JsonErrorMessages.describe(list) + ".");
        }
        List<AifEdge> read = new ArrayList<>(edges.size());
        for (int i = 0; i < edges.size(); i++) {
            Place at = tree.at(edges, i);
            if (!(edges.get(i) instanceof ObjectNode edge)) {
                throw fail(at, "Edge " + (i + 1) + " should be an object { … } with fromID and toID, but is "
                        + JsonErrorMessages.describe(edges.get(i)) + ".");
            }
            String from = id(edge, "fromID", "Edge " + (i + 1));
            String to = id(edge, "toID", "Edge " + (i + 1));
            if (!byId.containsKey(from)) {
                throw fail(tree.at(edge, "fromID"), "Edge " + (i + 1) + " leads from '" + from + "', which is not a node of this file.");
            }
            if (!byId.containsKey(to)) {
                throw fail(tree.at(edge, "toID"), "Edge " + (i + 1) + " leads to '" + to + "', which is not a node of this file.");
            }
            read.add(new AifEdge(from, to, at));
        }
        return read;
    }

    /** An id is text or a whole number (AIFdb writes both); 12 and "12" are the same id. */
    private String id(ObjectNode object, String field, String what) throws MapReadException {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            throw fail(tree.at(object), what + " has no \"" + field + "\".");
        }
        String id = AifTables.idText(value);
        if (id == null) {
            throw fail(tree.at(object, field), "The " + field + " of " + what.toLowerCase(Locale.ROOT)
                    + " should be text or a whole number, but is " + JsonErrorMessages.describe(value) + ".");
        }
        if (id.isBlank()) {
            throw fail(tree.at(object, field), what + " has an empty " + field + ".");
        }
        return id;
    }

    private MapReadException fail(Place at, String reason) {
        return new MapReadException(name, at.line(), at.column(), reason);
    }
}
