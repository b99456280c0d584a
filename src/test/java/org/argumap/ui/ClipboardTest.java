package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.argumap.edit.MapStructure;
import org.argumap.edit.clipboard.FragmentExtractor;
import org.argumap.edit.clipboard.OutlineTextWriter;
import org.argumap.io.json.FragmentJson;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapNode;
import org.argumap.model.Role;
import org.argumap.model.Statement;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Cut, Copy, Paste and Duplicate on the demo map through the real system clipboard (Monocle has a
 * working one), driven with the keys and menus a user would use. Content "from another program"
 * is put on the clipboard directly, as that program would; opening a menu then checks the
 * clipboard again, as switching back to the window does.
 */
class ClipboardTest extends CanvasTestBase {
    private static final KeyCodeCombination CUT = shortcut(KeyCode.X);
    private static final KeyCodeCombination COPY = shortcut(KeyCode.C);
    private static final KeyCodeCombination PASTE = shortcut(KeyCode.V);
    private static final KeyCodeCombination DUPLICATE = shortcut(KeyCode.D);
    private static final KeyCodeCombination UNDO = shortcut(KeyCode.Z);
    private static final KeyCodeCombination NEW = shortcut(KeyCode.N);

    private static KeyCodeCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** The clipboard is emptied before the window opens: what an earlier test copied must not count. */
    @Override
    @BeforeEach
    void openTheDemoInTheMainWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        onFx(() -> Clipboard.getSystemClipboard().clear());
        super.openTheDemoInTheMainWindow();
    }

    private void select(FxRobot robot, String id) {
        robot.clickOn(screenCentreOf(id));
        assertEquals(List.of(id), selectedIds());
    }

    private void press(FxRobot robot, KeyCodeCombination keys) {
        robot.push(keys);
        onFx(() -> { });
    }

    private String text(String id) {
        return onFx(() -> map().statement(id).text());
    }

    /** The branch below a statement as the outline writer puts it, to compare branches by their words. */
    private String outlineOf(ArgumentMap map, String id) {
        return onFx(() -> OutlineTextWriter.write(FragmentExtractor.extract(map, List.of(id))));
    }

    private String status(FxRobot robot) {
        return onFx(() -> robot.lookup(".status-bar").queryAs(StatusBar.class).getText());
    }

    private MenuItem editItem(FxRobot robot, String text) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return onFx(() -> bar.getMenus().stream().filter(m -> m.getText().equals("Edit")).findFirst().orElseThrow()
                .getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow());
    }

    /**
     * What a right click does on a real screen: Monocle's robot presses the button but sends no
     * context-menu request, so the test sends the one the platform would.
     */
    private void openContextMenuAt(FxRobot robot, Point2D screen) {
        robot.moveTo(screen);
        onFx(() -> {
            Point2D inScene = canvas().localToScene(canvas().screenToLocal(screen));
            canvas().fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, inScene.getX(), inScene.getY(),
                    screen.getX(), screen.getY(), false, null));
        });
    }

    private static Object clipboard(DataFormat format) {
        return onFx(() -> Clipboard.getSystemClipboard().getContent(format));
    }

    /** What another program does: only plain text, no map. */
    private static void anotherProgramCopies(String text) {
        onFx(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text)));
    }

    private String mapJson() {
        return onFx(() -> FragmentJson.write(map()));
    }

    @Test
    void ctrlCPutsTheBranchAsMapJsonAndAsAnIndentedOutline(FxRobot robot) {
        select(robot, "s9");
        press(robot, COPY);

        // Under its own type as UTF-8 bytes, so that any program can read it.
        String json = StandardCharsets.UTF_8.decode((ByteBuffer) clipboard(MapClipboard.MAP_JSON)).toString();
        assertTrue(FragmentJson.looksLikeMap(json), json);
        for (String id : List.of("s9", "s10", "s11", "s12")) {
            assertTrue(json.contains(text(id).replace("\"", "\\\"")), "the JSON carries " + id);
        }
        assertEquals("+ " + text("s9") + "\n"
                + "  + " + text("s10") + "\n"
                + "  + " + text("s11") + "\n"
                + "  + " + text("s12") + "\n", clipboard(DataFormat.PLAIN_TEXT),
                "other programs get the branch as an outline: a reason of something, with three reasons under it");
        assertEquals("Copied 4 statements to the clipboard.", status(robot));
        assertFalse(document().isDirty(), "copying changes nothing");
    }

    @Test
    void pastedUnderAnotherStatementTheBranchArrivesWithFreshIdsAndIsSelected(FxRobot robot) {
        String copied = outlineOf(map(), "s9");
        select(robot, "s9");
        press(robot, COPY);
        select(robot, "s7");
        press(robot, PASTE);

        List<String> pasted = selectedIds();
        assertEquals(1, pasted.size(), "the pasted top statement is the selection");
        String id = pasted.get(0);
        assertFalse(Set.of("s9", "s10", "s11", "s12").contains(id), "a copy in the same map gets fresh ids");
        assertEquals("s7", onFx(() -> MapStructure.parent(map(), map().statement(id)).id()));
        assertEquals(Role.REASON, onFx(() -> map().roleOf(map().statement(id))));
        assertEquals(copied, outlineOf(map(), id), "the same branch, word for word");
        assertEquals(copied, outlineOf(map(), "s9"), "the original stays");
        assertFullyInView(id);
        assertEquals("Undo Paste", onFx(() -> editItem(robot, "Undo Paste").getText()));
        assertEquals("Pasted 4 statements.", status(robot));

        press(robot, UNDO);
        assertFalse(onFx(() -> map().contains(id)));
        assertFalse(document().isDirty());
    }

    @Test
    void aBranchCopiedInOneMapPastesIntoANewMapAsItWas(FxRobot robot) throws Exception {
        select(robot, "s2");
        press(robot, COPY);
        press(robot, NEW);
        assertEquals(0, onFx(() -> map().size()), "a new, empty map");
        press(robot, PASTE);

        ArgumentMap expected = BundledMaps.read(BundledMaps.DEMO).map();
        Set<String> branch = Set.of("s2", "s3", "s4", "e1", "s5", "e2", "s6", "i2", "i3", "i4", "i5", "i6", "i7");
        expected.remove(expected.nodes().stream().map(MapNode::id).filter(n -> !branch.contains(n)).toList());
        expected.setInfo(onFx(() -> map().info()));
        onFx(() -> MapAssertions.assertSameContents(expected, map()));
        assertEquals(List.of("s2"), selectedIds(), "a new map uses none of the ids, so they are kept");
        assertEquals(Role.MAIN_CLAIM, onFx(() -> map().roleOf(map().statement("s2"))),
                "with nothing selected, the copy becomes a main claim");
    }

    @Test
    void cutTakesTheBranchToTheClipboardAndUndoBringsItBack(FxRobot robot) throws Exception {
        String before = mapJson();
        String outline = outlineOf(map(), "s5");
        select(robot, "s5");
        press(robot, CUT);

        assertFalse(onFx(() -> map().contains("s5") || map().contains("s6") || map().contains("e2")),
                "the objection goes with its branch");
        assertEquals(outline, clipboard(DataFormat.PLAIN_TEXT));
        assertEquals("Undo Cut", onFx(() -> editItem(robot, "Undo Cut").getText()));

        press(robot, UNDO);
        assertEquals(before, mapJson(), "undo gives back the very map");
        ArgumentMap demo = BundledMaps.read(BundledMaps.DEMO).map();
        onFx(() -> MapAssertions.assertSameContents(demo, map()));

        // Cut and paste moves the branch: under another statement, keeping its ids (the map no longer has them).
        select(robot, "s5");
        press(robot, CUT);
        select(robot, "s16");
        press(robot, PASTE);
        assertEquals(List.of("s5"), selectedIds());
        assertEquals("s16", onFx(() -> MapStructure.parent(map(), map().statement("s5")).id()));
        assertEquals(Role.OBJECTION, onFx(() -> map().roleOf(map().statement("s5"))), "an objection stays one");
        assertEquals(outline, outlineOf(map(), "s5"));
    }

    @Test
    void duplicateCopiesTheBranchBesideItsOriginal(FxRobot robot) {
        String outline = outlineOf(map(), "s16");
        select(robot, "s16");
        press(robot, DUPLICATE);

        String copy = selectedIds().get(0);
        assertNotEquals("s16", copy);
        assertEquals("s15", onFx(() -> MapStructure.parent(map(), map().statement(copy)).id()),
                "the copy hangs where the original hangs");
        assertEquals(outline, outlineOf(map(), copy));
        assertEquals("Undo Duplicate", onFx(() -> editItem(robot, "Undo Duplicate").getText()));
        press(robot, UNDO);
        assertFalse(onFx(() -> map().contains(copy)));
    }

    @Test
    void theBoxMenuCopiesAndDuplicates(FxRobot robot) {
        openContextMenuAt(robot, screenCentreOf("s10"));
        assertEquals(List.of("s10"), selectedIds(), "a right click selects the box first");
        robot.clickOn("Duplicate");
        String copy = selectedIds().get(0);
        assertNotEquals("s10", copy);
        assertEquals(text("s10"), text(copy));
        assertEquals("s9", onFx(() -> MapStructure.parent(map(), map().statement(copy)).id()));
    }

    @Test
    void indentedTextFromAnotherProgramPastesAsABranch(FxRobot robot) {
        select(robot, "s18");
        anotherProgramCopies("Homework helps\n\t- It takes time from play\n\t* Practice matters\n");
        choose(robot, "Edit", "Paste");

        String top = selectedIds().get(0);
        Statement pasted = onFx(() -> map().statement(top));
        assertEquals("Homework helps", pasted.text());
        assertEquals("s18", onFx(() -> MapStructure.parent(map(), pasted).id()));
        List<Statement> children = onFx(() -> MapStructure.children(map(), pasted));
        assertEquals(List.of("It takes time from play", "Practice matters"),
                children.stream().map(Statement::text).toList());
        assertEquals(List.of(Role.OBJECTION, Role.REASON),
                onFx(() -> children.stream().map(map()::roleOf).toList()), "“-” is an objection, “*” a plain bullet");
    }

    @Test
    void theTextOfAMapFilePastesAsThatMapsStatements(FxRobot robot) {
        robot.clickOn(emptySpot());
        anotherProgramCopies("""
                {
                  "format": "argumap",
                  "version": 1,
                  "statements": [
                    {"id": "a", "kind": "claim", "text": "Cities should ban cars"},
                    {"id": "b", "kind": "claim", "text": "Deliveries need vans"}
                  ],
                  "inferences": [ {"id": "r", "type": "attack", "premises": ["b"], "target": "a"} ]
                }
                """);
        choose(robot, "Edit", "Paste");

        Statement claim = onFx(() -> map().statement(selectedIds().get(0)));
        assertEquals("Cities should ban cars", claim.text());
        assertEquals(Role.MAIN_CLAIM, onFx(() -> map().roleOf(claim)));
        Statement objection = onFx(() -> MapStructure.children(map(), claim).get(0));
        assertEquals("Deliveries need vans", objection.text());
        assertEquals(Role.OBJECTION, onFx(() -> map().roleOf(objection)));
    }

    @Test
    void binaryDataOnTheClipboardIsRefusedWithAMessage(FxRobot robot) {
        String before = mapJson();
        select(robot, "s1");
        anotherProgramCopies("\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR");
        choose(robot, "Edit", "Paste");

        assertEquals("The clipboard holds binary data, not text or a map, so nothing was pasted.", status(robot));
        assertEquals(before, mapJson());
        assertFalse(onFx(() -> document().history().canUndo()));
    }

    @Test
    void brokenMapJsonIsRefusedWithWhereItBreaks(FxRobot robot) {
        String before = mapJson();
        byte[] broken = "{\"format\": \"argumap\", \"version\": 1,\n \"statements\": [ {\"id\": \"s1\", "
                .getBytes(StandardCharsets.UTF_8);
        onFx(() -> Clipboard.getSystemClipboard().setContent(Map.of(MapClipboard.MAP_JSON, ByteBuffer.wrap(broken),
                DataFormat.PLAIN_TEXT, "* A claim")));
        openContextMenuAt(robot, emptySpot());
        robot.clickOn("Paste");

        String message = status(robot);
        assertTrue(message.startsWith("The clipboard holds JSON that is not a readable Argumap map (line 2"), message);
        assertTrue(message.endsWith("so nothing was pasted."), message);
        assertEquals(before, mapJson(), "the map JSON is preferred, and when it is broken nothing is pasted");
    }

    @Test
    void clipboardKeysInATextFieldWorkOnItsTextNotOnTheMap(FxRobot robot) {
        TextField field = new TextField("words in a field");
        onFx(() -> ((VBox) ((BorderPane) stage.getScene().getRoot()).getTop()).getChildren().add(field));
        select(robot, "s9");
        String before = mapJson();

        robot.clickOn(field);
        onFx(() -> { field.selectAll(); });
        assertTrue(onFx(() -> editItem(robot, "Copy").isDisable()), "the map's Copy is off while typing");
        press(robot, COPY);
        assertEquals("words in a field", clipboard(DataFormat.PLAIN_TEXT));
        assertEquals(null, clipboard(MapClipboard.MAP_JSON), "the text, not the map");

        press(robot, CUT);
        assertEquals("", onFx(() -> field.getText()));
        press(robot, PASTE);
        press(robot, PASTE);
        assertEquals("words in a fieldwords in a field", onFx(() -> field.getText()), "pasted into the field, once a key");
        assertEquals(before, mapJson(), "the map is untouched");
        assertEquals(List.of("s9"), selectedIds());

        robot.clickOn(screenCentreOf("s9"));
        assertFalse(onFx(() -> editItem(robot, "Copy").isDisable()), "back on the map, Copy is the map's again");
        assertFalse(onFx(() -> editItem(robot, "Paste").isDisable()), "and there is text to paste");
    }

    @Test
    void commandsAreEnabledOnlyWhenTheyApply(FxRobot robot) {
        robot.clickOn(emptySpot());
        for (String item : List.of("Cut", "Copy", "Duplicate", "Paste")) {
            assertTrue(onFx(() -> editItem(robot, item).isDisable()), item + " with nothing selected and an empty clipboard");
        }
        select(robot, "s3");
        for (String item : List.of("Cut", "Copy", "Duplicate")) {
            assertFalse(onFx(() -> editItem(robot, item).isDisable()), item + " with a selection");
        }
        press(robot, COPY);
        assertFalse(onFx(() -> editItem(robot, "Paste").isDisable()), "Paste once something was copied");
        Set<String> boxMenu = onFx(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .map(Menu::getText).collect(Collectors.toSet()));
        assertTrue(boxMenu.contains("Edit"));
    }
}
