package org.argumap.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * The circular-reasoning search as it was on JGraphT's graph and algorithms, kept as the
 * reference that {@link CircularReasoning}, which works on arrays, must agree with word for word.
 */
final class CircularReasoningReference {
    private enum StepKind { SUPPORTS, SAYS_THE_SAME_AS }

    /** One edge of the derived graph; a class with identity, since JGraphT needs distinct edge objects. */
    private static final class Step {
        private final StepKind kind;

        Step(StepKind kind) {
            this.kind = kind;
        }
    }

    private final Map<Statement, Integer> mapOrder = new HashMap<>();
    private final Graph<Statement, Step> reasons = new DirectedPseudograph<>(null, null, false);

    CircularReasoningReference(ArgumentMap map) {
        List<Statement> statements = map.statements();
        for (int i = 0; i < statements.size(); i++) {
            mapOrder.put(statements.get(i), i);
            reasons.addVertex(statements.get(i));
        }
        for (Inference inference : map.inferences()) {
            if (inference.target() instanceof Statement conclusion) {
                addSteps(inference, conclusion);
            }
        }
    }

    private void addSteps(Inference inference, Statement conclusion) {
        for (Statement premise : inference.premises()) {
            if (inference.type() == InferenceType.SUPPORT) {
                reasons.addEdge(premise, conclusion, new Step(StepKind.SUPPORTS));
            } else if (inference.type() == InferenceType.REPHRASE) {
                reasons.addEdge(premise, conclusion, new Step(StepKind.SAYS_THE_SAME_AS));
                reasons.addEdge(conclusion, premise, new Step(StepKind.SAYS_THE_SAME_AS));
            }
        }
    }

    List<Problem> find() {
        List<Problem> problems = new ArrayList<>();
        List<Set<Statement>> parts = new KosarajuStrongConnectivityInspector<>(reasons).stronglyConnectedSets();
        parts.stream()
                .filter(part -> part.size() > 1)
                .sorted(Comparator.comparingInt(part -> part.stream().mapToInt(mapOrder::get).min().orElse(0)))
                .forEach(part -> firstSupportInside(part).ifPresent(step -> problems.add(describe(part, step))));
        return problems;
    }

    private Optional<Step> firstSupportInside(Set<Statement> part) {
        return part.stream()
                .sorted(Comparator.comparingInt(mapOrder::get))
                .flatMap(s -> reasons.outgoingEdgesOf(s).stream()
                        .filter(e -> e.kind == StepKind.SUPPORTS && part.contains(reasons.getEdgeTarget(e)))
                        .sorted(Comparator.comparingInt(e -> mapOrder.get(reasons.getEdgeTarget(e)))))
                .findFirst();
    }

    private Problem describe(Set<Statement> part, Step firstSupport) {
        Statement start = reasons.getEdgeSource(firstSupport);
        Statement next = reasons.getEdgeTarget(firstSupport);
        GraphPath<Statement, Step> wayBack =
                BFSShortestPath.findPathBetween(new AsSubgraph<>(reasons, part), next, start);
        List<Step> circle = new ArrayList<>();
        circle.add(firstSupport);
        circle.addAll(wayBack.getEdgeList());

        StringBuilder message = new StringBuilder(Excerpt.of(start));
        List<String> ids = new ArrayList<>();
        ids.add(start.id());
        for (int i = 0; i < circle.size(); i++) {
            Step step = circle.get(i);
            Statement to = reasons.getEdgeTarget(step);
            message.append(i == 0 ? " " : ", which ").append(verb(step));
            if (to == start) {
                message.append(' ').append(Excerpt.textOf(start)).append(" again");
            } else {
                message.append(' ').append(Excerpt.of(to));
                ids.add(to.id());
            }
        }
        message.append(": the claim ends up resting on itself (circular reasoning).");
        List<Statement> others = part.stream().filter(s -> !ids.contains(s.id()))
                .sorted(Comparator.comparingInt(mapOrder::get)).toList();
        if (!others.isEmpty()) {
            message.append(' ').append(others.size())
                    .append(others.size() == 1 ? " more statement is" : " more statements are")
                    .append(" caught in the same circle.");
            others.forEach(s -> ids.add(s.id()));
        }
        return new Problem(MapChecker.CIRCULAR_REASONING, message.toString(), ids);
    }

    private static String verb(Step step) {
        return step.kind == StepKind.SUPPORTS ? "supports" : "says the same as";
    }
}
