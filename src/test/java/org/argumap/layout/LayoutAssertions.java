package org.argumap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Position;
import org.argumap.model.Statement;

/** What every layout must give, checked on any map: the rules of {@link MapLayout}. */
final class LayoutAssertions {
    static final BoxSizes SIZES = node -> node instanceof Statement ? new Size(200, 60) : new Size(16, 16);

    private LayoutAssertions() {
    }

    /** No two rectangles share area; sorted by x, so large maps are checked in n log n, not n². */
    static void assertNoOverlaps(Map<String, Rect> rects) {
        List<Map.Entry<String, Rect>> byX = new ArrayList<>(rects.entrySet());
        byX.sort(Comparator.comparingDouble(e -> e.getValue().x()));
        for (int i = 0; i < byX.size(); i++) {
            Rect a = byX.get(i).getValue();
            for (int j = i + 1; j < byX.size() && byX.get(j).getValue().x() < a.maxX(); j++) {
                assertFalse(a.overlaps(byX.get(j).getValue()), byX.get(i).getKey() + " overlaps " + byX.get(j).getKey());
            }
        }
    }

    static void assertNoStatementsOverlap(ArgumentMap map, MapGeometry geometry) {
        assertNoOverlaps(statementRects(map, geometry));
    }

    static Map<String, Rect> statementRects(ArgumentMap map, MapGeometry geometry) {
        Map<String, Rect> rects = new java.util.LinkedHashMap<>();
        for (Statement statement : map.statements()) {
            if (geometry.rectOf(statement.id()) != null) {
                rects.put(statement.id(), geometry.rectOf(statement.id()));
            }
        }
        return rects;
    }

    /**
     * Every visible node has a finite rectangle of its measured size, every hidden one none; a box
     * with more arrows into it than its measured width receives apart is widened to receive them
     * ({@link ArrowSpacing}), and only then.
     */
    static void assertLaidOutExactlyTheVisible(ArgumentMap map, Collapsing collapsing, MapGeometry geometry) {
        for (MapNode node : map.nodes()) {
            Rect rect = geometry.rectOf(node.id());
            if (isShown(node, collapsing)) {
                assertNotNull(rect, node + " is visible, so it is laid out");
                assertTrue(Double.isFinite(rect.x()) && Double.isFinite(rect.y()), node + " at " + rect);
                Size measured = SIZES.sizeOf(node);
                long arrows = map.inferencesInto(node).stream().filter(i -> geometry.rectOf(i.id()) != null).count();
                double width = node instanceof Statement
                        ? Math.max(measured.width(), ArrowSpacing.widthFor((int) arrows)) : measured.width();
                assertEquals(new Size(width, measured.height()), new Size(rect.width(), rect.height()),
                        node + " keeps its size");
            } else {
                assertNull(rect, node + " is hidden, so it has no rectangle");
            }
        }
    }

    private static boolean isShown(MapNode node, Collapsing collapsing) {
        for (MapNode step = node; ; step = ((Inference) step).target()) {
            if (collapsing.isHidden(step)) {
                return false;
            }
            if (step instanceof Statement) {
                return true;
            }
        }
    }

    /** Every box the user placed is centred where it was put. */
    static void assertPlacedBoxesStay(ArgumentMap map, MapGeometry geometry) {
        for (MapNode node : map.nodes()) {
            Position placed = node.position();
            Rect rect = geometry.rectOf(node.id());
            if (placed != null && rect != null) {
                assertEquals(placed.x(), rect.centreX(), 1e-6, node + " stays where it was put");
                assertEquals(placed.y(), rect.centreY(), 1e-6, node + " stays where it was put");
            }
        }
    }

    /** Every visible premise stands below what its inference bears on (for maps without cycles). */
    static void assertClaimsAboveTheirReasons(ArgumentMap map, MapGeometry geometry) {
        for (Inference inference : map.inferences()) {
            if (inference.target() instanceof Statement target && geometry.rectOf(inference.id()) != null) {
                for (Statement premise : inference.premises()) {
                    assertTrue(geometry.rectOf(premise.id()).y() >= geometry.rectOf(target.id()).maxY(),
                            premise + " is below " + target);
                }
            }
        }
    }
}
