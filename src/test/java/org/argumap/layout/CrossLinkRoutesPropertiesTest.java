package org.argumap.layout;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.Statement;

/**
 * Maps where statements are used in a second place (a Kialo "-> See", a shared premise in an
 * AIF corpus), laid out by the tree layout as large ones are: the second use's link runs from
 * one branch to another, possibly far, and none of its lines passes through a box that is not
 * its own. Checked for single-premise links onto statements (what a reused Kialo claim makes);
 * an undercut from a statement used far off, or the bracket over linked premises that stand
 * apart, may still cross a box.
 */
class CrossLinkRoutesPropertiesTest {

    @Property(tries = 60)
    void crossLinksGoRoundTheBoxes(@ForAll @IntRange(min = 3, max = 300) int size, @ForAll long seed,
                                   @ForAll @IntRange(min = 1, max = 15) int sharedPercent) {
        ArgumentMap map = GraphMaps.debateWithSharedPremises(size, sharedPercent, seed);
        BoxSizes sizes = node -> node instanceof Statement
                ? new Size(120 + Math.floorMod(node.id().hashCode() * 31, 160), 50 + Math.floorMod(node.id().hashCode(), 120))
                : node instanceof Inference i && i.isLinked() ? new Size(24, 24) : new Size(20, 20);

        MapGeometry g = new TreeLayout().layout(map, sizes);

        LinkRoutesPropertiesTest.assertNoLinePassesThroughAnotherBox(map, g, i -> i.target() instanceof Statement && i.premises().size() == 1);
    }

    @Property(tries = 40)
    void kialoDebatesWithReusedClaimsKeepTheirLinesOffTheBoxes(@ForAll @IntRange(min = 20, max = 1500) int size,
                                                              @ForAll @IntRange(min = 1, max = 10) int seePercent,
                                                              @ForAll long seed,
                                                              @ForAll @IntRange(min = 8, max = 25) int windowTenths) {
        ArgumentMap map = WideMaps.kialo(size, seePercent, seed);
        BoxSizes sizes = node -> node instanceof Statement
                ? new Size(160 + Math.floorMod(node.id().hashCode() * 31, 120), 50 + Math.floorMod(node.id().hashCode(), 90))
                : new Size(20, 20);

        MapGeometry g = LayoutStyle.AUTOMATIC.layout(windowTenths / 10.0).layout(map, sizes);

        LayoutAssertions.assertNoStatementsOverlap(map, g);
        LinkRoutesPropertiesTest.assertNoLinePassesThroughAnotherBox(map, g);
        CompactArrangementTest.assertLinksEndOnTheirBoxes(map, g);
    }

    @Property(tries = 30)
    void wideThreadsWithCrossLinksKeepTheirLinesOffTheBoxes(@ForAll @IntRange(min = 5, max = 200) int replies,
                                                           @ForAll long seed) {
        ArgumentMap map = WideMaps.thread(replies, 6, seed);
        BoxSizes sizes = node -> node instanceof Statement
                ? new Size(220, 50 + Math.floorMod(node.id().hashCode(), 90))
                : new Size(20, 20);

        MapGeometry g = new TreeLayout().layout(map, sizes);

        LayoutAssertions.assertNoStatementsOverlap(map, g);
        LinkRoutesPropertiesTest.assertNoLinePassesThroughAnotherBox(map, g);
    }
}
