package org.argumap.io.aif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argumap.io.json.JsonMappers;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.MapInfo;
import org.argumap.model.MapNode;
import org.argumap.model.Position;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;

/**
 * Writes a map as AIF: statements as I-nodes, inferences as RA (support, and reply), CA (attack) or
 * MA (rephrase) nodes with edges premise → node → target, and each author as a locution "Author:
 * text" anchored to its statement by an Asserting YA node. Ids are the map's ids. What AIF cannot
 * hold goes into {@code "argumap"} fields ({@link AifExtension}), which other programs ignore.
 *
 * <p>The OVA3/xAIF form wraps the nodeset with OVA's layout (placed boxes), the analyst (the first
 * map author), the source url and the description as the analysed text. The bare AIFdb form is the
 * nodeset alone; it keeps no layout. Output is deterministic: map order, edges numbered in order,
 * two-space indentation, LF line ends.
 */
final class AifWriter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectWriter PRETTY = JsonMappers.mapper().writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final boolean wrapped;

    AifWriter(boolean wrapped) {
        this.wrapped = wrapped;
    }

    byte[] write(ArgumentMap map) {
        Set<String> taken = new HashSet<>();
        map.nodes().forEach(n -> taken.add(n.id()));
        ArrayNode nodes = JSON.arrayNode();
        List<String[]> edges = new ArrayList<>();
        Map<String, Position> places = new LinkedHashMap<>();
        for (MapNode node : map.nodes()) {
            nodes.add(node instanceof Statement s ? informationNode(s) : schemeNode((Inference) node));
            if (node.position() != null) {
                places.put(node.id(), node.position());
            }
        }
        for (Inference inference : map.inferences()) {
            inference.premises().forEach(p -> edges.add(new String[] {p.id(), inference.id()}));
            edges.add(new String[] {inference.id(), inference.target().id()});
        }
        Map<String, Integer> participants = new LinkedHashMap<>();
        ArrayNode locutions = JSON.arrayNode();
        for (Statement statement : map.statements()) {
            if (statement.author().isBlank()) {
                continue;
            }
            String locution = fresh("L-" + statement.id(), taken);
            String anchor = fresh("YA-" + statement.id(), taken);
            nodes.add(node(locution, locutionText(statement.content()), "L"));
            nodes.add(node(anchor, illocutionText(statement.content()), "YA"));
            edges.add(new String[] {locution, anchor});
            edges.add(new String[] {anchor, statement.id()});
            int person = participants.computeIfAbsent(statement.author().strip(), k -> participants.size() + 1);
            locutions.add(JSON.objectNode().put("nodeID", locution).put("personID", person));
        }
        ArrayNode aifEdges = JSON.arrayNode();
        for (String[] edge : edges) {
            aifEdges.add(JSON.objectNode().put("edgeID", aifEdges.size() + 1).put("fromID", edge[0]).put("toID", edge[1]));
        }
        ObjectNode root = wrapped ? wrapper(map.info(), nodes, aifEdges, participants, locutions, places, edges)
                : bare(nodes, aifEdges);
        ObjectNode own = AifExtension.info(meantInfo(map.info()), map.info());
        if (own != null) {
            root.set(AifExtension.FIELD, own);
        }
        try {
            return (PRETTY.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a map could not be turned into AIF JSON", e);
        }
    }

    private static ObjectNode bare(ArrayNode nodes, ArrayNode edges) {
        ObjectNode root = JSON.objectNode();
        root.set("nodes", nodes);
        root.set("edges", edges);
        root.putArray("locutions");
        return root;
    }

    private static ObjectNode wrapper(MapInfo info, ArrayNode nodes, ArrayNode edges, Map<String, Integer> participants,
                                      ArrayNode locutions, Map<String, Position> places, List<String[]> edgeList) {
        ObjectNode aif = JSON.objectNode();
        aif.set("nodes", nodes);
        aif.set("edges", edges);
        aif.putArray("schemefulfillments");
        aif.putArray("descriptorfulfillments");
        ArrayNode people = aif.putArray("participants");
        participants.forEach((name, id) -> people.add(JSON.objectNode().put("participantID", id)
                .put("firstname", firstName(name)).put("surname", surname(name))));
        aif.set("locutions", locutions);
        String analyst = info.authors().isEmpty() ? "" : info.authors().get(0);
        ObjectNode ova = JSON.objectNode().put("firstname", firstName(analyst)).put("surname", surname(analyst))
                .put("url", info.sourceUrl());
        ArrayNode ovaNodes = ova.putArray("nodes");
        places.forEach((id, p) -> {
            ObjectNode place = ovaNodes.addObject().put("nodeID", id).put("visible", true);
            place.set("x", coordinate(p.x()));
            place.set("y", coordinate(p.y()));
            place.put("timestamp", "");
        });
        ArrayNode ovaEdges = ova.putArray("edges");
        for (String[] edge : edgeList) {
            if (places.containsKey(edge[0]) && places.containsKey(edge[1])) {
                ovaEdges.add(JSON.objectNode().put("fromID", edge[0]).put("toID", edge[1]).put("visible", true));
            }
        }
        ObjectNode root = JSON.objectNode();
        root.set("AIF", aif);
        root.put("text", HtmlText.toHtml(info.description()));
        root.set("OVA", ova);
        return root;
    }

    private ObjectNode informationNode(Statement statement) {
        ObjectNode node = node(statement.id(), statement.text(), "I");
        StatementContent content = statement.content();
        boolean spoken = !content.author().isBlank();
        StatementContent meant = AifMapBuilder.meantStatement(content.text(),
                spoken ? Speakers.speakerIn(locutionText(content)) : "",
                spoken ? Speakers.illocution(illocutionText(content)) : "");
        return withOwn(node, AifExtension.statement(meant, content));
    }

    private ObjectNode schemeNode(Inference inference) {
        InferenceContent content = inference.content();
        String type = AifSchemes.aifType(content.type());
        String name = AifSchemes.name(content.type(), content.scheme());
        ObjectNode node = node(inference.id(), name, type);
        AifSchemes.Meaning meaning = AifSchemes.meaning(type, AifNode.nameOf(name, null));
        InferenceContent meant = InferenceContent.of(meaning.type()).withScheme(meaning.scheme());
        return withOwn(node, AifExtension.inference(meant, content));
    }

    private MapInfo meantInfo(MapInfo info) {
        String analyst = info.authors().isEmpty() ? "" : info.authors().get(0);
        return AifMapBuilder.meantInfo(wrapped, HtmlText.toHtml(info.description()),
                (firstName(analyst) + " " + surname(analyst)).strip(), info.sourceUrl());
    }

    private static ObjectNode node(String id, String text, String type) {
        return JSON.objectNode().put("nodeID", id).put("text", text).put("type", type);
    }

    private static ObjectNode withOwn(ObjectNode node, ObjectNode own) {
        if (own != null) {
            node.set(AifExtension.FIELD, own);
        }
        return node;
    }

    static String locutionText(StatementContent content) {
        return content.author() + ": " + content.text();
    }

    static String illocutionText(StatementContent content) {
        String illocution = content.data().getOrDefault(Speakers.ILLOCUTION, "");
        return illocution.isBlank() ? "Asserting" : illocution;
    }

    private static String firstName(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static String surname(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? "" : name.substring(space + 1);
    }

    /** Whole numbers without a fraction (OVA writes 273, not 273.0). */
    private static JsonNode coordinate(double value) {
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15 && !isNegativeZero(value);
        return whole ? JSON.numberNode((long) value) : JSON.numberNode(value);
    }

    private static boolean isNegativeZero(double value) {
        return Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0);
    }

    /** "L-s1", or "L-s1-2" if a node of the map is called "L-s1" already. */
    private static String fresh(String base, Set<String> taken) {
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
