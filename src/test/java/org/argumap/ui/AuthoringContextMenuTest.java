package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Objects;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Window;
import org.argumap.layout.Rect;
import org.argumap.model.InferenceType;
import org.argumap.edit.MapStructure;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The canvas's context menus start with the editing commands for the box, or Add Claim on the map;
 * the toolbar has the commonest of them for the mouse.
 */
class AuthoringContextMenuTest extends EditingTestBase {

    private List<String> shownMenuItems(FxRobot robot) {
        return onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(ContextMenu.class::cast).findFirst().orElseThrow()
                .getItems().stream().map(MenuItem::getText).filter(Objects::nonNull).toList());
    }

    /**
     * What a right click sends: Monocle, the headless platform, makes no context-menu request from
     * the secondary button, so the test sends the request the platform would.
     */
    private void rightClickOn(FxRobot robot, Point2D screen) {
        robot.moveTo(screen);
        onFx(() -> {
            // Given in scene coordinates: the event works out the canvas's own on its way there.
            Point2D inScene = canvas().getScene().getRoot().screenToLocal(screen);
            Event.fireEvent(canvas(), new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, inScene.getX(),
                    inScene.getY(), screen.getX(), screen.getY(), false, null));
        });
    }

    @Test
    void aBoxsMenuOffersEditingItFirst(FxRobot robot) {
        rightClickOn(robot, screenCentreOf("s5"));
        List<String> items = shownMenuItems(robot);
        assertEquals(List.of("Edit Text", "Add Reason", "Add Objection", "Add Evidence", "Add Sibling",
                "Add Linked Co-Premise", "Reason ⇄ Objection", "Merge Replies", "Treat Author as Bot", "Delete", "Cut"),
                items.subList(0, 11));

        robot.clickOn("Add Objection");
        String added = editedId();
        assertEquals("s5", parentOf(added));
        assertEquals(InferenceType.ATTACK, onFx(() -> MapStructure.parentInference(map(), map().statement(added)).type()));
    }

    @Test
    void theMapsMenuAddsAClaimWhereItWasOpened(FxRobot robot) {
        Point2D spot = emptySpot().add(40, 40);
        Point2D onMap = onFx(() -> canvas().navigation().mapPointAt(spot));
        rightClickOn(robot, spot);
        assertEquals("Add Claim", shownMenuItems(robot).get(0));
        robot.clickOn("Add Claim");

        String claim = editedId();
        assertNull(parentOf(claim), "a new main claim");
        Rect box = rectOf(claim);
        assertEquals(onMap.getX(), box.centreX(), 1, "centred where the menu was opened");
        assertEquals(onMap.getY(), box.centreY(), 1);
    }

    @Test
    void theToolbarsAddObjectionButtonAddsUnderTheSelectedBox(FxRobot robot) {
        select(robot, "s5");
        Button button = onFx(() -> robot.lookup(".tool-bar .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getTooltip() != null && b.getTooltip().getText().startsWith("Add Objection"))
                .findFirst().orElseThrow());
        robot.clickOn(button);

        String added = editedId();
        assertEquals("s5", parentOf(added));
        assertEquals(InferenceType.ATTACK, onFx(() -> MapStructure.parentInference(map(), map().statement(added)).type()));
        assertEquals("Undo Add Objection", undoItem(robot));
    }
}
