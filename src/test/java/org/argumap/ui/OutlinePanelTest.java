package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import org.argumap.edit.AddChildCommand;
import org.argumap.edit.EditTextCommand;
import org.argumap.edit.MapStructure;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Role;
import org.argumap.model.Statement;
import org.argumap.ui.outline.OutlineEntry;
import org.argumap.ui.outline.OutlinePanel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The outline beside the canvas, on the demo map: the same map as a tree, in step with the canvas both ways. */
class OutlinePanelTest extends CanvasTestBase {
    private static final KeyCodeCombination FOCUS_OUTLINE =
            new KeyCodeCombination(KeyCode.O, KeyCombination.SHIFT_DOWN, KeyCombination.SHORTCUT_DOWN);

    @Test
    void ctrlShiftOShowsTheOutlineAndPutsTheFocusInIt(FxRobot robot) {
        assertNull(onFx(() -> outline().getScene()), "hidden until asked for");
        robot.clickOn(screenCentreOf("s1"));
        robot.type(KeyCode.ESCAPE);
        robot.push(FOCUS_OUTLINE);

        assertNotNull(onFx(() -> outline().getScene()));
        assertTrue(onFx(() -> tree().isFocused()), "the tree has the keyboard focus");
        assertEquals(0, onFx(() -> tree().getFocusModel().getFocusedIndex()), "on the first line, with nothing selected");
        CheckMenuItem item = outlineMenuItem(robot);
        assertTrue(onFx(item::isSelected), "View › Outline is checked");

        onFx(() -> item.setSelected(false));
        assertNull(onFx(() -> outline().getScene()), "View › Outline hides it again");

        robot.clickOn(screenCentreOf("s7"));
        robot.push(FOCUS_OUTLINE);
        assertTrue(onFx(() -> tree().isFocused()));
        assertEquals("s7", onFx(() -> tree().getFocusModel().getFocusedItem().getValue().statementId()),
                "on the line of the statement selected on the canvas");
    }

    private static CheckMenuItem outlineMenuItem(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return onFx(() -> bar.getMenus().stream().filter(m -> m.getText().equals("View")).findFirst().orElseThrow()
                .getItems().stream().filter(i -> "Outline".equals(i.getText())).map(CheckMenuItem.class::cast)
                .findFirst().orElseThrow());
    }

    @Test
    void theTreeIsTheMapAsMapStructureWalksIt() {
        showOutline();
        List<String> tops = map().statements().stream().filter(s -> map().inferencesFrom(s).isEmpty())
                .map(Statement::id).toList();
        assertEquals(tops, onFx(() -> tree().getRoot().getChildren().stream().map(i -> i.getValue().statementId()).toList()));
        for (Statement statement : map().statements()) {
            TreeItem<OutlineEntry> line = onFx(() -> outline().itemOf(statement.id()));
            assertNotNull(line, statement + " has a line");
            MapNode parent = MapStructure.parent(map(), statement);
            assertEquals(parent == null ? null : statementAbove(parent), onFx(() -> statementLineAbove(line)),
                    statement + " hangs under its parent");
            List<String> below = onFx(() -> statementsBelow(line));
            assertEquals(MapStructure.children(map(), statement).stream().map(Statement::id).toList(), below,
                    "the statements bearing on " + statement + ", in map order");
        }
    }

    @Test
    void selectingALineSelectsTheBoxAndSelectingABoxSelectsTheLine(FxRobot robot) {
        showOutline();
        robot.clickOn(cellOf("s5"));
        assertEquals(List.of("s5"), selectedIds());
        assertFullyInView("s5");

        robot.type(KeyCode.DOWN);
        assertEquals(List.of("e2"), selectedIds(), "the arrow keys walk the tree, and the canvas follows");

        onFx(() -> canvas().navigation().fitMap());
        robot.clickOn(screenCentreOf("s16"));
        assertEquals("s16", onFx(() -> tree().getSelectionModel().getSelectedItem().getValue().statementId()));
        assertEquals(1, onFx(() -> tree().getSelectionModel().getSelectedItems().size()));
    }

    @Test
    void editsThroughCommandsShowInTheTreeAndUndoTakesThemBack() {
        showOutline();
        TreeItem<OutlineEntry> s2 = onFx(() -> outline().itemOf("s2"));
        int before = onFx(() -> statementsBelow(s2)).size();
        onFx(() -> document().history().execute(AddChildCommand.reason(map(), "s2", "Both sides hack each other")));
        List<String> below = onFx(() -> statementsBelow(outline().itemOf("s2")));
        assertEquals(before + 1, below.size(), "a new line under s2: " + below);
        String added = below.get(before);
        assertEquals("Both sides hack each other", map().statement(added).text());
        assertSame(s2, onFx(() -> outline().itemOf("s2")), "the tree was changed, not built again");

        onFx(() -> document().history().execute(new EditTextCommand(map(), added, "Everyone hacks everyone")));
        assertEquals("Everyone hacks everyone", onFx(() -> cellOf(added).getText()));

        onFx(() -> document().history().undo());
        onFx(() -> document().history().undo());
        assertNull(onFx(() -> outline().itemOf(added)));
        assertEquals(before, onFx(() -> statementsBelow(outline().itemOf("s2"))).size());
    }

    @Test
    void collapsingOnEitherSideCollapsesTheOther(FxRobot robot) {
        showOutline();
        onFx(() -> canvas().folding().toggle("s2"));
        assertFalse(onFx(() -> outline().itemOf("s2").isExpanded()), "collapsed on the canvas, collapsed in the tree");

        robot.clickOn(cellOf("s15"));
        robot.type(KeyCode.LEFT);
        assertTrue(onFx(() -> canvas().folding().isCollapsed("s15")), "collapsed in the tree, collapsed on the canvas");
        awaitGlide();
        assertNull(rectOf("s16"), "the branch is hidden on the canvas");

        robot.type(KeyCode.SPACE);
        assertFalse(onFx(() -> canvas().folding().isCollapsed("s15")), "Space unfolds it again");
        assertFalse(document().history().canUndo(), "folding is view state");
    }

    @Test
    void f2EditsALineInPlaceAsOneUndoStepAndEscapeCancels(FxRobot robot) {
        showOutline();
        robot.clickOn(cellOf("s17"));
        robot.type(KeyCode.F2);
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write("Pipeline talks stalled");
        robot.type(KeyCode.ENTER);

        assertEquals("Pipeline talks stalled", map().statement("s17").text());
        assertTrue(onFx(() -> tree().isFocused()), "the keyboard is back in the tree");
        assertEquals(1, document().history().undoCount());
        assertEquals("Edit Text", document().history().undoDescription().orElseThrow());
        assertEquals("Power of Siberia 2 stalled: Pipeline talks stalled", onFx(() -> cellOf("s17").getText()),
                "the line shows the title, then the words");

        robot.type(KeyCode.ENTER);
        assertNotNull(onFx(() -> tree().getEditingItem()), "Enter edits too");
        robot.write("Never mind");
        robot.type(KeyCode.ESCAPE);
        assertEquals("Pipeline talks stalled", map().statement("s17").text());
        assertEquals(1, document().history().undoCount());

        onFx(() -> document().history().undo());
        assertTrue(map().statement("s17").text().startsWith("Talks on Russia"));
    }

    @Test
    void typingOnALineStartsEditingItAndNeverRunsAOneLetterCommand(FxRobot robot) {
        showOutline();
        robot.clickOn(cellOf("s14"));
        assertEquals(Role.REPLY, map().roleOf(map().statement("s14")));
        robot.type(KeyCode.S);
        assertNotNull(onFx(() -> tree().getEditingItem()), "typing starts editing");
        robot.type(KeyCode.ESCAPE);
        assertEquals(Role.REPLY, map().roleOf(map().statement("s14")), "S did not classify the reply");
        assertFalse(document().history().canUndo());
    }

    @Test
    void doubleClickEditsTheLine(FxRobot robot) {
        showOutline();
        robot.doubleClickOn(cellOf("s9"));
        assertEquals("s9", onFx(() -> tree().getEditingItem().getValue().statementId()));
        assertTrue(onFx(() -> outline().itemOf("s9").isExpanded()), "a double click edits rather than folds");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void draggingALineAboveASiblingReordersThemAndUndoRestores(FxRobot robot) {
        showOutline();
        List<String> before = childrenOf("s1");
        assertTrue(before.indexOf("s7") < before.indexOf("s9"));

        robot.drag(centreOf(cellOf("s9")), MouseButton.PRIMARY).dropTo(upperEdgeOf(cellOf("s7")));

        List<String> after = childrenOf("s1");
        assertEquals(before.indexOf("s7"), after.indexOf("s9"), "s9 took s7's place");
        assertEquals(after.indexOf("s9") + 1, after.indexOf("s7"));
        assertEquals(1, document().history().undoCount(), "one drop, one undo step");
        onFx(() -> document().history().undo());
        assertEquals(before, childrenOf("s1"));
    }

    @Test
    void droppingALineOntoAStatementMovesItUnderIt(FxRobot robot) {
        showOutline();
        robot.drag(centreOf(cellOf("s13")), MouseButton.PRIMARY).dropTo(centreOf(cellOf("s7")));

        assertEquals(map().statement("s7"), MapStructure.parent(map(), map().statement("s13")));
        assertEquals(Role.REPHRASING, map().roleOf(map().statement("s13")), "the same kind of link");
        assertEquals("s7", onFx(() -> outline().itemOf("s13").getParent().getValue().statementId()));
        onFx(() -> document().history().undo());
        assertEquals(map().statement("s1"), MapStructure.parent(map(), map().statement("s13")));
    }

    @Test
    void escapeGivesUpADrag(FxRobot robot) {
        showOutline();
        robot.drag(centreOf(cellOf("s13")), MouseButton.PRIMARY).moveTo(centreOf(cellOf("s7")));
        robot.type(KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);
        assertFalse(document().history().canUndo());
        assertEquals(map().statement("s1"), MapStructure.parent(map(), map().statement("s13")));
    }

    @Test
    void droppingAStatementIntoItsOwnBranchIsRefusedWithAMessage(FxRobot robot) {
        showOutline();
        robot.drag(centreOf(cellOf("s15")), MouseButton.PRIMARY).dropTo(centreOf(cellOf("s16")));
        assertFalse(document().history().canUndo());
        assertTrue(onFx(() -> canvas().noticeProperty().get()).contains("circle"),
                onFx(() -> canvas().noticeProperty().get()));
    }

    @Test
    void everyLineSaysWhatItIsForScreenReaders(FxRobot robot) {
        showOutline();
        assertEquals("Objection to “Stark asymmetry: The APT31 case…”: Allies spy too: How is this different from US"
                        + " spying on the EU? Falls. 1 piece of evidence, 1 rebuttal. Expanded.",
                onFx(() -> cellOf("s5").getAccessibleText()));
        onFx(() -> canvas().folding().toggle("s5"));
        assertTrue(onFx(() -> cellOf("s5").getAccessibleText()).endsWith("1 rebuttal. Collapsed."));
        onFx(() -> canvas().folding().toggle("s5"));
        assertTrue(onFx(() -> cellOf("s18").getAccessibleText()).startsWith("Undercut of the step “Energy dispute”: "));
        assertEquals("Linked reason for “Stark asymmetry: The APT31 case…”: Probing and silence. Stands. 2 reasons. Expanded.",
                onFx(() -> tree().getRow(outline().itemOf("s3").getParent()) >= 0
                        ? cellAtRow(tree().getRow(outline().itemOf("s3").getParent())).getAccessibleText() : null));
        String listedAgain = onFx(() -> cellAtRow(tree().getRow(outline().itemOf("s6")) + 1).getAccessibleText());
        assertTrue(listedAgain.startsWith("Evidence for “The difference is the silence:"), listedAgain);
        assertTrue(listedAgain.endsWith("Listed again here; its own place is under “Allies spy too: How is this different…”."),
                listedAgain);
        assertTrue(onFx(() -> cellOf("s5").getTooltip().getText()).endsWith("How is this different from US spying on the EU?"),
                "the tooltip has the full words");
    }

    // ---- helpers ------------------------------------------------------------------------------

    private OutlinePanel outline() {
        return window.outline();
    }

    private TreeView<OutlineEntry> tree() {
        return outline().tree();
    }

    private void showOutline() {
        onFx(() -> window.showOutline());
    }

    /** The cell showing the statement's own line. */
    @SuppressWarnings("unchecked")
    private TreeCell<OutlineEntry> cellOf(String statementId) {
        return onFx(() -> {
            outline().flush();
            tree().layout();
            return tree().lookupAll(".outline-cell").stream().map(node -> (TreeCell<OutlineEntry>) node)
                    .filter(cell -> cell.isVisible() && cell.getItem() != null
                            && cell.getItem().kind() == OutlineEntry.Kind.STATEMENT
                            && statementId.equals(cell.getItem().statementId()))
                    .findFirst().orElseThrow(() -> new AssertionError("no line shown for " + statementId));
        });
    }

    @SuppressWarnings("unchecked")
    private TreeCell<OutlineEntry> cellAtRow(int row) {
        outline().flush();
        tree().layout();
        return tree().lookupAll(".outline-cell").stream().map(node -> (TreeCell<OutlineEntry>) node)
                .filter(cell -> cell.isVisible() && cell.getIndex() == row).findFirst().orElseThrow();
    }

    private static Point2D centreOf(TreeCell<OutlineEntry> cell) {
        Bounds bounds = onFx(() -> cell.localToScreen(cell.getLayoutBounds()));
        return new Point2D(bounds.getMinX() + bounds.getWidth() / 3, bounds.getCenterY());
    }

    private static Point2D upperEdgeOf(TreeCell<OutlineEntry> cell) {
        Bounds bounds = onFx(() -> cell.localToScreen(cell.getLayoutBounds()));
        return new Point2D(bounds.getMinX() + bounds.getWidth() / 3, bounds.getMinY() + bounds.getHeight() * 0.15);
    }

    private List<String> childrenOf(String statementId) {
        return onFx(() -> MapStructure.children(map(), map().statement(statementId)).stream().map(Statement::id).toList());
    }

    private static String statementAbove(MapNode node) {
        MapNode up = node;
        while (up instanceof Inference step) {
            up = step.target();
        }
        return up.id();
    }

    /** The nearest line above that stands for a statement (past linked arguments' lines). */
    private static String statementLineAbove(TreeItem<OutlineEntry> line) {
        TreeItem<OutlineEntry> up = line.getParent();
        while (up != null && up.getValue() != null && !up.getValue().showsStatement()) {
            up = up.getParent();
        }
        return up == null || up.getValue() == null ? null : up.getValue().statementId();
    }

    /**
     * The statements on the lines below, through linked arguments' lines, leaving out the
     * undercuts of steps (which MapStructure hangs from the step, not the statement).
     */
    private List<String> statementsBelow(TreeItem<OutlineEntry> line) {
        List<String> below = new ArrayList<>();
        for (TreeItem<OutlineEntry> child : line.getChildren()) {
            OutlineEntry entry = child.getValue();
            if (entry.showsStatement()) {
                if (!(map().inference(entry.inferenceId()).target() instanceof Inference)) {
                    below.add(entry.statementId());
                }
            } else {
                for (TreeItem<OutlineEntry> premise : child.getChildren()) {
                    if (premise.getValue().showsStatement()
                            && !(map().inference(premise.getValue().inferenceId()).target() instanceof Inference)) {
                        below.add(premise.getValue().statementId());
                    }
                }
            }
        }
        return below;
    }
}
