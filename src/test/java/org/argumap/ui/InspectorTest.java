package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.argumap.model.StatementKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The inspector beside the map: it shows the selected box, and its edits are undoable steps. */
class InspectorTest extends CanvasTestBase {

    @Test
    void selectingABoxShowsItsPropertiesAndNothingSelectedShowsThePlaceholder(FxRobot robot) {
        assertEquals("Select a box to see its properties", heading());

        robot.clickOn(screenCentreOf("s2"));
        StatementContent s2 = map().statement("s2").content();
        assertEquals(s2.text(), text(robot, "#inspector-text"));
        assertEquals(s2.title(), text(robot, "#inspector-title"));
        assertEquals("Article (cross-posted from mander.xyz)", text(robot, "#inspector-author"));
        assertEquals("cyber", text(robot, "#inspector-tags"));
        assertEquals("Reason", heading());
        assertEquals("Link to “Conditional, asymmetric, less durable”",
                label(robot, "#inspector-link-heading"), "a reason shows the link it hangs from");
        assertFalse(visible(robot, "#inspector-evidence-section"), "a claim has no source fields");

        robot.clickOn(screenCentreOf("s4"));
        assertEquals(map().statement("s4").text(), text(robot, "#inspector-text"), "the panel follows the selection");
        assertEquals("Argument from Sign", onFx(() -> combo(robot, "#inspector-scheme").getValue()),
                "the scheme of the linked argument s4 is a co-premise of");

        robot.clickOn(emptySpot());
        assertEquals("Select a box to see its properties", heading());
        assertFalse(document().isDirty(), "showing is not editing");
    }

    @Test
    void notesEditedInTheInspectorAreOneStepThatUndoRestores(FxRobot robot) {
        robot.clickOn(screenCentreOf("s4"));
        String before = map().statement("s4").content().notes();
        replaceText(robot, "#inspector-notes", "Checked against");
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        robot.write("the article.");
        assertEquals(before, map().statement("s4").content().notes(), "typing alone changes nothing yet");

        robot.type(KeyCode.ENTER);
        assertEquals("Checked against\nthe article.", map().statement("s4").content().notes());
        assertEquals(1, document().history().undoCount());

        choose(robot, "Edit", "Undo Edit Notes");
        assertEquals(before, map().statement("s4").content().notes());
        assertEquals(before, text(robot, "#inspector-notes"), "the inspector follows the undo");
        assertFalse(document().isDirty());

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHIFT_DOWN, KeyCombination.SHORTCUT_DOWN));
        assertEquals("Checked against\nthe article.", map().statement("s4").content().notes(),
                "Redo in a field with nothing typed redoes the map");
        assertEquals("Checked against\nthe article.", text(robot, "#inspector-notes"));
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        assertEquals(before, map().statement("s4").content().notes());
    }

    @Test
    void tabLeavingAFieldAppliesItAsItsOwnStep(FxRobot robot) {
        robot.clickOn(screenCentreOf("s9"));
        replaceText(robot, "#inspector-author", "Ann");
        robot.type(KeyCode.TAB);
        assertEquals("Ann", map().statement("s9").author());
        assertTrue(focused(robot, "#inspector-tags"), "Tab goes on to the next field");
        robot.write("economy, #china");
        robot.type(KeyCode.TAB);
        assertEquals(List.of("economy", "china"), map().statement("s9").tags());
        assertEquals(2, document().history().undoCount());
        assertEquals("Edit Tags", document().history().undoDescription().orElseThrow());
    }

    @Test
    void theTypeOfTheLinkTurnsAReasonIntoAnObjection(FxRobot robot) {
        robot.clickOn(screenCentreOf("s2"));
        robot.clickOn("#inspector-type");
        robot.clickOn(listItem(robot, "Objection (attacks)"));

        assertEquals(InferenceType.ATTACK, map().inference("i1").type());
        assertEquals("Change to Objection", document().history().undoDescription().orElseThrow());
        assertEquals("Objection", heading());
        choose(robot, "Edit", "Undo Change to Objection");
        assertEquals(InferenceType.SUPPORT, map().inference("i1").type());
        assertEquals(InferenceType.SUPPORT, onFx(() -> typeBox(robot).getValue()));
    }

    @Test
    void aSourceOpensInTheBrowserOnlyWhenItsLinkIsClicked(FxRobot robot) {
        robot.clickOn(screenCentreOf("e1"));
        assertTrue(visible(robot, "#inspector-evidence-section"));
        assertEquals("https://mander.xyz/post/46106815", text(robot, "#inspector-url"));
        assertTrue(browsed.isEmpty(), "selecting evidence opens nothing");

        robot.clickOn("#inspector-open-url");
        assertEquals(List.of("https://mander.xyz/post/46106815"), browsed);
        assertFalse(document().isDirty());
    }

    @Test
    void aBadDateOrAnAddressWithoutSchemeIsRefusedWithAMessage(FxRobot robot) {
        robot.clickOn(screenCentreOf("e1"));
        robot.clickOn("#inspector-url").type(KeyCode.TAB).type(KeyCode.TAB);
        assertTrue(focused(robot, "#inspector-date"), "Tab goes from the address over the quote to the date");
        assertTrue(inView(robot, "#inspector-date"), "the panel scrolls to the field Tab reaches");
        robot.write("31/02/2024");
        robot.type(KeyCode.ENTER);

        assertTrue(visible(robot, "#inspector-date-message"));
        assertTrue(inView(robot, "#inspector-date-message"), "the panel scrolls to the message");
        assertTrue(label(robot, "#inspector-date-message").contains("2024-05-17"), "the message says what to write");
        assertEquals("", map().statement("e1").content().date());
        assertFalse(document().history().canUndo());

        robot.type(KeyCode.ESCAPE);
        assertFalse(visible(robot, "#inspector-date-message"), "Escape takes the typed date back");
        assertEquals("", text(robot, "#inspector-date"));

        robot.write("2024-05").type(KeyCode.ENTER);
        assertEquals("2024-05", map().statement("e1").content().date());

        robot.press(KeyCode.SHIFT).type(KeyCode.TAB, 2).release(KeyCode.SHIFT);
        assertTrue(focused(robot, "#inspector-url"));
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write("mander.xyz/post/1").type(KeyCode.ENTER);
        assertTrue(label(robot, "#inspector-url-message").contains("https://mander.xyz/post/1"));
        assertEquals("https://mander.xyz/post/46106815", map().statement("e1").content().url());
        assertEquals(1, document().history().undoCount(), "only the good date is a step");
    }

    @Test
    void theKindMakesAClaimEvidenceAndShowsItsSourceFields(FxRobot robot) {
        robot.clickOn(screenCentreOf("s3"));
        assertFalse(visible(robot, "#inspector-evidence-section"));
        robot.clickOn("#inspector-kind");
        robot.clickOn(listItem(robot, "Evidence"));

        assertEquals(StatementKind.EVIDENCE, map().statement("s3").kind());
        assertEquals("Change to Evidence", document().history().undoDescription().orElseThrow());
        assertTrue(visible(robot, "#inspector-evidence-section"));
    }

    @Test
    void severalBoxesShareKindAuthorAndTagsEditedInOneStep(FxRobot robot) {
        robot.clickOn(screenCentreOf("s2"));
        robot.press(KeyCode.SHIFT).clickOn(screenCentreOf("s7")).release(KeyCode.SHIFT);

        assertEquals("2 boxes selected", heading());
        assertEquals("Article (cross-posted from mander.xyz)", text(robot, "#inspector-all-author"));
        assertEquals("", text(robot, "#inspector-all-tags"), "s2 and s7 share no tag");

        replaceText(robot, "#inspector-all-author", "The article");
        robot.type(KeyCode.ENTER);
        assertEquals("The article", map().statement("s2").author());
        assertEquals("The article", map().statement("s7").author());
        assertEquals("Edit Author of 2 Boxes", document().history().undoDescription().orElseThrow());

        robot.clickOn("#inspector-all-tags").write("key").type(KeyCode.ENTER);
        assertEquals(List.of("cyber", "key"), map().statement("s2").tags(), "each box keeps its own tags");
        assertEquals(List.of("history", "key"), map().statement("s7").tags());

        robot.type(KeyCode.ESCAPE);
        assertTrue(onFx(() -> canvas().isFocused()), "Escape in a field without typed changes returns to the map");
        assertEquals(2, selectedIds().size(), "and leaves the selection alone");
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        assertEquals("Article (cross-posted from mander.xyz)", map().statement("s2").author());
        assertEquals("Article (cross-posted from mander.xyz)", text(robot, "#inspector-all-author"));
    }

    @Test
    void viewInspectorHidesAndShowsThePanelWithItsWidth(FxRobot robot) {
        assertTrue(inspectorShown());
        double width = onFx(() -> window.inspector().getWidth());
        double mapWidth = canvasOnScreen().getWidth();

        choose(robot, "View", "Inspector");
        assertFalse(inspectorShown());
        assertTrue(canvasOnScreen().getWidth() > mapWidth, "the map takes the room");

        robot.push(new KeyCodeCombination(KeyCode.P, KeyCombination.SHIFT_DOWN, KeyCombination.SHORTCUT_DOWN));
        assertTrue(inspectorShown());
        assertEquals(width, onFx(() -> window.inspector().getWidth()), 4);
        assertEquals(mapWidth, canvasOnScreen().getWidth(), 4);
    }

    @Test
    void typedTextGoesToItsBoxWhenAnotherIsSelected(FxRobot robot) {
        robot.clickOn(screenCentreOf("s9"));
        replaceText(robot, "#inspector-notes", "Half a thought");
        robot.clickOn(screenCentreOf("s10"));

        assertEquals("Half a thought", map().statement("s9").content().notes());
        assertEquals("", map().statement("s10").content().notes());
        assertEquals("", text(robot, "#inspector-notes"));
    }

    @Test
    void saveWhileTypingSavesWhatWasTyped(FxRobot robot, @TempDir Path folder) throws Exception {
        Path file = folder.resolve("saved.argumap.json");
        files.answerSaveWith(file);
        robot.clickOn(screenCentreOf("s9"));
        replaceText(robot, "#inspector-notes", "Seen before saving");

        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));

        assertFalse(document().isDirty(), "the typed notes were applied before the save, not after it");
        assertEquals("Seen before saving", new ArgumapJsonFormat().read(file).map().statement("s9").content().notes());
    }

    private boolean inspectorShown() {
        return onFx(() -> window.inspector().getScene() != null && window.inspectorSlot().isShown());
    }

    private String heading() {
        return onFx(() -> window.inspector().headingText());
    }

    private void replaceText(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write(text);
    }

    private boolean inView(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return onFx(() -> window.inspector().localToScreen(window.inspector().getLayoutBounds())
                .contains(node.localToScreen(node.getLayoutBounds())));
    }

    /** An item of the drop-down list that is open. */
    private static Node listItem(FxRobot robot, String text) {
        return robot.lookup(".list-cell").match((ListCell<?> cell) -> text.equals(cell.getText())).query();
    }

    private static String text(FxRobot robot, String query) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        assertNotNull(field, query);
        return onFx(() -> field.getText());
    }

    private static String label(FxRobot robot, String query) {
        Label label = robot.lookup(query).queryAs(Label.class);
        return onFx(() -> label.getText());
    }

    private static boolean visible(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return onFx(() -> node.isVisible() && node.getScene() != null);
    }

    private static boolean focused(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return onFx(node::isFocused);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<InferenceType> typeBox(FxRobot robot) {
        return robot.lookup("#inspector-type").queryAs(ComboBox.class);
    }
}
