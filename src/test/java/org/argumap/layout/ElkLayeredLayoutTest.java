package org.argumap.layout;

import static org.argumap.layout.LayoutAssertions.SIZES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Position;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

class ElkLayeredLayoutTest {
    private final ArgumentMap map = new ArgumentMap();
    private final ElkLayeredLayout layout = new ElkLayeredLayout();

    private void claim(String id) {
        map.addStatement(id, StatementContent.claim(id));
    }

    private void link(String id, InferenceType type, String target, String... premises) {
        map.addInference(id, InferenceContent.of(type), List.of(premises), target);
    }

    /** Two claims share a premise; one claim has an objection with a linked pair and an undercut. */
    private void sharedPremiseMap() {
        for (String id : List.of("c1", "c2", "shared", "r1", "o2", "p1", "p2", "u")) {
            claim(id);
        }
        link("i1", InferenceType.SUPPORT, "c1", "shared");
        link("i2", InferenceType.ATTACK, "c2", "shared");
        link("i3", InferenceType.SUPPORT, "c1", "r1");
        link("i4", InferenceType.ATTACK, "c2", "o2");
        link("i5", InferenceType.SUPPORT, "o2", "p1", "p2");
        link("i6", InferenceType.ATTACK, "i5", "u");
    }

    @Test
    void claimsOnTopPremisesBelowNothingOverlaps() {
        sharedPremiseMap();

        MapGeometry g = layout.layout(map, SIZES);

        LayoutAssertions.assertLaidOutExactlyTheVisible(map, Collapsing.none(), g);
        LayoutAssertions.assertClaimsAboveTheirReasons(map, g);
        LayoutAssertions.assertNoOverlaps(g.rects());
        assertEquals(g.rectOf("c1").y(), g.rectOf("c2").y(), "the main claims share the top row");
        Rect junction = g.rectOf("i1");
        assertTrue(junction.y() >= g.rectOf("c1").maxY() && junction.maxY() <= g.rectOf("shared").y(),
                "a junction lies between its premise and its target");
        assertNotNull(g.arrivalOf("i6"), "an undercut aims somewhere");
        assertEquals(g.rectOf("i5").centreX(), g.arrivalOf("i6").x(), 1e-9, "at the junction it attacks");
    }

    @Test
    void rowsStayCloseEvenWhenArrowsRunFar() {
        MapGeometry g = new ElkLayeredLayout().layout(GraphMaps.debateWithSharedPremises(1000, 5, 7), SIZES);
        LayoutAssertions.assertNoOverlaps(g.rects());
        assertTrue(g.bounds().height() < 40 * 150, "at most some 40 rows of boxes and junctions, not ELK's routing room: "
                + g.bounds().height());
    }

    @Test
    void aPlacedBoxStaysAndTheBoxesBelowItMoveAlong() {
        sharedPremiseMap();
        MapGeometry before = layout.layout(map, SIZES);

        map.moveTo("o2", new Position(2000, 900));
        MapGeometry after = layout.layout(map, SIZES);

        LayoutAssertions.assertPlacedBoxesStay(map, after);
        double dx = after.rectOf("o2").x() - before.rectOf("o2").x();
        double dy = after.rectOf("o2").y() - before.rectOf("o2").y();
        for (String below : List.of("p1", "p2", "u", "i5")) {
            assertEquals(before.rectOf(below).translated(dx, dy), after.rectOf(below), below + " moves along");
        }
        assertEquals(before.rectOf("c1"), after.rectOf("c1"), "what is not below the moved box stays");
        Rect link = after.rectOf("i4");
        assertTrue(link.centreY() > after.rectOf("c2").maxY() && link.centreY() < after.rectOf("o2").y(),
                "the junction between a moved box and its unmoved target is put back between them");
    }

    @Test
    void aCycleOfSupportTerminates() {
        claim("a");
        claim("b");
        claim("c");
        link("i1", InferenceType.SUPPORT, "b", "a");
        link("i2", InferenceType.SUPPORT, "c", "b");
        link("i3", InferenceType.SUPPORT, "a", "c");

        MapGeometry g = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> layout.layout(map, SIZES));

        assertEquals(6, g.rects().size());
        LayoutAssertions.assertNoOverlaps(g.rects());
    }

    @Test
    void anEmptyMapIsEmpty() {
        assertTrue(layout.layout(map, SIZES).isEmpty());
    }

    @Test
    void runsFromAThreadWithASmallStack() throws InterruptedException {
        LayoutInput input = LayoutInput.of(GraphMaps.debateWithSharedPremises(3000, 5, 3), SIZES);
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                outcome.set(layout.layout(input));
            } catch (Throwable failure) {
                outcome.set(failure);
            }
        }, "small-stack", 128 * 1024);
        small.start();
        small.join();
        assertTrue(outcome.get() instanceof MapGeometry, "ELK ran on a large stack of its own: " + outcome.get());
        assertEquals(input.size(), ((MapGeometry) outcome.get()).rects().size());
    }
}
