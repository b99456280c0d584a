package org.argumap.analysis.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/** Works out which claims of a map stand, and how strongly: the entry point of this package. */
public final class Evaluator {
    static final String NO_STABLE_EXTENSION = "This map has no stable extension: no point of view decides every"
            + " claim without contradicting itself, so every claim is shown undecided.";

    private Evaluator() {
    }

    /** The grounded evaluation, the default everywhere. */
    public static Evaluation evaluate(ArgumentMap map) {
        return evaluate(map, Semantics.GROUNDED);
    }

    /**
     * The labels under these semantics and the gradual strengths. Preferred and stable labels are
     * sceptical; a map too large to search gets grounded labels and a notice saying so.
     */
    public static Evaluation evaluate(ArgumentMap map, Semantics semantics) {
        return evaluate(map, semantics, ExtensionSearch.Budget.ORDINARY);
    }

    static Evaluation evaluate(ArgumentMap map, Semantics semantics, ExtensionSearch.Budget budget) {
        Objects.requireNonNull(map);
        Objects.requireNonNull(semantics);
        MapFramework mapFramework = MapFramework.of(map);
        Decision decision = decide(mapFramework.framework(), semantics, budget);
        List<String> notices = new ArrayList<>(decision.notices());
        GradualStrength.Strengths strengths = GradualStrength.of(mapFramework);
        if (!strengths.settled()) {
            notices.add("Some strengths in a cycle of reasons and objections did not settle; they are shown as the"
                    + " last of " + GradualStrength.MAX_ROUNDS + " rounds left them.");
        }
        List<MapNode> nodes = mapFramework.nodes();
        Map<String, Label> labelsById = new LinkedHashMap<>();
        Map<String, Double> strengthsById = new LinkedHashMap<>();
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            MapNode node = nodes.get(i);
            labelsById.put(node.id(), decision.labels()[i]);
            if (node instanceof Statement) {
                statements.add(node.id());
                strengthsById.put(node.id(), strengths.values()[i]);
            }
        }
        return new Evaluation(semantics, labelsById, strengthsById, statements, String.join(" ", notices),
                statementsIn(decision.extensions(), nodes));
    }

    /** The labels of every argument, the extensions' in-sets, and what to tell the user about them. */
    private record Decision(Label[] labels, List<BitSet> extensions, List<String> notices) {
    }

    private static Decision decide(AttackFramework framework, Semantics semantics, ExtensionSearch.Budget budget) {
        Label[] grounded = GroundedLabelling.of(framework);
        if (semantics == Semantics.GROUNDED) {
            return new Decision(grounded, List.of(), List.of());
        }
        ExtensionSearch.Outcome outcome = ExtensionSearch.search(framework, grounded, semantics, budget);
        if (outcome instanceof ExtensionSearch.Found found) {
            return new Decision(found.labels(), found.extensions(), List.of());
        }
        if (outcome instanceof ExtensionSearch.NoExtension) {
            Label[] undecided = new Label[grounded.length];
            Arrays.fill(undecided, Label.UNDECIDED);
            return new Decision(undecided, List.of(), List.of(NO_STABLE_EXTENSION));
        }
        return new Decision(grounded, List.of(), List.of("This map is too large to enumerate its " + semantics.key()
                + " extensions, so grounded labels are shown."));
    }

    private static List<Set<String>> statementsIn(List<BitSet> extensions, List<MapNode> nodes) {
        Set<Set<String>> distinct = new LinkedHashSet<>();
        for (BitSet in : extensions) {
            Set<String> standing = new LinkedHashSet<>();
            for (int i = in.nextSetBit(0); i >= 0 && i < nodes.size(); i = in.nextSetBit(i + 1)) {
                if (nodes.get(i) instanceof Statement) {
                    standing.add(nodes.get(i).id());
                }
            }
            distinct.add(standing);
        }
        return List.copyOf(distinct);
    }
}
