package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.argumap.layout.Rect;
import org.argumap.model.MapAssertions;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Editing a box's words in place, on the demo map: how the editor starts, ends and undoes. */
class InlineEditingTest extends EditingTestBase {
    /** “How is this different from US spying on the EU?”, an objection with a short text. */
    private static final String SHORT = "s5";

    @Test
    void enterEditsTheSelectedBoxAndEnterCommitsTheSessionAsOneUndoStep(FxRobot robot) {
        String before = text(SHORT);
        int steps = undoSteps();
        select(robot, SHORT);
        robot.type(KeyCode.ENTER);

        assertEquals(SHORT, editedId());
        assertEquals(before, editorText(), "the editor starts with the box's text");
        type(" Is it?");
        assertEquals(before, text(SHORT), "nothing reaches the map while typing");
        robot.type(KeyCode.ENTER);

        assertFalse(editing());
        assertEquals(before + " Is it?", text(SHORT));
        assertEquals(steps + 1, undoSteps(), "the whole session is one step");
        assertEquals("Undo Edit Text", undoItem(robot));
        assertTrue(onFx(() -> canvas().isFocused()), "the keyboard is back on the map");
        robot.push(UNDO);
        assertEquals(before, text(SHORT));
    }

    @Test
    void f2EditsAndEscapeCancelsWithoutAStep(FxRobot robot) {
        String before = text(SHORT);
        String undo = undoItem(robot);
        select(robot, SHORT);
        robot.type(KeyCode.F2);
        assertTrue(editing());
        type(" and more");
        robot.type(KeyCode.ESCAPE);

        assertFalse(editing());
        assertEquals(before, text(SHORT));
        assertEquals(undo, undoItem(robot), "a cancelled edit leaves no step");
        assertEquals(List.of(SHORT), selectedIds(), "Escape in the editor does not clear the selection");
    }

    @Test
    void typingACharacterStartsEditingWithThatCharacter(FxRobot robot) {
        select(robot, SHORT);
        robot.write('N');
        assertEquals(SHORT, editedId());
        assertEquals("N", editorText(), "the typed character replaces the text");
        type("ew words");
        robot.type(KeyCode.ENTER);
        assertEquals("New words", text(SHORT));
    }

    @Test
    void theViewsOwnKeysStayViewKeys(FxRobot robot) {
        select(robot, SHORT);
        double zoom = zoom();
        robot.type(KeyCode.MINUS);
        assertFalse(editing(), "− zooms out, it does not start a text");
        assertTrue(zoom() < zoom);
        robot.type(KeyCode.DIGIT0);
        assertFalse(editing(), "0 fits the map");
        robot.type(KeyCode.SPACE);
        assertFalse(editing(), "Space collapses");
    }

    @Test
    void shiftEnterStartsANewLineInTheText(FxRobot robot) {
        select(robot, SHORT);
        robot.write('A');
        robot.push(NEW_LINE);
        type("B");
        assertTrue(editing(), "Shift+Enter does not end the session");
        robot.type(KeyCode.ENTER);
        assertEquals("A\nB", text(SHORT));
    }

    @Test
    void whileEditingTheCanvasKeysTypeInstead(FxRobot robot) {
        select(robot, SHORT);
        robot.type(KeyCode.ENTER);
        double zoom = zoom();
        int statements = onFx(() -> map().statements().size());
        robot.type(KeyCode.DELETE, KeyCode.BACK_SPACE, KeyCode.UP, KeyCode.LEFT, KeyCode.TAB);
        // Tab finishes the text and adds a reason to the box, as it does on the map.
        assertEquals(statements + 1, onFx(() -> map().statements().size()));
        assertEquals(zoom, zoom(), 1e-9, "no canvas key fired");
        List<String> children = childrenOf(SHORT);
        assertEquals(children.get(children.size() - 1), editedId(), "the new reason, last under the box, is edited");
        type("+0 ");
        assertEquals("+0 ", editorText(), "+, 0 and Space are characters here");
        assertEquals(zoom, zoom(), 1e-9);
    }

    @Test
    void undoInsideTheEditorStaysWithinTheBoxBeingEdited(FxRobot robot) {
        select(robot, SHORT);
        robot.type(KeyCode.ENTER);
        type(" one");
        robot.type(KeyCode.ENTER);
        String other = text("s6");
        robot.clickOn(screenCentreOf("s6"));
        robot.type(KeyCode.ENTER);
        type("x");
        for (int i = 0; i < 4; i++) {
            robot.push(UNDO);
        }
        assertEquals("s6", editedId(), "Ctrl+Z undoes typing in the editor, not steps of the map");
        assertTrue(other.startsWith(editorText()) && !editorText().contains(" one"), editorText());
        robot.type(KeyCode.ESCAPE);
        assertEquals(other, text("s6"));
        assertTrue(text(SHORT).endsWith(" one"));
    }

    @Test
    void doubleClickingABoxEditsIt(FxRobot robot) {
        robot.doubleClickOn(screenCentreOf(SHORT));
        assertEquals(SHORT, editedId());
        assertEquals(List.of(SHORT), selectedIds());
    }

    @Test
    void clickingElsewhereCommits(FxRobot robot) {
        select(robot, SHORT);
        robot.type(KeyCode.ENTER);
        type(" Indeed.");
        robot.clickOn(screenCentreOf("s6"));
        assertFalse(editing());
        assertTrue(text(SHORT).endsWith(" Indeed."));
        assertEquals(List.of("s6"), selectedIds());
    }

    @Test
    void theEditorLiesOverTheBoxInTheBoxsFontScaledToTheZoom(FxRobot robot) {
        select(robot, SHORT);
        robot.type(KeyCode.ENTER);
        TextArea area = robot.lookup("#inline-editor").queryAs(TextArea.class);
        Bounds editor = onFx(() -> area.localToScreen(area.getLayoutBounds()));
        Rect box = rectOf(SHORT);
        var topLeft = screenPointOf(box.x(), box.y());
        var bottomRight = screenPointOf(box.maxX(), box.maxY());
        assertTrue(editor.getMinX() > topLeft.getX() && editor.getMaxX() < bottomRight.getX(),
                "as wide as the box's text: " + editor + " in " + topLeft + "–" + bottomRight);
        assertTrue(editor.getMinY() > topLeft.getY() && editor.getMinY() < bottomRight.getY(), "below the role label");
        assertEquals(14 * zoom(), onFx(() -> area.getFont().getSize()), 0.01);
    }

    @Test
    void undoingTheNewBoxFromTheMenuWhileEditingClosesTheEditorHarmlessly(FxRobot robot) {
        List<String> before = onFx(() -> MapAssertions.describe(map()));
        select(robot, SHORT);
        robot.type(KeyCode.TAB);
        assertTrue(editing());
        type("half a thought");
        choose(robot, "Edit", "Undo Add Reason");

        assertFalse(editing());
        assertEquals(before, onFx(() -> MapAssertions.describe(map())));
        assertTrue(onFx(() -> canvas().isFocused()), "the keyboard is back on the map");
    }

    @Test
    void escapeOrEnterOnAnUntouchedNewBoxTakesItAwayAgain(FxRobot robot) {
        List<String> before = onFx(() -> MapAssertions.describe(map()));
        String undo = undoItem(robot);
        select(robot, SHORT);
        robot.type(KeyCode.TAB);
        assertEquals("Undo Add Reason", undoItem(robot));
        robot.type(KeyCode.ESCAPE);

        assertEquals(before, onFx(() -> MapAssertions.describe(map())), "as if Tab had not been pressed");
        assertEquals(undo, undoItem(robot));
        assertEquals(List.of(SHORT), selectedIds(), "back on the box the reason was for");

        robot.push(ADD_OBJECTION);
        robot.type(KeyCode.ENTER);
        assertEquals(before, onFx(() -> MapAssertions.describe(map())), "Enter with nothing typed: the same");
    }

    @Test
    void aNewBoxLeftByAnotherKeyStaysEmpty(FxRobot robot) {
        select(robot, SHORT);
        robot.push(ADD_OBJECTION);
        String added = editedId();
        robot.push(FLIP);
        assertFalse(editing());
        assertEquals("", text(added), "Ctrl+T acts on the new box, which stays");
        assertEquals(SHORT, parentOf(added));
        assertEquals("Undo Change to Reason", undoItem(robot));
    }

    @Test
    void theOpenMapReplacedWhileEditingClosesTheEditor(FxRobot robot) {
        select(robot, SHORT);
        robot.type(KeyCode.ENTER);
        onFx(() -> window.documents().newMap());
        assertFalse(editing());
        assertNull(editedId());
    }
}
