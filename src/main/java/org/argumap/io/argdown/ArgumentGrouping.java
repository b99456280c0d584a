package org.argumap.io.argdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argumap.io.argdown.WriterNodes.ArgumentNode;
import org.argumap.io.argdown.WriterNodes.Kind;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceFlavour;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;

/**
 * Decides which inferences make one Argdown argument: a premise-less inference with the further
 * relations marked as its parts, and a reconstruction with the steps marked as its own that chain
 * into it (each step's conclusion the first premise of the next, as the reader builds them).
 * It also works out the type and flavour an argument must state as {data} because its
 * relation or structure does not say them.
 */
final class ArgumentGrouping {
    private final ArgdownView view;

    ArgumentGrouping(ArgdownView view) {
        this.view = view;
    }

    void group() {
        List<Inference> all = view.map.inferences();
        Map<String, ArgumentNode> premiseLess = new LinkedHashMap<>();
        for (Inference inference : all) {
            if (inference.premises().isEmpty() && marker(inference) == null) {
                premiseLess.putIfAbsent(inference.content().title(), newNode(inference));
            }
        }
        for (Inference inference : all) {
            if (inference.premises().isEmpty() && marker(inference) != null) {
                ArgumentNode main = premiseLess.get(marker(inference));
                if (main != null) {
                    main.parts.add(inference);
                    view.argumentOf.put(inference, main);
                } else {
                    newNode(inference);
                }
            }
        }
        Map<String, List<Inference>> stepCandidates = new HashMap<>();
        List<ArgumentNode> reconstructed = new ArrayList<>();
        for (Inference inference : all) {
            if (inference.premises().isEmpty()) {
                continue;
            }
            if (marker(inference) != null && isStepShaped(inference)) {
                stepCandidates.computeIfAbsent(marker(inference), k -> new ArrayList<>()).add(inference);
            } else if (!view.isRelation(inference)) {
                ArgumentNode node = newNode(inference);
                node.steps.add(inference);
                reconstructed.add(node);
            }
        }
        for (ArgumentNode node : reconstructed) {
            List<Inference> candidates = stepCandidates.get(node.main.content().title());
            if (candidates != null && !node.main.content().title().isBlank()) {
                chain(node, candidates);
            }
        }
        for (List<Inference> left : stepCandidates.values()) {
            for (Inference inference : left) {
                newNode(inference).steps.add(inference);
            }
        }
        for (ArgumentNode node : new ArrayList<>(view.arguments)) {
            decideWrittenFields(node);
            detachParts(node);
        }
    }

    private ArgumentNode newNode(Inference main) {
        ArgumentNode node = new ArgumentNode(main);
        view.arguments.add(node);
        view.argumentOf.put(main, node);
        return node;
    }

    private static String marker(Inference inference) {
        String marker = inference.content().data().get(DataKeys.ARGUMENT);
        return marker == null || marker.isBlank() ? null : marker;
    }

    private static boolean isStepShaped(Inference inference) {
        InferenceContent content = inference.content();
        return content.type() == InferenceType.SUPPORT && content.flavour() == InferenceFlavour.DEFEASIBLE
                && content.title().isBlank() && content.description().isBlank() && content.author().isBlank()
                && inference.target() instanceof Statement;
    }

    /** Steps whose conclusion is the first premise of the step after them, back from the main inference. */
    private void chain(ArgumentNode node, List<Inference> candidates) {
        Map<Statement, List<Inference>> byConclusion = new HashMap<>();
        for (Inference candidate : candidates) {
            byConclusion.computeIfAbsent((Statement) candidate.target(), k -> new ArrayList<>()).add(candidate);
        }
        Set<Inference> used = new HashSet<>();
        List<Inference> chain = new ArrayList<>();
        Inference current = node.main;
        while (true) {
            List<Inference> steps = byConclusion.getOrDefault(current.premises().get(0), List.of());
            Inference step = steps.stream().filter(s -> !used.contains(s)).findFirst().orElse(null);
            if (step == null) {
                break;
            }
            used.add(step);
            chain.add(step);
            view.argumentOf.put(step, node);
            current = step;
        }
        Collections.reverse(chain);
        node.steps.addAll(0, chain);
        candidates.removeAll(used);
    }

    /** What the reader would take the type and flavour to be without {data}; where it differs, data says it. */
    private void decideWrittenFields(ArgumentNode node) {
        Inference main = node.main;
        InferenceType type = InferenceType.SUPPORT;
        InferenceFlavour flavour = InferenceFlavour.DEFEASIBLE;
        boolean relationSays = node.reconstructed() ? ArgdownView.needsStatedConclusion(main) : !view.isStandIn(main.target());
        if (relationSays) {
            Kind kind = view.kindOf(main);
            type = kind == Kind.SUPPORT ? InferenceType.SUPPORT : InferenceType.ATTACK;
            if (kind == Kind.CONTRADICTORY) {
                flavour = InferenceFlavour.CONTRADICTORY;
            } else if (node.reconstructed() && view.strict && main.target() instanceof Statement) {
                flavour = InferenceFlavour.STRICT;
            }
        }
        node.writtenType = main.type() != type ? main.type() : null;
        node.writtenFlavour = main.content().flavour() != flavour ? main.content().flavour() : null;
    }

    /** A further relation the reader would read back differently becomes an argument of its own. */
    private void detachParts(ArgumentNode node) {
        Set<String> relations = new HashSet<>();
        relations.add(view.kindOf(node.main) + " " + node.main.target().id());
        for (Iterator<Inference> it = node.parts.iterator(); it.hasNext(); ) {
            Inference part = it.next();
            boolean merged = !relations.add(view.kindOf(part) + " " + part.target().id());
            Kind kind = view.kindOf(part);
            InferenceType type = kind == Kind.SUPPORT ? InferenceType.SUPPORT : InferenceType.ATTACK;
            InferenceFlavour flavour = node.writtenFlavour != null ? node.writtenFlavour
                    : kind == Kind.CONTRADICTORY ? InferenceFlavour.CONTRADICTORY : InferenceFlavour.DEFEASIBLE;
            if (merged || part.type() != type || part.content().flavour() != flavour || view.isStandIn(part.target())) {
                it.remove();
                view.argumentOf.remove(part);
                ArgumentNode own = newNode(part);
                decideWrittenFields(own);
            }
        }
    }
}
