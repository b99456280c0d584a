package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.argumap.layout.Rect;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Editing the demo map with the mouse alone: boxes snap into line with their neighbours, a box's
 * handle dragged onto another box or an arrow connects them, and a box dropped on a group of
 * linked co-premises joins it. Each change is one undo step; a refused one changes nothing.
 */
class MouseEditingTest extends CanvasTestBase {
    /** How far from the line it should snap to a box is dropped, in screen pixels: within reach. */
    private static final double NEAR_PX = 3;

    @Test
    void aBoxDraggedNearAnotherSnapsIntoLineWithIt(FxRobot robot) {
        // The undercut s18 is dragged right until its left edge is 3 px short of the left edge of
        // s16 ("Electricity exports halted"); nothing else lines up within reach there.
        Rect dragged = rectOf("s18");
        Rect other = rectOf("s16");
        double dx = (other.x() - dragged.x()) * zoom() + NEAR_PX;

        robot.drag(screenCentreOf("s18"), MouseButton.PRIMARY).moveBy(dx, 0).drop();
        awaitGlide();

        Statement moved = map().statement("s18");
        assertNotNull(moved.position(), "placed where it was dropped");
        assertEquals(other.x() + dragged.width() / 2, moved.position().x(), 1e-6, "left edges in line");
        assertEquals(other.x(), rectOf("s18").x(), 1e-6, "and drawn so");
        assertEquals(1, document().history().undoCount());
    }

    @Test
    void withAltHeldTheBoxGoesExactlyWhereItIsDropped(FxRobot robot) {
        Rect dragged = rectOf("s18");
        Rect other = rectOf("s16");
        double dx = (other.x() - dragged.x()) * zoom() + NEAR_PX;

        robot.press(KeyCode.ALT);
        try {
            robot.drag(screenCentreOf("s18"), MouseButton.PRIMARY).moveBy(dx, 0).drop();
        } finally {
            robot.release(KeyCode.ALT);
        }
        awaitGlide();

        double left = map().statement("s18").position().x() - dragged.width() / 2;
        assertEquals(other.x() + NEAR_PX / zoom(), left, 1.5 / zoom(), "3 px off, as dropped: no snapping");
    }

    @Test
    void draggingTheHandleOntoABoxAsksHowAndConnectsAsChosen(FxRobot robot) {
        Point2D handle = handleOf("s14");
        robot.moveTo(screenCentreOf("s14")).moveTo(handle);
        assertEquals("Drag the handle onto a box: connect · onto an arrow: undercut it", statusHint(robot));

        robot.press(MouseButton.PRIMARY).moveTo(screenCentreOf("s13")).release(MouseButton.PRIMARY);
        assertEquals(List.of("Reason", "Objection", "Undercut"), chooserItems(robot),
                "a reply to the thread may support, attack or undercut the rephrasing");
        robot.clickOn("Objection");

        Inference made = onlyInferenceFrom("s14", "s13");
        assertNotNull(made, "s14 now bears on s13");
        assertEquals(InferenceType.ATTACK, made.type(), "as an objection");
        assertEquals(2, map().inferencesFrom(map().statement("s14")).size(), "and keeps its reply to the main claim");

        undoWithTheMenu(robot, "Undo Connect as Objection");
        assertNull(onlyInferenceFrom("s14", "s13"), "undone in one step");
        assertFalse(document().isDirty());
    }

    @Test
    void escapeInTheChooserConnectsNothing(FxRobot robot) {
        robot.moveTo(screenCentreOf("s14")).moveTo(handleOf("s14"));
        robot.press(MouseButton.PRIMARY).moveTo(screenCentreOf("s13")).release(MouseButton.PRIMARY);
        assertFalse(chooserItems(robot).isEmpty());

        robot.type(KeyCode.ESCAPE);

        assertTrue(chooserItems(robot).isEmpty(), "the chooser is gone");
        assertNull(onlyInferenceFrom("s14", "s13"));
        assertFalse(document().history().canUndo());
    }

    @Test
    void aClickOnTheHandleJustSelectsTheBox(FxRobot robot) {
        robot.moveTo(screenCentreOf("s14")).moveTo(handleOf("s14")).clickOn(MouseButton.PRIMARY);

        assertEquals(List.of("s14"), selectedIds());
        assertTrue(chooserItems(robot).isEmpty());
        assertFalse(document().history().canUndo());
    }

    @Test
    void draggingTheHandleOntoAnArrowUndercutsThatStep(FxRobot robot) {
        // The line from s7 ("Convergence atop mistrust") up to the junction of its step i8.
        Rect premise = rectOf("s7");
        Rect junction = rectOf("i8");
        Point2D onTheArrow = screenPointOf(premise.centreX(), (premise.y() + junction.centreY()) / 2);

        robot.moveTo(screenCentreOf("s12")).moveTo(handleOf("s12"));
        robot.press(MouseButton.PRIMARY).moveTo(onTheArrow).release(MouseButton.PRIMARY);

        assertTrue(chooserItems(robot).isEmpty(), "on an arrow there is nothing to choose");
        Inference made = onlyInferenceFrom("s12", "i8");
        assertNotNull(made, "s12 now attacks the step from s7 to the main claim");
        assertEquals(InferenceType.ATTACK, made.type());
        assertEquals("Connect as Undercut", onFx(() -> document().history().undoDescription().orElseThrow()));
    }

    @Test
    void aConnectionThatWouldMakeACircleChangesNothingAndSaysWhy(FxRobot robot) {
        int inferences = map().inferences().size();
        robot.moveTo(screenCentreOf("s1")).moveTo(handleOf("s1"));
        robot.press(MouseButton.PRIMARY).moveTo(screenCentreOf("s2")).release(MouseButton.PRIMARY);

        assertTrue(chooserItems(robot).isEmpty());
        assertEquals(inferences, map().inferences().size());
        assertFalse(document().history().canUndo());
        String status = onFx(() -> robot.lookup(".status-bar").queryAs(StatusBar.class).getText());
        assertTrue(status.contains("would make a circle"), "the status bar says why: " + status);
    }

    @Test
    void aBoxDroppedOnLinkedCoPremisesJoinsThem(FxRobot robot) {
        // s3 and s4 are linked co-premises of i2; s8 is a reason for s7.
        robot.drag(screenCentreOf("s8"), MouseButton.PRIMARY).moveTo(screenCentreOf("s4")).drop();
        awaitGlide();

        assertEquals(List.of("s3", "s4", "s8"), premisesOf("i2"));
        assertNull(map().statement("s8").position(), "laid out beside its co-premises, not left where dropped");
        assertEquals(1, document().history().undoCount());

        undoWithTheMenu(robot, "Undo Join Co-premises");
        assertEquals(List.of("s3", "s4"), premisesOf("i2"));
        assertFalse(document().isDirty());
    }

    @Test
    void aBoxDroppedOnASingleBoxOrOnEmptySpaceJustMoves(FxRobot robot) {
        robot.drag(screenCentreOf("s8"), MouseButton.PRIMARY).moveTo(screenCentreOf("s12")).drop();
        awaitGlide();
        assertNotNull(map().statement("s8").position(), "moved");
        assertEquals(List.of("s3", "s4"), premisesOf("i2"));
        assertEquals(1, map().inferencesFrom(map().statement("s8")).size(), "no new link");
        assertEquals("Move Box", onFx(() -> document().history().undoDescription().orElseThrow()));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /**
     * Edit › Undo …, with the pointer going down into the menu before across: a long item's middle
     * is right of the "View" title, and a diagonal path over it would open that menu instead.
     */
    private void undoWithTheMenu(FxRobot robot, String item) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Edit");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(item, Motion.VERTICAL_FIRST, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The connect handle of a box: the middle of its top edge. */
    private Point2D handleOf(String id) {
        Rect box = rectOf(id);
        return screenPointOf(box.centreX(), box.y());
    }

    private Inference onlyInferenceFrom(String premiseId, String targetId) {
        return onFx(() -> map().inferencesFrom(map().statement(premiseId)).stream()
                .filter(i -> i.target().id().equals(targetId))
                .findFirst().orElse(null));
    }

    private List<String> premisesOf(String inferenceId) {
        return onFx(() -> map().inference(inferenceId).premises().stream().map(Statement::id).toList());
    }

    /** The texts of the connection chooser's items, empty when it is not showing. */
    private List<String> chooserItems(FxRobot robot) {
        return onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu menu && menu.isShowing() && "connect-chooser".equals(menu.getId()))
                .flatMap(w -> ((ContextMenu) w).getItems().stream())
                .map(MenuItem::getText)
                .toList());
    }

    private String statusHint(FxRobot robot) {
        Label hint = robot.lookup("#status-hint").queryAs(Label.class);
        return onFx(hint::getText);
    }
}
