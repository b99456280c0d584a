package org.argumap.io.aif;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapInfo;
import org.argumap.model.Position;
import org.argumap.model.StatementContent;

/**
 * Makes a map of a checked AIF document: I-nodes become statements (their speakers, through L → YA
 * → I, their authors), RA/CA/MA nodes inferences ({@link InferencePlanner}, {@link InferenceAdder}),
 * OVA places positions, and the wrapper's text, analyst and url the map's description, author and
 * source. AIF node ids stay the map's ids. The dialogue layer beyond authorship (transitions,
 * locutions that introduce nothing) is left out and counted in warnings.
 */
final class AifMapBuilder {
    private static final int IDS_SHOWN = 5;

    private final AifDocument document;
    private final AifGraph graph;
    private final Warnings warnings;
    private final Speakers speakers;
    private final ArgumentMap map = new ArgumentMap();

    AifMapBuilder(AifDocument document, Warnings warnings) {
        this.document = document;
        this.graph = new AifGraph(document);
        this.warnings = warnings;
        this.speakers = new Speakers(graph, document.participantOfLocution());
    }

    ArgumentMap build() {
        map.setInfo(AifExtension.info(meantInfo(document.wrapped(), document.text(), document.analyst(), document.url()),
                document.extension(), document.extensionPlace(), warnings));
        for (AifNode node : document.nodes()) {
            if (node.isInformation()) {
                addStatement(node);
            }
        }
        List<InferencePlan> plans = new InferencePlanner(document, graph, warnings).plan();
        Set<String> taken = new HashSet<>(document.byId().keySet());
        plans.forEach(p -> taken.add(p.id()));
        new InferenceAdder(map, warnings, taken).addAll(plans);
        reportLooseEdges();
        reportLeftOut();
        placeBoxes();
        return map;
    }

    /** What the wrapper's own fields say about the map; a bare nodeset says nothing. */
    static MapInfo meantInfo(boolean wrapped, String text, String analyst, String url) {
        if (!wrapped) {
            return MapInfo.EMPTY;
        }
        return MapInfo.EMPTY.withDescription(text == null ? "" : HtmlText.toPlain(text)).withSourceUrl(url)
                .withAuthors(analyst.isBlank() ? List.of() : List.of(analyst));
    }

    /** What an I-node with this text, introduced by this speaker with this illocution, says. */
    static StatementContent meantStatement(String text, String speaker, String illocution) {
        return StatementContent.claim(text).withAuthor(speaker)
                .withData(illocution.isEmpty() ? Map.of() : Map.of(Speakers.ILLOCUTION, illocution));
    }

    private void addStatement(AifNode node) {
        if (node.text() == null) {
            warnings.add(node.place(), "I-node '" + node.id() + "' has no text; it became an empty statement.");
        }
        Speakers.Introduction introduction = speakers.of(node);
        if (introduction.speakers().size() > 1) {
            warnings.add(node.place(), "I-node '" + node.id() + "' is put forward by " + introduction.speakers().size()
                    + " speakers (" + String.join(", ", introduction.speakers()) + "); its author is the first.");
        }
        StatementContent meant = meantStatement(node.text() == null ? "" : node.text(), introduction.author(),
                introduction.illocution());
        map.addStatement(node.id(), AifExtension.statement(meant, node.extension(), node.place(),
                "node '" + node.id() + "'", warnings));
    }

    /** An edge from one I-node straight to another says nothing in AIF (a scheme node must say how). */
    private void reportLooseEdges() {
        for (AifEdge edge : document.edges()) {
            if (document.byId().get(edge.from()).isInformation() && document.byId().get(edge.to()).isInformation()) {
                warnings.add(edge.place(), "the edge from I-node '" + edge.from() + "' straight to I-node '" + edge.to()
                        + "' says neither support nor attack (no RA or CA node between them); ignored.");
            }
        }
    }

    /** Counts, per kind, the nodes that did not go into the map, naming the first few. */
    private void reportLeftOut() {
        Map<String, List<AifNode>> leftOut = new LinkedHashMap<>();
        for (AifNode node : document.nodes()) {
            String why;
            if (node.is("TA")) {
                why = "transition (TA) nodes left out ({ids}): Argumap keeps the argument, not the course of the dialogue.";
            } else if (node.is("L") && !speakers.used(node)) {
                why = "locution (L) nodes left out ({ids}): they introduce no I-node through a YA node.";
            } else if (node.is("YA") && !speakers.used(node)) {
                why = "illocution (YA) nodes left out ({ids}): they anchor no I-node in a locution"
                        + " (such as \"Arguing\" on an RA node, or \"Analysing\" between locutions).";
            } else if (!node.isInformation() && !node.isSchemeNode() && !node.isDialogue()) {
                why = "nodes of the unknown type \"" + node.type() + "\" left out ({ids}).";
            } else {
                continue;
            }
            leftOut.computeIfAbsent(why, k -> new ArrayList<>()).add(node);
        }
        leftOut.forEach((why, nodes) -> {
            String ids = nodes.stream().limit(IDS_SHOWN).map(n -> "'" + n.id() + "'").collect(Collectors.joining(", "))
                    + (nodes.size() > IDS_SHOWN ? ", …" : "");
            String counted = nodes.size() == 1 ? why.replaceFirst("nodes", "node").replace("they ", "it ") : why;
            warnings.add(nodes.get(0).place(), nodes.size() + " " + counted.replace("{ids}", ids));
        });
    }

    private void placeBoxes() {
        for (AifDocument.LayoutEntry entry : document.layout()) {
            if (map.contains(entry.id())) {
                map.moveTo(entry.id(), new Position(entry.x(), entry.y()));
            } else if (!document.byId().containsKey(entry.id())) {
                warnings.add(entry.place(), "the OVA layout places '" + entry.id() + "', which is not a node of this file;"
                        + " ignored.");
            }
        }
    }
}
