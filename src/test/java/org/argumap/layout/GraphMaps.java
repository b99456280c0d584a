package org.argumap.layout;

import java.util.List;
import java.util.Random;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;

/**
 * Debates that are graphs, not trees: a {@link DebateMaps} debate in which some statements also
 * serve a second argument elsewhere, as in AIF corpora and Argdown maps. The second argument
 * always bears on an earlier statement, and every edge of the generated debate runs from a later
 * statement to an earlier one, so no cycle arises and every claim can stand above its reasons.
 */
public final class GraphMaps {
    private GraphMaps() {
    }

    /** A debate of {@code statements} statements, of which about {@code sharedPercent} % serve two arguments. */
    public static ArgumentMap debateWithSharedPremises(int statements, int sharedPercent, long seed) {
        ArgumentMap map = DebateMaps.debate(statements, seed);
        Random random = new Random(seed + 1);
        List<Statement> all = map.statements();
        int shared = all.size() * sharedPercent / 100;
        for (int k = 0; k < shared; k++) {
            int premise = 2 + random.nextInt(Math.max(1, all.size() - 2));
            int target = random.nextInt(premise - 1);
            Statement from = all.get(premise);
            Statement to = all.get(target);
            if (map.inferencesFrom(from).stream().anyMatch(i -> i.target() == to)) {
                continue;
            }
            InferenceType type = random.nextInt(3) == 0 ? InferenceType.ATTACK : InferenceType.SUPPORT;
            map.addInference(InferenceContent.of(type), List.of(from.id()), to.id());
        }
        return map;
    }
}
