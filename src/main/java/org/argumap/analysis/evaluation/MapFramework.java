package org.argumap.analysis.evaluation;

import java.util.HashMap;
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
    /*
     * Keyed by id, not by node: an IdentityHashMap makes the JVM mint an identity hash for each of
     * a large map's nodes, which costs more than hashing ids whose hashes the map already cached.
     */
    private final Map<String, Integer> numbers;

    private MapFramework(AttackFramework framework, List<MapNode> nodes, Map<String, Integer> numbers) {
        this.framework = framework;
        this.nodes = nodes;
        this.numbers = numbers;
    }

    static MapFramework of(ArgumentMap map) {
        AttackFramework.Builder builder = new AttackFramework.Builder();
        List<MapNode> nodes = map.nodes();
        Map<String, Integer> numbers = new HashMap<>(nodes.size() * 2);
        for (MapNode node : nodes) {
            numbers.put(node.id(), builder.addArgument());
        }
        // Each statement's supports, gathered in one pass: asking the map statement by statement
        // sorts edges each time, too slow for a 100,000-statement map after every edit.
        int[] supportCount = new int[nodes.size()];
        for (MapNode node : nodes) {
            if (node instanceof Inference inference) {
                int self = numbers.get(inference.id());
                for (Statement premise : inference.premises()) {
                    int fails = builder.addArgument();
                    builder.attack(numbers.get(premise.id()), fails).attack(fails, self);
                }
                if (inference.type() == InferenceType.ATTACK) {
                    builder.attack(self, numbers.get(inference.target().id()));
                } else if (inference.type() == InferenceType.SUPPORT && inference.target() instanceof Statement) {
                    supportCount[numbers.get(inference.target().id())]++;
                }
            }
        }
        int[][] supports = new int[nodes.size()][];
        for (MapNode node : nodes) {
            if (node instanceof Inference inference && inference.type() == InferenceType.SUPPORT
                    && inference.target() instanceof Statement) {
                int target = numbers.get(inference.target().id());
                if (supports[target] == null) {
                    supports[target] = new int[supportCount[target]];
                    supportCount[target] = 0;
                }
                supports[target][supportCount[target]++] = numbers.get(inference.id());
            }
        }
        for (int self = 0; self < nodes.size(); self++) {
            if (!(nodes.get(self) instanceof Statement statement)) {
                continue;
            }
            if (statement.content().verdict() == Verdict.REJECTED) {
                builder.attack(builder.addArgument(), self);
            }
            if (supports[self] != null && statement.content().verdict() != Verdict.ACCEPTED) {
                int noReason = builder.addArgument();
                builder.attack(noReason, self);
                for (int support : supports[self]) {
                    builder.attack(support, noReason);
                }
            }
        }
        return new MapFramework(builder.build(), nodes, numbers);
    }

    AttackFramework framework() {
        return framework;
    }

    /** The map's statements and inferences, in map order; argument i is {@code nodes().get(i)}. */
    List<MapNode> nodes() {
        return nodes;
    }

    int numberOf(MapNode node) {
        return numbers.get(node.id());
    }
}
