package org.argumap.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argumap.layout.MapGeometry;
import org.argumap.layout.Point;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;
import org.argumap.render.LaidOutMap;

/**
 * What a drop lands on. The map, laid out by hand:
 * <pre>
 *                 [ s1 claim ]
 *        (i1 +)                 (i2 +)
 *   [ s2 ]               ┌─────────┴────────┐
 *                     [ s3 ]             [ s4 ]          [ s5 ]
 * </pre>
 * s2 is a single reason; s3 and s4 are linked co-premises under a bracket; s5 stands alone.
 */
class DropTargetsTest {
    private static final double REACH = 6;

    private final ArgumentMap map = new ArgumentMap();
    private final LaidOutMap laidOut;

    DropTargetsTest() {
        for (String id : List.of("s1", "s2", "s3", "s4", "s5")) {
            map.addStatement(id, StatementContent.claim("Statement " + id));
        }
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT), List.of("s2"), "s1");
        map.addInference("i2", InferenceContent.of(InferenceType.SUPPORT), List.of("s3", "s4"), "s1");
        laidOut = new LaidOutMap(map, new MapGeometry(Map.of(
                "s1", new Rect(200, 0, 200, 80),
                "i1", new Rect(90, 130, 20, 20),
                "s2", new Rect(0, 200, 200, 80),
                "i2", new Rect(490, 130, 20, 20),
                "s3", new Rect(300, 200, 180, 80),
                "s4", new Rect(520, 200, 180, 80),
                "s5", new Rect(1000, 200, 200, 80)),
                Map.of("i1", new Point(250, 80), "i2", new Point(350, 80))));
    }

    private DropTargets ignoring(String... ids) {
        Set<String> ignored = Set.of(ids);
        return new DropTargets(map, laidOut, ignored::contains);
    }

    @Test
    void theBoxUnderThePointUnlessItIsTheOneBeingDragged() {
        assertEquals("s3", ignoring().statementAt(390, 240));
        assertNull(ignoring("s3").statementAt(390, 240), "the dragged box is not its own target");
        assertNull(ignoring().statementAt(800, 240), "between boxes");
    }

    @Test
    void anInferenceByItsJunctionOrAnyOfItsLines() {
        DropTargets targets = ignoring();
        assertEquals("i1", targets.inferenceAt(100, 140, REACH), "its junction");
        assertEquals("i1", targets.inferenceAt(104, 172, REACH), "beside the line from the premise up to it");
        assertEquals("i1", targets.inferenceAt(250, 86, REACH), "just below the arrow's head on the claim");
        assertEquals("i2", targets.inferenceAt(560, 190, REACH), "the bracket over the co-premises");
        assertNull(targets.inferenceAt(130, 172, REACH), "too far from the line");
        assertNull(targets.inferenceAt(800, 100, REACH), "nowhere near a link");
    }

    @Test
    void aGroupOfCoPremisesByOneOfItsBoxesOrItsBracket() {
        DropTargets targets = ignoring("s5");
        assertEquals("i2", targets.groupAt(610, 240, REACH), "over a co-premise");
        assertEquals("i2", targets.groupAt(500, 240, REACH), "between them, under the bracket");
        assertEquals("i2", targets.groupAt(450, 185, REACH), "on the bracket's bar");
        assertNull(targets.groupAt(100, 240, REACH), "a single premise is no group: dropping there just moves");
        assertNull(targets.groupAt(1100, 240, REACH), "the dragged box itself is not a target");
        assertNull(targets.groupAt(300, 120, REACH), "empty space");
        assertNull(ignoring("s4").groupAt(390, 240, REACH), "a group carried along by the drag stays put no longer");
    }

    @Test
    void theFrameOfAGroupTakesInTheBracket() {
        assertEquals(new Rect(300, 188, 400, 92), DropTargets.groupFrame(laidOut, map.inference("i2")));
    }
}
