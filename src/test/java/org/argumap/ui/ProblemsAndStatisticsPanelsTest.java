package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.argumap.analysis.MapChecker;
import org.argumap.analysis.feedback.Feedback;
import org.argumap.analysis.feedback.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Argument › Problems and Argument › Statistics: the panel under the map, kept up to date as the map changes. */
class ProblemsAndStatisticsPanelsTest extends MainWindowTestBase {
    /** A main claim with an empty reason, and a statement linked to nothing: two problems. */
    private static final String TWO_PROBLEMS = """
            { "format": "argumap", "version": 1, "title": "Pets",
              "statements": [
                {"id": "s1", "kind": "claim", "text": "Cats make better pets than dogs", "author": "Ann"},
                {"id": "s2", "kind": "claim", "text": "", "author": "Ann"},
                {"id": "s3", "kind": "claim", "text": "A stray thought about hamsters", "author": "Bo"}
              ],
              "inferences": [
                {"id": "i1", "type": "support", "premises": ["s2"], "target": "s1"}
              ] }
            """;

    @TempDir
    Path dir;

    private void openTwoProblems() throws IOException {
        Path file = Files.writeString(dir.resolve("pets.argumap.json"), TWO_PROBLEMS, StandardCharsets.UTF_8);
        onFx(() -> window.documents().openFile(file));
    }

    private List<Finding> findings() {
        return onFx(() -> window.problems().findings());
    }

    @Test
    void theProblemsPanelListsTheTwoProblemsAndAClickSelectsTheBox(FxRobot robot) throws IOException {
        openTwoProblems();
        choose(robot, "Argument", "Problems");

        assertEquals(List.of(MapChecker.EMPTY_STATEMENT, MapChecker.ISOLATED_STATEMENT),
                findings().stream().map(Finding::code).toList());
        assertEquals("2 problems, no suggestions", onFx(() -> window.problems().headerText()));
        Bounds panel = onScreen(window.problems());
        Bounds map = onScreen(window.canvas());
        assertTrue(panel.getMinY() >= map.getMaxY() - 1 && panel.getHeight() > 100, "under the map: " + panel + " " + map);
        assertTrue(robot.lookup("#problems-list").queryAs(ListView.class).isFocused(), "the list has the focus");

        robot.clickOn(robot.lookup(".list-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("s2"), onFx(() -> Set.copyOf(window.canvas().selection().ids())));

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertEquals(Set.of("s3"), onFx(() -> Set.copyOf(window.canvas().selection().ids())), "Enter on the next one");
    }

    @Test
    void fillingTheEmptyBoxTakesItsProblemAway(FxRobot robot) throws IOException {
        openTwoProblems();
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> window.bottomSlot().isShown()), "Ctrl+Shift+M shows the problems");
        assertEquals(2, findings().size());

        onFx(() -> {
            window.canvas().startEditing("s2", "Cats need less of their owners' time");
            window.canvas().commitEditing();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(MapChecker.ISOLATED_STATEMENT, Feedback.UNSUPPORTED_CLAIM),
                findings().stream().map(Finding::code).toList(), "the new reason asks for support of its own");
        assertEquals("1 problem, 1 suggestion", onFx(() -> window.problems().headerText()));

        onFx(() -> window.documents().document().history().undo());
        assertEquals(List.of(MapChecker.EMPTY_STATEMENT, MapChecker.ISOLATED_STATEMENT),
                findings().stream().map(Finding::code).toList(), "undo brings it back");
    }

    @Test
    void theStatisticsPanelShowsTheCountsAndTheTabsComeAndGo(FxRobot robot) throws IOException {
        openTwoProblems();
        choose(robot, "Argument", "Statistics");

        assertEquals("3", valueOf(robot, "#statistics-overview", "statements"));
        assertEquals("2", valueOf(robot, "#statistics-overview", "depth"), "s1 over s2 is two deep");
        assertEquals("2", valueOf(robot, "#statistics-roles", "main claims"), "the claim and the stray one");
        assertEquals("1", valueOf(robot, "#statistics-roles", "reasons"));
        assertEquals(2, onFx(() -> window.statistics().statistics().authors().size()));

        onFx(() -> {
            window.canvas().startEditing("s2", "Cats need less of their owners' time");
            window.canvas().commitEditing();
        });
        onFx(() -> window.documents().document().map().addStatement(
                org.argumap.model.StatementContent.claim("One more")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4", valueOf(robot, "#statistics-overview", "statements"), "updated as the map changes");

        toggle(robot, KeyCode.M);
        assertTrue(onFx(() -> window.problems().activeProperty().get()), "Ctrl+Shift+M: the problems in front");
        assertFalse(onFx(() -> window.statistics().activeProperty().get()), "the statistics tab behind does no work");
        toggle(robot, KeyCode.M);
        assertTrue(onFx(() -> window.statistics().activeProperty().get()), "back to the statistics");
        robot.clickOn(robot.lookup(".tab-close-button").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> window.bottomSlot().isShown()), "the panel goes with its last tab");
        assertFalse(onFx(() -> window.statistics().activeProperty().get()));
        toggle(robot, KeyCode.T);
        assertTrue(onFx(() -> window.statistics().activeProperty().get()), "Ctrl+Shift+T brings it back");
    }

    /** Ctrl+Shift and the key: a menu item's shortcut. */
    private static void toggle(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, key).release(key, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The number beside a label in one of the statistics grids. */
    private String valueOf(FxRobot robot, String grid, String label) {
        GridPane pane = robot.lookup(grid).queryAs(GridPane.class);
        return onFx(() -> {
            List<Node> cells = pane.getChildren();
            for (int i = 0; i + 1 < cells.size(); i += 2) {
                if (((Label) cells.get(i)).getText().strip().equals(label)) {
                    return ((Label) cells.get(i + 1)).getText();
                }
            }
            throw new AssertionError(label + " is not in " + grid);
        });
    }

    private static Bounds onScreen(Region region) {
        return onFx(() -> region.localToScreen(region.getLayoutBounds()));
    }
}
