package org.argumap.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argumap.layout.Rect;
import org.junit.jupiter.api.Test;

/** Snapping a drag to the boxes around it, and the guides where they align. */
class SnapGuidesTest {
    private static final double EXACT = 1e-9;

    /** Two boxes that stay: one above left, one to the right. */
    private final SnapGuides guides = new SnapGuides(List.of(
            new Rect(0, 0, 200, 80),
            new Rect(400, 300, 100, 40)));
    /** The dragged box, 160 by 60, starting well away from both. */
    private final Rect dragged = new Rect(1000, 1000, 160, 60);

    @Test
    void anEdgeWithinTheThresholdSnapsOntoTheOther() {
        // The pointer takes the left edge to x = 3 and the top to y = 150: left edge snaps to 0.
        SnapGuides.Snap snap = guides.snap(List.of(dragged), -997, -850, 6);
        assertEquals(-1000, snap.dx(), EXACT, "left edges meet");
        assertEquals(-850, snap.dy(), EXACT, "nothing near in y: as the pointer has it");
        assertEquals(List.of(new SnapGuides.Guide(true, 0, 0, 210)), snap.guides(),
                "one vertical guide along both left edges, from the top box to the bottom of the dragged one");
    }

    @Test
    void beyondTheThresholdNothingSnaps() {
        SnapGuides.Snap snap = guides.snap(List.of(dragged), -993, -850, 6);
        assertEquals(-993, snap.dx(), EXACT);
        assertEquals(-850, snap.dy(), EXACT);
        assertTrue(snap.guides().isEmpty());
    }

    @Test
    void theNearestPairWinsAndBothAxesSnapIndependently() {
        // Left edge at 402 (2 from the right box's left edge, 400); centre y at 322 (2 from its centre,
        // 320), while the top, at 292, is 8 from its top: the nearer pair wins.
        SnapGuides.Snap snap = guides.snap(List.of(dragged), -598, -708, 6);
        assertEquals(-600, snap.dx(), EXACT);
        assertEquals(-710, snap.dy(), EXACT);
        assertEquals(400, dragged.x() + snap.dx(), EXACT);
        assertEquals(320, dragged.centreY() + snap.dy(), EXACT, "centres aligned");
        assertTrue(snap.guides().contains(new SnapGuides.Guide(false, 320, 400, 560)),
                "a horizontal guide through both centres: " + snap.guides());
        assertTrue(snap.guides().contains(new SnapGuides.Guide(true, 400, 290, 350)), "and one down the left edges");
    }

    @Test
    void centresSnapToCentresAndEdgesToOppositeEdges() {
        // The dragged centre comes within 4 of the top box's centre, 100.
        assertEquals(100, dragged.centreX() + guides.snap(List.of(dragged), -976, 0, 6).dx(), EXACT);
        // The dragged left edge near the top box's right edge (200): it snaps there, side by side.
        assertEquals(200, dragged.x() + guides.snap(List.of(dragged), -795, 0, 6).dx(), EXACT);
    }

    @Test
    void anyOfSeveralDraggedBoxesMaySnapAndTheThresholdIsInMapUnits() {
        Rect other = new Rect(2000, 1000, 100, 60);
        // The second dragged box's left edge comes within 10 of 400; at a threshold of 6 map units it
        // stays, at 12 (6 px at 50 %) it snaps.
        assertEquals(-1590, guides.snap(List.of(dragged, other), -1590, 0, 6).dx(), EXACT);
        assertEquals(-1600, guides.snap(List.of(dragged, other), -1590, 0, 12).dx(), EXACT);
    }

    @Test
    void withNothingAroundTheDragIsFree() {
        SnapGuides.Snap snap = new SnapGuides(List.of()).snap(List.of(dragged), 3.5, -2.5, 6);
        assertEquals(3.5, snap.dx(), EXACT);
        assertEquals(-2.5, snap.dy(), EXACT);
        assertTrue(snap.guides().isEmpty());
    }
}
