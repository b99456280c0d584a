package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The arrow keys walk the demo map by its structure: up to what a box bears on, down to its first
 * reason or objection, sideways to its siblings, skipping folded branches.
 */
class StructureKeysTest extends EditingTestBase {

    private String press(FxRobot robot, KeyCode key) {
        robot.type(key);
        return primary();
    }

    @Test
    void arrowsFollowTheArgumentNotTheScreen(FxRobot robot) {
        robot.clickOn(emptySpot());
        assertEquals("s1", press(robot, KeyCode.DOWN), "with nothing selected: the first main claim");
        assertEquals("s2", press(robot, KeyCode.DOWN), "its first reason");
        assertEquals("s7", press(robot, KeyCode.RIGHT));
        assertEquals("s9", press(robot, KeyCode.RIGHT));
        assertEquals("s7", press(robot, KeyCode.LEFT));
        assertEquals("s8", press(robot, KeyCode.DOWN));
        assertEquals("s8", press(robot, KeyCode.RIGHT), "an only child has no sibling: the selection stays");
        assertEquals("s7", press(robot, KeyCode.UP));
        assertEquals("s1", press(robot, KeyCode.UP));
        assertEquals("s1", press(robot, KeyCode.UP), "a main claim bears on nothing");
        assertEquals("s2", press(robot, KeyCode.DOWN));
        assertEquals("s2", press(robot, KeyCode.LEFT), "the first child has nothing before it");
        assertEquals(List.of("s2"), selectedIds(), "one box at a time");
    }

    @Test
    void aLinkedCoPremiseAndEvidenceAreSiblingsLikeAnyOther(FxRobot robot) {
        select(robot, "s3");
        assertEquals("s4", press(robot, KeyCode.RIGHT), "the other premise of the same argument");
        assertEquals("s2", press(robot, KeyCode.UP));
        assertEquals("s3", press(robot, KeyCode.DOWN), "the first premise of its first argument");
        assertEquals("e1", press(robot, KeyCode.DOWN), "evidence under a claim is its child");
    }

    @Test
    void foldedBranchesAreSkippedAndTheSelectionIsRevealed(FxRobot robot) {
        select(robot, "s9");
        robot.type(KeyCode.SPACE); // collapse
        assertEquals("s9", press(robot, KeyCode.DOWN), "its reasons are folded away");

        robot.type(KeyCode.SPACE); // expand again
        awaitGlide();
        for (int i = 0; i < 20 && zoom() <= 2; i++) {
            robot.type(KeyCode.EQUALS); // zoom in, far enough that siblings are screens apart
        }
        assertTrue(zoom() > 2, "zoomed in: " + zoom());
        assertEquals("s10", press(robot, KeyCode.DOWN));
        assertFullyInView("s10");
        assertEquals("s11", press(robot, KeyCode.RIGHT));
        assertFullyInView("s11");
        assertEquals("s12", press(robot, KeyCode.RIGHT));
        assertFullyInView("s12");
    }
}
