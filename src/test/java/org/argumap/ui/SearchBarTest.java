package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.argumap.analysis.search.MapQuery;
import org.argumap.analysis.search.MapSearch;
import org.argumap.edit.EditTextCommand;
import org.argumap.model.Statement;
import org.argumap.ui.canvas.Highlights;
import org.argumap.ui.search.SearchBar;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Finding words in the demo map with the search bar, stepping through matches, filtering by kind. */
class SearchBarTest extends CanvasTestBase {
    private static final KeyCodeCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private TextField field(FxRobot robot) {
        return robot.lookup("#search-field").queryAs(TextField.class);
    }

    private String count(FxRobot robot) {
        Label label = robot.lookup("#search-count").queryAs(Label.class);
        return onFx(label::getText);
    }

    private Highlights highlights() {
        return onFx(() -> canvas().highlights());
    }

    private List<String> expected(String words) {
        return onFx(() -> MapSearch.of(map()).find(MapQuery.text(words)));
    }

    private List<String> statementIds() {
        return onFx(() -> map().statements().stream().map(Statement::id).toList());
    }

    private void find(FxRobot robot, String words) {
        robot.push(FIND);
        robot.write(words);
        onFx(() -> { });
    }

    @Test
    void ctrlFThenTypingCountsTheMatchesAndSelectsTheFirst(FxRobot robot) {
        List<String> silence = expected("silence");
        assertTrue(silence.size() >= 2, "the demo says silence more than once: " + silence);

        robot.push(FIND);
        assertTrue(onFx(() -> field(robot).isFocused()), "Ctrl+F puts the keyboard in the search field");
        robot.write("SILENCE");

        assertEquals("1 of " + silence.size(), count(robot));
        assertEquals(List.of(silence.get(0)), selectedIds());
        assertEquals(Set.copyOf(silence), highlights().matches());
        assertEquals(silence.get(0), highlights().current());
        assertFullyInView(silence.get(0));
    }

    @Test
    void enterAndF3StepForwardShiftStepsBackAndBothWrapAround(FxRobot robot) {
        List<String> silence = expected("silence");
        int n = silence.size();
        find(robot, "silence");

        robot.type(KeyCode.ENTER);
        assertEquals(List.of(silence.get(1)), selectedIds());
        assertEquals("2 of " + n, count(robot));

        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertEquals(List.of(silence.get(0)), selectedIds());

        robot.press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        assertEquals(List.of(silence.get(n - 1)), selectedIds(), "back from the first match is the last");
        assertTrue(onFx(() -> canvas().noticeProperty().get()).contains("back at the last"));

        robot.type(KeyCode.F3);
        assertEquals(List.of(silence.get(0)), selectedIds(), "on from the last match is the first");
        assertTrue(onFx(() -> canvas().noticeProperty().get()).contains("back at the first"));

        robot.push(new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN));
        assertEquals(List.of(silence.get(1)), selectedIds(), "Ctrl+G is Find Next too");
    }

    @Test
    void steppingStartsFromTheBoxTheUserClicked(FxRobot robot) {
        List<String> china = expected("china");
        find(robot, "china");
        String last = china.get(china.size() - 1);
        onFx(() -> canvas().navigation().fitMap());
        robot.clickOn(screenCentreOf(last));
        assertEquals(List.of(last), selectedIds());
        robot.type(KeyCode.F3);
        assertEquals(List.of(china.get(0)), selectedIds(), "after the last match comes the first");
        assertEquals("1 of " + china.size(), count(robot));
    }

    @Test
    void escapeEndsTheSearchAndGivesTheKeysBackToTheMap(FxRobot robot) {
        find(robot, "silence");
        assertTrue(highlights().active());

        robot.type(KeyCode.ESCAPE);

        assertEquals("", onFx(() -> field(robot).getText()));
        assertEquals("", count(robot));
        assertFalse(highlights().active());
        for (String id : statementIds()) {
            assertFalse(highlights().leavesOut(id), id + " is not dimmed");
        }
        assertTrue(onFx(() -> canvas().isFocused()), "the map has the keyboard again");
    }

    @Test
    void filteringByObjectionLeavesOnlyTheObjectionBright(FxRobot robot) {
        robot.clickOn("#search-filter");
        robot.clickOn("Objections");
        onFx(() -> { });

        assertEquals(Set.of("s5"), highlights().matches(), "the demo has one objection");
        for (String id : statementIds()) {
            assertEquals(!id.equals("s5"), highlights().leavesOut(id), id);
        }
        assertEquals("1 match", count(robot));
        assertEquals("Filter (1)", onFx(() -> robot.lookup("#search-filter").queryLabeled().getText()));

        robot.clickOn("#search-filter");
        robot.clickOn("Clear Filters");
        assertFalse(highlights().active());
    }

    @Test
    void theCrossInTheFieldShowsWhileItHasWordsAndClearsThem(FxRobot robot) {
        Node clear = robot.lookup("#search-clear").query();
        assertFalse(onFx(clear::isVisible), "nothing to clear yet");
        find(robot, "spy");
        assertTrue(onFx(clear::isVisible));
        assertTrue(highlights().active());

        robot.clickOn(clear);

        assertEquals("", onFx(() -> field(robot).getText()));
        assertFalse(highlights().active(), "the search ends with its words");
        assertFalse(onFx(clear::isVisible));
    }

    @Test
    void aSearchWithoutMatchesSaysSoAndTurnsTheFieldReddish(FxRobot robot) {
        find(robot, "xylophone");

        assertEquals("No matches", count(robot));
        assertTrue(onFx(() -> field(robot).getPseudoClassStates().contains(Styles.STATE_DANGER)));
        assertTrue(highlights().active() && highlights().matches().isEmpty());
        for (String id : statementIds()) {
            assertTrue(highlights().leavesOut(id), "nothing matches, so " + id + " is dimmed");
        }
        robot.type(KeyCode.F3);
        assertEquals("No matches", onFx(() -> canvas().noticeProperty().get()));

        robot.type(KeyCode.BACK_SPACE, "xylophone".length());
        assertFalse(onFx(() -> field(robot).getPseudoClassStates().contains(Styles.STATE_DANGER)));
    }

    @Test
    void theMapsPlainKeysDoNotFireWhileTypingInTheField(FxRobot robot) {
        robot.clickOn(screenCentreOf("s2"));
        double zoom = zoom();
        robot.push(FIND);
        robot.write("+0- ");
        robot.type(KeyCode.EQUALS, KeyCode.MINUS, KeyCode.DIGIT0, KeyCode.SPACE);
        onFx(() -> { });

        assertEquals("+0- =-0 ", onFx(() -> field(robot).getText()));
        assertEquals(zoom, zoom(), 1e-9, "+, - and 0 typed into the field do not zoom");
        assertTrue(onFx(() -> canvas().folding().collapsedIds()).isEmpty(), "Space typed into the field does not collapse");
    }

    @Test
    void aMatchInACollapsedBranchCountsAndSteppingOntoItExpandsTheBranch(FxRobot robot) {
        List<String> electricity = expected("electricity");
        assertTrue(electricity.contains("s16"), electricity.toString());
        onFx(() -> canvas().folding().toggle("s15"));
        awaitGlide();
        assertNull(rectOf("s16"));

        find(robot, "electricity");
        assertEquals(electricity.size() == 1 ? "1 match" : electricity.size() + " matches", count(robot),
                "the hidden matches count, and none is current yet");
        assertFalse(highlights().leavesOut("s16"));
        assertTrue(onFx(() -> canvas().folding().isCollapsed("s15")), "typing does not open branches");

        robot.type(KeyCode.ENTER);
        awaitGlide();

        assertEquals(List.of(electricity.get(0)), selectedIds());
        assertFalse(onFx(() -> canvas().folding().isCollapsed("s15")));
        assertTrue(onFx(() -> canvas().noticeProperty().get()).startsWith("Expanded a collapsed branch"));
        assertFullyInView(electricity.get(0));
    }

    @Test
    void editingTheMapUpdatesTheMatchesWithoutMovingTheSelection(FxRobot robot) {
        List<String> silence = expected("silence");
        find(robot, "silence");
        onFx(() -> document().history().execute(new EditTextCommand(map(), "s8", "A long silence of friction")));

        assertTrue(highlights().matches().contains("s8"), "the edited box matches now");
        assertEquals("1 of " + (silence.size() + 1), count(robot));
        assertEquals(List.of(silence.get(0)), selectedIds());

        onFx(() -> document().history().undo());
        assertFalse(highlights().matches().contains("s8"), "and no longer after Undo");
        assertEquals("1 of " + silence.size(), count(robot));
    }

    @Test
    void theEditMenuHasFindNextAndPrevious(FxRobot robot) {
        assertTrue(menuItemTexts(robot, "Edit").containsAll(List.of("Find…", "Find Next", "Find Previous")));
        choose(robot, "Edit", "Find…");
        assertTrue(onFx(() -> field(robot).isFocused()));
    }

    @Test
    void anotherMapEndsTheSearch(FxRobot robot) {
        find(robot, "silence");
        onFx(() -> window.documents().newMap());
        assertFalse(highlights().active());
        assertEquals("", onFx(() -> field(robot).getText()));
        assertTrue(robot.lookup(".search-bar").queryAs(SearchBar.class).session().matches().isEmpty());
    }
}
