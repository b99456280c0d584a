package org.argumap.layout;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argumap.model.ArgumentMap;
import org.argumap.model.GeneratedMaps;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/**
 * Every layout keeps the promises of {@link MapLayout} on any map the model allows: shared
 * premises, cycles, undercuts of undercuts, inferences without premises, placed boxes, and any
 * set of collapsed statements.
 */
class LayoutPropertiesTest {

    @Provide
    Arbitrary<ArgumentMap> maps() {
        return GeneratedMaps.maps();
    }

    @Provide
    Arbitrary<MapLayout> layouts() {
        return Arbitraries.of(new TreeLayout(), new ElkLayeredLayout(), new AutoLayout());
    }

    private static Collapsing someCollapsed(ArgumentMap map, long seed) {
        Random random = new Random(seed);
        Set<String> collapsed = new HashSet<>();
        for (Statement statement : map.statements()) {
            if (random.nextInt(6) == 0) {
                collapsed.add(statement.id());
            }
        }
        return Collapsing.of(map, collapsed);
    }

    @Property(tries = 150)
    void visibleBoxesArePlacedHiddenOnesNotAndPlacedOnesStay(@ForAll("maps") ArgumentMap map,
            @ForAll("layouts") MapLayout layout, @ForAll long seed) {
        Collapsing collapsing = someCollapsed(map, seed);

        MapGeometry g = layout.layout(map, LayoutAssertions.SIZES, collapsing);

        LayoutAssertions.assertLaidOutExactlyTheVisible(map, collapsing, g);
        LayoutAssertions.assertPlacedBoxesStay(map, g);
    }

    @Property(tries = 150)
    void withNothingPlacedNoTwoBoxesOverlap(@ForAll("maps") ArgumentMap map, @ForAll("layouts") MapLayout layout,
            @ForAll long seed) {
        for (MapNode node : map.nodes()) {
            map.moveTo(node.id(), null);
        }
        Collapsing collapsing = someCollapsed(map, seed);

        MapGeometry g = layout.layout(map, LayoutAssertions.SIZES, collapsing);

        LayoutAssertions.assertNoStatementsOverlap(map, g);
        if (layout instanceof ElkLayeredLayout) {
            LayoutAssertions.assertNoOverlaps(g.rects()); // junctions are ELK nodes too
        }
    }
}
