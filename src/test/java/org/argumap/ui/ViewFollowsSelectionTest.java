package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;

import javafx.scene.input.KeyCode;
import org.argumap.layout.Rect;
import org.argumap.model.Statement;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A change that moves the box being worked on out of view brings the view along with it, also when
 * it comes from the menu rather than from an authoring key that reveals its box itself.
 */
class ViewFollowsSelectionTest extends EditingTestBase {

    @Test
    void undoingAPromotionBringsTheViewBackToTheBox(FxRobot robot) {
        String id = idOf("No destabilised Eurasia");
        select(robot, id);
        robot.push(PROMOTE);
        awaitGlide();
        for (int i = 0; i < 30 && zoom() < 2.5; i++) {
            robot.type(KeyCode.EQUALS);
        }
        onFx(() -> canvas().navigation().revealSelection());
        assertFullyInView(id);
        Rect visibleBefore = onFx(() -> canvas().navigation().visibleMapArea());

        choose(robot, "Edit", "Undo Promote");
        awaitGlide();

        assertFalse(visibleBefore.intersects(rectOf(id)), "the undo carried the box out of the old view");
        assertFullyInView(id);
    }

    private String idOf(String title) {
        return onFx(() -> map().statements().stream().filter(s -> s.title().equals(title)).map(Statement::id)
                .findFirst().orElseThrow());
    }
}
