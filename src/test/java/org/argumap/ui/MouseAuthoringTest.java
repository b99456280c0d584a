package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.event.Event;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.MapAssertions;
import org.argumap.model.Role;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A small map built from File › New with the mouse alone — menus, context menus, double clicks,
 * drags of boxes and handles, the connect chooser — and compared with the same map built through
 * the model. The keyboard only types words into the in-place editor, which a click on the map's
 * background closes. Every gesture must work: there is no fallback to keys or to the API.
 */
class MouseAuthoringTest extends EditingTestBase {
    private static final String CLAIM = "Remote work should stay";
    private static final String COMMUTES = "Commutes waste hours";
    private static final String HOURS = "Those hours could be worked";
    private static final String NO_OFFICE = "Most jobs need no office";
    private static final String SHIPPING_BEFORE = "Teams ship as fast";
    private static final String SHIPPING = "Teams ship faster";
    private static final String JUNIORS = "Juniors learn less";
    private static final String MENTORING = "Mentoring works on video";
    private static final String OFFICES = "Offices cost money";
    /** How far from every box, in screen pixels, a click counts as one on the background. */
    private static final double CLEAR_PX = 40;
    /** Room for a new box where the background is double-clicked, so it covers no other box. */
    private static final double ROOM_PX = 220;

    @Test
    void aSmallMapBuiltWithTheMouseAloneIsTheExpectedMap(FxRobot robot) {
        choose(robot, "File", "New");
        assertTrue(map().isEmpty(), "File › New: an empty map");

        rightClickOn(robot, backgroundSpot(ROOM_PX));
        String claim = addFromMenu(robot, "Add Claim", CLAIM);
        assertNull(parentOf(claim), "a main claim");

        String commutes = addUnder(robot, claim, "Add Reason", COMMUTES);
        String shipping = addUnder(robot, claim, "Add Reason", SHIPPING_BEFORE);
        String juniors = addUnder(robot, claim, "Add Objection", JUNIORS);
        String mentoring = addUnder(robot, juniors, "Add Objection", MENTORING);
        assertEquals(Role.REBUTTAL, role(mentoring), "an objection to the objection");

        // A claim of its own, from a double click on the background, then connected by its handle.
        robot.doubleClickOn(backgroundSpot(ROOM_PX));
        String offices = typeIntoNewBox(robot, OFFICES);
        assertEquals(Role.MAIN_CLAIM, role(offices));
        dragHandle(robot, offices, claim);
        robot.clickOn("Reason");
        assertEquals(claim, parentOf(offices), "connected as a reason to the main claim");
        assertEquals(Role.REASON, role(offices));

        assertEquals("Undo Connect as Reason", undoItem(robot));
        clickEditItem(robot, "Undo Connect as Reason");
        assertNull(parentOf(offices), "undone: a main claim again");
        assertEquals("Redo Connect as Reason", menuItemTexts(robot, "Edit").get(1));
        clickEditItem(robot, "Redo Connect as Reason");
        assertEquals(claim, parentOf(offices), "redone");

        // A linked co-premise for the first reason, and a third premise dropped onto their group.
        String hours = addUnder(robot, commutes, "Add Linked Co-Premise", HOURS);
        assertEquals(claim, parentOf(hours));
        rightClickOn(robot, backgroundSpot(ROOM_PX));
        String noOffice = addFromMenu(robot, "Add Claim", NO_OFFICE);
        inView(robot, noOffice, hours);
        robot.drag(screenCentreOf(noOffice), MouseButton.PRIMARY).moveTo(screenCentreOf(hours)).drop();
        awaitGlide();
        assertEquals("Undo Join Co-premises", undoItem(robot));
        assertEquals(claim, parentOf(noOffice), "joined the group of premises");

        // New words for a box: double-click it, take the old ones back, type the new ones.
        robot.doubleClickOn(inView(robot, shipping));
        assertEquals(shipping, editedId(), "a double click on a box edits it");
        for (int i = 0; i < "as fast".length(); i++) {
            robot.type(KeyCode.BACK_SPACE);
        }
        type("faster");
        commitByClickingTheBackground(robot);
        assertEquals(SHIPPING, text(shipping));

        MapAssertions.assertSameStructure(expectedMap(), onFx(this::map));
    }

    @Test
    void doubleClickingTheBackgroundAddsAClaimThereOpenForTyping(FxRobot robot) {
        Point2D spot = backgroundSpot(ROOM_PX);
        Point2D onMap = onFx(() -> canvas().navigation().mapPointAt(spot));
        int claims = onFx(() -> map().mainClaims().size());

        robot.doubleClickOn(spot);

        String added = editedId();
        assertTrue(added != null, "the new box is open for typing");
        assertNull(parentOf(added), "a new main claim");
        assertEquals(claims + 1, onFx(() -> map().mainClaims().size()));
        Rect box = rectOf(added);
        assertEquals(onMap.getX(), box.centreX(), 1, "centred where the map was double-clicked");
        assertEquals(onMap.getY(), box.centreY(), 1);
        assertEquals("Undo Add Claim", undoItem(robot));
        type("A new thought");
        commitByClickingTheBackground(robot);
        assertEquals("A new thought", text(added));
    }

    @Test
    void aNewClaimFromADoubleClickLeftEmptyWithEscapeGoesAgain(FxRobot robot) {
        List<String> before = onFx(() -> MapAssertions.describe(map()));
        String undo = undoItem(robot);
        robot.doubleClickOn(backgroundSpot(ROOM_PX));
        assertTrue(editing());

        robot.type(KeyCode.ESCAPE);

        assertEquals(before, onFx(() -> MapAssertions.describe(map())), "as if nothing had been clicked");
        assertEquals(undo, undoItem(robot));
    }

    @Test
    void theStatusBarSaysWhatADoubleClickDoes(FxRobot robot) {
        robot.moveTo(screenCentreOf("s5"));
        assertTrue(statusHint(robot).contains("Double-click: edit"), statusHint(robot));
        robot.moveTo(backgroundSpot(CLEAR_PX));
        assertTrue(statusHint(robot).contains("Double-click: new claim"), statusHint(robot));
    }

    // ---- the gestures ----------------------------------------------------------------------------

    /** Right-clicks a box and chooses a menu item that adds a box, then types its words. */
    private String addUnder(FxRobot robot, String boxId, String item, String words) {
        rightClickOn(robot, inView(robot, boxId));
        return addFromMenu(robot, item, words);
    }

    /** Clicks an item of the context menu showing that adds a box, and types the new box's words. */
    private String addFromMenu(FxRobot robot, String item, String words) {
        robot.clickOn(item);
        return typeIntoNewBox(robot, words);
    }

    /** Types into the box just added, open in the in-place editor, and finishes with a click on the map. */
    private String typeIntoNewBox(FxRobot robot, String words) {
        String added = editedId();
        assertTrue(added != null && text(added).isEmpty(), "a new empty box is open for typing");
        type(words);
        commitByClickingTheBackground(robot);
        assertEquals(words, text(added));
        return added;
    }

    private void commitByClickingTheBackground(FxRobot robot) {
        awaitGlide();
        robot.clickOn(backgroundSpot(CLEAR_PX));
        assertFalse(editing(), "a click on the background ends the editing");
    }

    /** Drags a box's connect handle, the middle of its top edge, onto another box. */
    private void dragHandle(FxRobot robot, String fromId, String toId) {
        inView(robot, fromId, toId);
        Rect box = rectOf(fromId);
        Point2D handle = screenPointOf(box.centreX(), box.y());
        robot.moveTo(screenCentreOf(fromId)).moveTo(handle);
        robot.press(MouseButton.PRIMARY).moveTo(screenCentreOf(toId)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * What a right click sends: Monocle, the headless platform, makes no context-menu request from
     * the secondary button, so the test sends the request the platform would.
     */
    private void rightClickOn(FxRobot robot, Point2D screen) {
        robot.moveTo(screen);
        onFx(() -> {
            Point2D inScene = canvas().getScene().getRoot().screenToLocal(screen);
            Event.fireEvent(canvas(), new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, inScene.getX(),
                    inScene.getY(), screen.getX(), screen.getY(), false, null));
        });
    }

    /** Edit › item, going down into the menu before across, so that the path does not open the View menu. */
    private void clickEditItem(FxRobot robot, String item) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Edit");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(item, Motion.VERTICAL_FIRST, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- where things are ------------------------------------------------------------------------

    /**
     * The screen centre of the first box, after View › Fit Map if any of these boxes is out of
     * view, as a user would do who no longer sees a box.
     */
    private Point2D inView(FxRobot robot, String id, String... others) {
        awaitGlide();
        Bounds view = canvasOnScreen();
        List<String> ids = new ArrayList<>(List.of(others));
        ids.add(id);
        if (!ids.stream().allMatch(each -> view.contains(onFx(() -> onScreen(rectOf(each)))))) {
            choose(robot, "View", "Fit Map");
            awaitGlide();
        }
        return screenCentreOf(id);
    }

    /**
     * A screen point over the map's background at least {@code clearance} pixels from every box
     * (and away from the canvas's edges and the minimap), scanning from the top left.
     */
    private Point2D backgroundSpot(double clearance) {
        awaitGlide();
        return onFx(() -> {
            Bounds view = canvas().localToScreen(canvas().getLayoutBounds());
            Bounds minimap = canvas().minimap().isVisible()
                    ? canvas().minimap().localToScreen(canvas().minimap().getLayoutBounds()) : null;
            List<Bounds> boxes = map().statements().stream()
                    .map(s -> canvas().geometry().rectOf(s.id()))
                    .filter(Objects::nonNull)
                    .map(this::onScreen)
                    .toList();
            for (double y = view.getMinY() + 30; y < view.getMaxY() - 30; y += 20) {
                for (double x = view.getMinX() + 30; x < view.getMaxX() - 30; x += 20) {
                    Point2D spot = new Point2D(x, y);
                    if ((minimap == null || distance(minimap, spot) > CLEAR_PX)
                            && boxes.stream().allMatch(b -> distance(b, spot) >= clearance)) {
                        return spot;
                    }
                }
            }
            throw new AssertionError("no empty background " + clearance + " px from every box");
        });
    }

    /** A map rectangle's bounds on the screen, at the current pan and zoom; on the FX thread. */
    private Bounds onScreen(Rect rect) {
        Point2D origin = canvas().navigation().mapPointAt(canvas().localToScreen(0, 0));
        double z = canvas().zoomProperty().get();
        Point2D topLeft = canvas().localToScreen((rect.x() - origin.getX()) * z, (rect.y() - origin.getY()) * z);
        return new BoundingBox(topLeft.getX(), topLeft.getY(), rect.width() * z, rect.height() * z);
    }

    private static double distance(Bounds b, Point2D p) {
        double dx = Math.max(0, Math.max(b.getMinX() - p.getX(), p.getX() - b.getMaxX()));
        double dy = Math.max(0, Math.max(b.getMinY() - p.getY(), p.getY() - b.getMaxY()));
        return Math.hypot(dx, dy);
    }

    private Role role(String id) {
        return onFx(() -> map().roleOf(map().statement(id)));
    }

    private String statusHint(FxRobot robot) {
        Label hint = robot.lookup("#status-hint").queryAs(Label.class);
        return onFx(hint::getText);
    }

    // ---- the map expected ------------------------------------------------------------------------

    /** The same map, made through the model: what the gestures above should have built. */
    private static ArgumentMap expectedMap() {
        ArgumentMap map = new ArgumentMap();
        String claim = statement(map, CLAIM);
        map.addInference(InferenceContent.of(InferenceType.SUPPORT),
                List.of(statement(map, COMMUTES), statement(map, HOURS), statement(map, NO_OFFICE)), claim);
        map.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of(statement(map, SHIPPING)), claim);
        String juniors = statement(map, JUNIORS);
        map.addInference(InferenceContent.of(InferenceType.ATTACK), List.of(juniors), claim);
        map.addInference(InferenceContent.of(InferenceType.ATTACK), List.of(statement(map, MENTORING)), juniors);
        map.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of(statement(map, OFFICES)), claim);
        return map;
    }

    private static String statement(ArgumentMap map, String text) {
        Statement added = map.addStatement(StatementContent.claim(text));
        return added.id();
    }
}
