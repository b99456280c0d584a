package org.argumap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;

class TreeLayoutPropertiesTest {

    /**
     * Any forest, with boxes of varied sizes: every box gets a place, and no two overlap. Statement
     * k hangs under {@code parents[k] % k}, an earlier one, or stands alone as a main claim.
     */
    @Property(tries = 200)
    void everyForestIsLaidOutWithoutOverlaps(
            @ForAll @Size(max = 60) List<@IntRange(min = -1, max = 1000) Integer> parents,
            @ForAll @IntRange(min = 40, max = 300) int widthSeed) {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("s0", StatementContent.claim("root"));
        for (int k = 1; k <= parents.size(); k++) {
            map.addStatement("s" + k, StatementContent.claim("s" + k));
            int parent = parents.get(k - 1);
            if (parent >= 0) {
                InferenceType type = parent % 2 == 0 ? InferenceType.SUPPORT : InferenceType.ATTACK;
                map.addInference(InferenceContent.of(type), List.of("s" + k), "s" + (parent % k));
            }
        }
        BoxSizes sizes = node -> new org.argumap.layout.Size(
                40 + (node.id().hashCode() & 0x7fffffff) % widthSeed, 30 + node.id().length() * 7);

        MapGeometry g = new TreeLayout().layout(map, sizes);

        assertEquals(map.size(), g.rects().size());
        TreeLayoutTest.assertNoStatementsOverlap(map, g);
    }
}
