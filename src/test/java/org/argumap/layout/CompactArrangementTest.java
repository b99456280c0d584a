package org.argumap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeSet;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Wide maps lay out compact enough that "fit" shows them large: many leaves under one box stand
 * in columns, separate trees on shelves, so the map's shape comes near a screen's.
 */
class CompactArrangementTest {
    private static final BoxSizes SIZES = node -> node instanceof Statement
            ? new Size(220, 60 + Math.floorMod(node.id().hashCode(), 50))
            : new Size(20, 20);

    @Test
    void aPostWithThreeHundredLeafRepliesIsAboutAsWideAsAScreen() {
        ArgumentMap map = WideMaps.thread(300, 0, 1);

        MapGeometry g = new TreeLayout().layout(map, SIZES);

        assertShapeNearAScreen(g);
        LayoutAssertions.assertNoStatementsOverlap(map, g);
        LinkRoutesPropertiesTest.assertNoLinePassesThroughAnotherBox(map, g);
    }

    @Test
    void aThreadWithSubthreadsStaysCompactAndItsLinesKeepOffTheBoxes() {
        ArgumentMap map = WideMaps.thread(300, 8, 2);

        MapGeometry g = new TreeLayout().layout(map, SIZES);

        assertShapeNearAScreen(g);
        LayoutAssertions.assertNoStatementsOverlap(map, g);
        LinkRoutesPropertiesTest.assertNoLinePassesThroughAnotherBox(map, g);
    }

    @Test
    void everyStackedReplyHasItsLinkIntoThePost() {
        ArgumentMap map = WideMaps.thread(40, 0, 3);

        MapGeometry g = new TreeLayout().layout(map, SIZES);

        Rect post = g.rectOf("post");
        for (Inference reply : map.inferences()) {
            LinkRoute route = g.routeOf(reply.id());
            Rect box = g.rectOf(reply.premises().get(0).id());
            Route arrow = route.arrow();
            Point end = arrow.point(arrow.size() - 1);
            assertTrue(Math.abs(end.y() - post.maxY()) < 1e-6 && end.x() >= post.x() && end.x() <= post.maxX(),
                    reply.id() + " ends on the post's bottom edge: " + arrow);
            Point start = route.feed().point(0);
            assertTrue(Math.abs(start.x() - box.x()) < 1e-6 && start.y() > box.y() && start.y() < box.maxY(),
                    reply.id() + " starts at its box's left edge: " + route.feed());
        }
    }

    @Test
    void sixtySixSeparateClaimsStandInSeveralRows() {
        ArgumentMap map = WideMaps.separateClaims(66, 5, 4);

        MapGeometry g = new TreeLayout().layout(map, SIZES);

        TreeSet<Double> rowTops = new TreeSet<>();
        for (Statement claim : map.mainClaims()) {
            rowTops.add(g.rectOf(claim.id()).y());
        }
        assertTrue(rowTops.size() >= 4, "claims stand in several rows: " + rowTops);
        assertShapeNearAScreen(g);
        LayoutAssertions.assertNoStatementsOverlap(map, g);
        LinkRoutesPropertiesTest.assertNoLinePassesThroughAnotherBox(map, g);
    }

    @Test
    void aFewClaimsThatFitSideBySideKeepTheirRow() {
        ArgumentMap map = WideMaps.separateClaims(3, 0, 5);

        MapGeometry g = new TreeLayout().layout(map, SIZES);

        TreeSet<Double> rowTops = new TreeSet<>();
        for (Statement claim : map.mainClaims()) {
            rowTops.add(g.rectOf(claim.id()).y());
        }
        assertTrue(rowTops.size() == 1, "three claims stand in one row: " + rowTops);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 1.6, 2.2})
    void aKialoDebateWithReusedClaimsIsLaidOutAsATreeShapedLikeTheWindow(double window) {
        ArgumentMap map = WideMaps.kialo(960, 5, 11);
        LayoutInput input = LayoutInput.of(map, SIZES);

        MapGeometry g = LayoutStyle.AUTOMATIC.layout(window).layout(input);

        assertEquals(LayoutStyle.TREE, new AutoLayout().choose(input).style(), new AutoLayout().choose(input).reason());
        assertShapeNear(g, window);
        LayoutAssertions.assertNoStatementsOverlap(map, g);
        LinkRoutesPropertiesTest.assertNoLinePassesThroughAnotherBox(map, g);
        assertLinksEndOnTheirBoxes(map, g);
    }

    @Test
    void aThreadWithLongSubthreadsStacksThemWholeToFitTheWindow() {
        ArgumentMap map = WideMaps.thread(120, 0, 6);
        for (int t = 0; t < 12; t++) {
            WideMaps.subthread(map, "r" + (t * 10), 30 + t, t);
        }

        MapGeometry g = LayoutStyle.TREE.layout(1.6).layout(map, SIZES);

        assertShapeNear(g, 1.6);
        LayoutAssertions.assertNoStatementsOverlap(map, g);
        LinkRoutesPropertiesTest.assertNoLinePassesThroughAnotherBox(map, g);
        assertLinksEndOnTheirBoxes(map, g);
    }

    /** Within a factor of two of the window's width over height: fitted, the map fills at least half of it. */
    private static void assertShapeNear(MapGeometry g, double window) {
        Rect bounds = g.bounds();
        double ratio = bounds.width() / bounds.height();
        assertTrue(ratio > window / 2 && ratio < window * 2, "width over height " + ratio + " for a window of " + window
                + ": " + bounds);
    }

    /**
     * Every link starts on the edge of its premise's box and its arrow ends on the edge of the box
     * it answers: a cross link ends on the claim reused there, not on a neighbour.
     */
    static void assertLinksEndOnTheirBoxes(ArgumentMap map, MapGeometry g) {
        for (Inference inference : map.inferences()) {
            LinkRoute route = g.routeOf(inference.id());
            if (!(inference.target() instanceof Statement target) || inference.premises().size() != 1 || route.arrow() == null) {
                continue; // no route: a link between boxes side by side in a row, drawn straight across
            }
            Route arrow = route.arrow();
            Point end = arrow.point(arrow.size() - 1);
            assertTrue(onEdge(end, g.rectOf(target.id())), inference.id() + " ends on " + target.id() + ": " + arrow
                    + " " + g.rectOf(target.id()));
            Point start = route.feed().point(0);
            Rect premise = g.rectOf(inference.premises().get(0).id());
            assertTrue(onEdge(start, premise), inference.id() + " starts on its premise: " + route.feed() + " " + premise);
        }
    }

    private static boolean onEdge(Point p, Rect box) {
        double e = 1e-6;
        boolean withinX = p.x() >= box.x() - e && p.x() <= box.maxX() + e;
        boolean withinY = p.y() >= box.y() - e && p.y() <= box.maxY() + e;
        boolean onSide = Math.abs(p.x() - box.x()) < e || Math.abs(p.x() - box.maxX()) < e;
        boolean onTopOrBottom = Math.abs(p.y() - box.y()) < e || Math.abs(p.y() - box.maxY()) < e;
        return withinX && withinY && (onSide || onTopOrBottom);
    }

    /** Width over height between 1:1 and 3:1, where a 16:10 window shows the map at least half as large as it could. */
    private static void assertShapeNearAScreen(MapGeometry g) {
        Rect bounds = g.bounds();
        double ratio = bounds.width() / bounds.height();
        assertTrue(ratio > 1 && ratio < 3, "width over height " + ratio + " of " + bounds);
    }

    static Map<String, Rect> boxes(ArgumentMap map, MapGeometry g) {
        return LayoutAssertions.statementRects(map, g);
    }
}
