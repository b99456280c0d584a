package org.argumap.analysis.evaluation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.argumap.model.Verdict;

/**
 * The map read as an attack framework, so that Dung's semantics can label it. Every statement and
 * every inference is an argument; attacks are drawn as the map says, and support, premises and the
 * user's verdicts are expressed by attacks from helper arguments that stand for a missing condition
 * (the "necessary support" reading of Cayrol and Lagasquie-Schiex 2005, encoded as Nouioua and
 * Risch 2011 do). {@code analysis.md} states the reading; in short:
 * <ol>
 * <li>an attack inference attacks its target, a statement or (an undercut) an inference;</li>
 * <li>an inference needs all its premises: for each premise p, a helper "p fails" attacks the
 *     inference and is attacked by p;</li>
 * <li>a statement with supports needs one of them to stand: a helper "no reason stands" attacks the
 *     statement and is attacked by each of its supports. A statement without supports is presumed,
 *     and so is one the user accepted;</li>
 * <li>a statement the user rejected is attacked by an unattacked helper, so it falls;</li>
 * <li>rephrasings, unclassified replies and supports of an inference bear on nothing.</li>
 * </ol>
 */
final class MapFramework {
    private final AttackFramework framework;
    private final List<MapNode> nodes;
    private final Map<MapNode, Integer> numbers;

    private MapFramework(AttackFramework framework, List<MapNode> nodes, Map<MapNode, Integer> numbers) {
        this.framework = framework;
        this.nodes = nodes;
        this.numbers = numbers;
    }

    static MapFramework of(ArgumentMap map) {
        AttackFramework.Builder builder = new AttackFramework.Builder();
        List<MapNode> nodes = new ArrayList<>(map.size());
        Map<MapNode, Integer> numbers = new IdentityHashMap<>(map.size() * 2);
        for (MapNode node : map.nodes()) {
            numbers.put(node, builder.addArgument());
            nodes.add(node);
        }
        for (Inference inference : map.inferences()) {
            int self = numbers.get(inference);
            for (Statement premise : inference.premises()) {
                int fails = builder.addArgument();
                builder.attack(numbers.get(premise), fails).attack(fails, self);
            }
            if (inference.type() == InferenceType.ATTACK) {
                builder.attack(self, numbers.get(inference.target()));
            }
        }
        Map<Statement, List<Inference>> supports = supportsByTarget(map);
        for (MapNode node : nodes) {
            if (!(node instanceof Statement statement)) {
                continue;
            }
            int self = numbers.get(statement);
            if (statement.content().verdict() == Verdict.REJECTED) {
                builder.attack(builder.addArgument(), self);
            }
            List<Inference> reasons = supports.getOrDefault(statement, List.of());
            if (!reasons.isEmpty() && statement.content().verdict() != Verdict.ACCEPTED) {
                int noReason = builder.addArgument();
                builder.attack(noReason, self);
                for (Inference support : reasons) {
                    builder.attack(numbers.get(support), noReason);
                }
            }
        }
        return new MapFramework(builder.build(), List.copyOf(nodes), numbers);
    }

    /**
     * Each statement's supports in one pass over the inferences: asking the map statement by
     * statement sorts edges each time, too slow for a 100,000-statement map after every edit.
     */
    private static Map<Statement, List<Inference>> supportsByTarget(ArgumentMap map) {
        Map<Statement, List<Inference>> supports = new IdentityHashMap<>();
        for (Inference inference : map.inferences()) {
            if (inference.type() == InferenceType.SUPPORT && inference.target() instanceof Statement target) {
                supports.computeIfAbsent(target, t -> new ArrayList<>(2)).add(inference);
            }
        }
        return supports;
    }

    AttackFramework framework() {
        return framework;
    }

    /** The map's statements and inferences, in map order; argument i is {@code nodes().get(i)}. */
    List<MapNode> nodes() {
        return nodes;
    }

    int numberOf(MapNode node) {
        return numbers.get(node);
    }
}
