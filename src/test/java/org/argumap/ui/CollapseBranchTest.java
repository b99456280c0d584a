package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Folding a branch away and back, by its toggle, by keys and by menu; it is view state, not an edit. */
class CollapseBranchTest extends CanvasTestBase {
    /** Below "Stark asymmetry": two reasons, their evidence, an objection, its evidence and rebuttal. */
    private static final List<String> BELOW_S2 = List.of("s3", "s4", "e1", "s5", "e2", "s6");

    @Test
    void spaceCollapsesTheSelectedBranchAndTheBadgeCountsWhatIsHidden(FxRobot robot) {
        robot.clickOn(screenCentreOf("s2"));
        robot.type(KeyCode.SPACE);
        awaitGlide();

        for (String id : BELOW_S2) {
            assertNull(rectOf(id), id + " is hidden");
        }
        assertNotNull(rectOf("s2"), "the collapsed statement stays");
        assertEquals(6, onFx(() -> canvas().folding().hiddenBelow("s2")), "the badge counts the hidden statements");
        assertTrue(onFx(() -> canvas().folding().isCollapsed("s2")));
        assertFalse(document().isDirty(), "collapsing is not an edit");
        assertFalse(document().history().canUndo());

        robot.clickOn(onFx(() -> canvas().navigation().toggleScreenCentreOf("s2").orElseThrow()));
        awaitGlide();

        for (String id : BELOW_S2) {
            assertNotNull(rectOf(id), id + " is back");
        }
        assertEquals(0, onFx(() -> canvas().folding().hiddenBelow("s2")));
    }

    @Test
    void theToggleOfAHoveredBoxCollapsesItAndMenusExpand(FxRobot robot) {
        robot.moveTo(screenCentreOf("s15"));
        robot.clickOn(onFx(() -> canvas().navigation().toggleScreenCentreOf("s15").orElseThrow()));
        awaitGlide();
        assertNull(rectOf("s16"));
        assertNull(rectOf("e3"));
        assertEquals(3, onFx(() -> canvas().folding().hiddenBelow("s15")));

        robot.clickOn(screenCentreOf("s2"));
        robot.push(new KeyCodeCombination(KeyCode.OPEN_BRACKET, KeyCombination.SHORTCUT_DOWN));
        awaitGlide();
        assertEquals(Set.of("s2", "s15"), onFx(() -> canvas().folding().collapsedIds()));

        robot.push(new KeyCodeCombination(KeyCode.CLOSE_BRACKET, KeyCombination.SHORTCUT_DOWN));
        awaitGlide();
        assertEquals(Set.of("s15"), onFx(() -> canvas().folding().collapsedIds()), "Expand Branch opens the selected one");

        choose(robot, "View", "Expand All");
        awaitGlide();
        assertTrue(onFx(() -> canvas().folding().collapsedIds()).isEmpty());
        assertNotNull(rectOf("e3"));
    }

    @Test
    void hiddenBoxesLeaveTheSelection(FxRobot robot) {
        robot.clickOn(screenCentreOf("s2"));
        robot.push(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        assertEquals(7, selectedIds().size());
        onFx(() -> canvas().folding().toggle("s2"));
        awaitGlide();
        assertEquals(List.of("s2"), selectedIds());
    }
}
