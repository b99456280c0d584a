package org.argumap.io.aif;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.argumap.model.InferenceContent;

/**
 * Turns the scheme nodes of an AIF graph into inferences to add. An RA, CA or MA node's premises
 * are the I-nodes with an edge into it (in edge order); its target is where its one edge out leads,
 * an I-node or another scheme node (an undercut: a CA on an RA, or on another CA). Edges into it
 * from dialogue nodes (TA → YA "Arguing" → RA) anchor it in the dialogue and say nothing about the
 * argument, and so does an edge into a preference node (it says which argument is preferred, and
 * preferences are not kept). What cannot be an inference is left out and reported: a node without a target, without
 * premises, or a preference (PA); a node with several targets becomes one inference per target.
 */
final class InferencePlanner {
    private final AifDocument document;
    private final AifGraph graph;
    private final Warnings warnings;
    private final Set<String> taken;

    InferencePlanner(AifDocument document, AifGraph graph, Warnings warnings) {
        this.document = document;
        this.graph = graph;
        this.warnings = warnings;
        this.taken = new HashSet<>(document.byId().keySet());
    }

    List<InferencePlan> plan() {
        List<InferencePlan> plans = new ArrayList<>();
        for (AifNode node : document.nodes()) {
            if (node.isInference()) {
                plan(node, plans);
            } else if (node.is("PA")) {
                warnings.add(node.place(), "preference node '" + node.id() + "' left out: Argumap has no preferences"
                        + " between arguments" + preference(node) + ".");
            }
        }
        return plans;
    }

    private void plan(AifNode node, List<InferencePlan> plans) {
        List<String> premises = graph.sourcesOf(node).stream().filter(AifNode::isInformation).map(AifNode::id).toList();
        List<AifNode> targets = graph.targetsOf(node).stream()
                .filter(t -> t.isInformation() || t.isInference()).toList();
        AifSchemes.Meaning meaning = AifSchemes.meaning(node.type(), node.name());
        InferenceContent content = AifExtension.inference(InferenceContent.of(meaning.type()).withScheme(meaning.scheme()),
                node.extension(), node.place(), "node '" + node.id() + "'", warnings);
        if (targets.isEmpty()) {
            warnings.add(node.place(), node.describe() + " left out: it has no conclusion (no edge leads from it to an"
                    + " I-node or to an RA, CA or MA node).");
            return;
        }
        if (premises.isEmpty() && !content.hasOwnWords()) {
            warnings.add(node.place(), node.describe() + " left out: it has no premises (no edge leads into it from an"
                    + " I-node).");
            return;
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            String id = i == 0 ? node.id() : fresh(node.id());
            ids.add(id);
            plans.add(new InferencePlan(id, node, content, premises, targets.get(i).id()));
        }
        if (targets.size() > 1) {
            warnings.add(node.place(), node.describe() + " has " + targets.size() + " conclusions ("
                    + targets.stream().map(t -> "'" + t.id() + "'").collect(Collectors.joining(", "))
                    + "); an Argumap inference has one target, so it became " + targets.size() + " inferences ("
                    + ids.stream().map(i -> "'" + i + "'").collect(Collectors.joining(", ")) + ").");
        }
    }

    /** " (here 'a' over 'b')" for a PA node with one edge in and one out. */
    private String preference(AifNode node) {
        List<AifNode> in = graph.sourcesOf(node);
        List<AifNode> out = graph.targetsOf(node);
        if (in.size() == 1 && out.size() == 1) {
            return " (here '" + in.get(0).id() + "' over '" + out.get(0).id() + "')";
        }
        return "";
    }

    /** "12-2", "12-3", …: an id for a further inference of node 12 that no node of the file uses. */
    private String fresh(String base) {
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (taken.add(candidate)) {
                return candidate;
            }
        }
    }
}
