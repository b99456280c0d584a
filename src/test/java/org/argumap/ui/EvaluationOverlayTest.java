package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.argumap.analysis.feedback.Feedback;
import org.argumap.analysis.feedback.Finding;
import org.argumap.model.Role;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.argumap.model.Verdict;
import org.argumap.ui.dialog.FxPrompts;
import org.argumap.ui.evaluation.EvaluationPreference;
import org.argumap.ui.evaluation.EvaluationView;
import org.argumap.ui.outline.OutlineEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10's promise, headless: on the demo map, an objection typed under a reason that stands
 * makes it fall, on the canvas and in the outline, and answering the objection makes it stand
 * again, and the problems panel asks for an answer to the objection until it has one. The statuses
 * are read from what the canvas drew in its last frame, from the outline's lines and from the
 * panel's list, as a user sees them, not from the evaluation alone.
 */
class EvaluationOverlayTest extends EditingTestBase {
    static final KeyCodeCombination SHOW_EVALUATION = (KeyCodeCombination) EvaluationView.SHOW_KEY;
    static final KeyCodeCombination PROBLEMS =
            new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCodeCombination ACCEPT = new KeyCodeCombination(KeyCode.Y, KeyCombination.ALT_DOWN);

    @BeforeEach
    void showTheOutlineAndTheInspector() {
        onFx(() -> {
            window.showOutline();
            window.inspectorSlot().setShown(true);
            canvas().requestFocus();
        });
    }

    @Test
    void anObjectionMakesAReasonFallAndAnsweringItMakesItStandAgain(FxRobot robot) {
        String reason = aReasonThatStands();
        assertEquals("✓ stands", outlineStatusOf(reason), "the outline agrees before the edit");
        onFx(() -> canvas().requestFocus());
        robot.push(PROBLEMS);
        assertTrue(onFx(() -> window.problems().activeProperty().get()), "Ctrl+Shift+M shows the problems");
        List<String> before = findingsAbout(reason);

        select(robot, reason);
        robot.push(ADD_OBJECTION);
        String objection = editedId();
        assertNotNull(objection, "Shift+Tab opens a new objection for typing");
        type("The figures are from a single vendor report.");
        robot.type(KeyCode.ENTER);

        assertEquals("falls", canvasStatusOf(reason), "an unanswered objection that stands defeats the reason");
        assertEquals("stands", canvasStatusOf(objection));
        assertEquals("✗ falls", outlineStatusOf(reason));
        assertEquals(List.of(Feedback.UNANSWERED_OBJECTION), findingsAbout(objection),
                "the problems panel asks for an answer to the new objection");

        onFx(() -> document().selection().select(objection));
        onFx(() -> canvas().requestFocus());
        robot.push(ADD_OBJECTION);
        type("That report was confirmed by two governments.");
        robot.type(KeyCode.ENTER);

        assertEquals("falls", canvasStatusOf(objection), "the answer defeats the objection");
        assertEquals("stands", canvasStatusOf(reason), "and the reason stands again");
        assertEquals("✓ stands", outlineStatusOf(reason));
        assertEquals(List.of(), findingsAbout(objection), "answered, the objection is no longer listed");
        assertEquals(before, findingsAbout(reason), "and the reason's own findings are as before");
    }

    @Test
    void theToggleTakesTheMarksAwayAndIsRemembered(FxRobot robot) {
        String reason = aReasonThatStands();
        choose(robot, "Evaluate", EvaluationView.SHOW_ITEM);
        assertEquals("", canvasStatusOf(reason), "no mark on the canvas");
        assertEquals("", outlineStatusOf(reason), "nor in the outline");
        assertFalse(new EvaluationPreference(themePreference.node()).load(), "the choice is remembered");

        onFx(() -> canvas().requestFocus());
        robot.push(SHOW_EVALUATION);
        assertEquals("stands", canvasStatusOf(reason), "the shortcut brings the marks back");
        assertEquals("✓ stands", outlineStatusOf(reason));
        onFx(() -> canvas().requestFocus());
        robot.push(SHOW_EVALUATION);
        assertEquals("", canvasStatusOf(reason), "and takes them away again");

        MainWindow next = onFx(() -> {
            MainWindow another = new MainWindow(new Stage(), files, new FxPrompts(), browsed::add, themePreference);
            another.show();
            another.open(null);
            return another;
        });
        assertFalse(onFx(() -> next.evaluation().shownProperty().get()), "the next window starts without marks");
        assertEquals(null, onFx(() -> next.canvas().evaluation()));
        onFx(() -> next.stage().close());
    }

    @Test
    void rejectAndAcceptFromTheMenuAreUndoable(FxRobot robot) {
        String reason = aReasonThatStands();
        select(robot, reason);
        choose(robot, "Evaluate", "Reject");
        assertEquals("falls, rejected by you", canvasStatusOf(reason));
        assertEquals(Verdict.REJECTED, statement(reason).content().verdict());
        assertEquals("Undo Mark Rejected", undoItem(robot));

        robot.push(UNDO);
        assertEquals("stands", canvasStatusOf(reason), "Undo takes the verdict back");

        onFx(() -> canvas().requestFocus());
        robot.push(ACCEPT);
        assertEquals("stands, accepted by you", canvasStatusOf(reason), "Alt+Y accepts");
        assertEquals("Undo Mark Accepted", undoItem(robot));

        List<String> two = onFx(() -> map().statements().stream().map(Statement::id).limit(2).toList());
        onFx(() -> document().selection().selectOnly(two));
        int before = undoSteps();
        choose(robot, "Evaluate", "Reject");
        assertTrue(two.stream().allMatch(id -> statement(id).content().verdict() == Verdict.REJECTED));
        assertEquals(before + 1, undoSteps(), "several boxes, one step");
        robot.push(UNDO);
        assertTrue(two.stream().noneMatch(id -> statement(id).content().verdict() == Verdict.REJECTED));
    }

    @Test
    void theStripExplainsTheSelectedBox(FxRobot robot) {
        String reason = aReasonThatStands();
        select(robot, reason);
        assertEquals("Stands", textOf(robot, "#evaluation-word"));
        assertTrue(textOf(robot, "#evaluation-sentence").startsWith("Stands"), textOf(robot, "#evaluation-sentence"));

        robot.push(ADD_OBJECTION);
        type("An objection.");
        robot.type(KeyCode.ENTER);
        select(robot, reason);
        assertEquals("Falls", textOf(robot, "#evaluation-word"), "updated after the edit");
        assertTrue(textOf(robot, "#evaluation-sentence").startsWith("Falls"));
    }

    @Test
    void rateSetsTheRatingInTheInspectorAsOneStep(FxRobot robot) {
        String reason = aReasonThatStands();
        select(robot, reason);
        choose(robot, "Evaluate", "Rate…");
        assertEquals(50, statement(reason).content().rating(), "Rate… switches the rating on, at the middle");
        assertEquals("Undo Rate Evidence 50 %", undoItem(robot), "the demo's first leaf reason is evidence");
        assertTrue(onFx(() -> robot.lookup("#evaluation-rating").query().isFocused()), "and goes to the slider");

        robot.type(KeyCode.RIGHT);
        assertEquals(55, statement(reason).content().rating(), "the arrows move it in steps of 5 %");
        robot.push(UNDO);
        robot.push(UNDO);
        assertEquals(StatementContent.UNRATED, statement(reason).content().rating());
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** A reason of the demo map that stands, with no objection under it yet. */
    String aReasonThatStands() {
        return onFx(() -> map().statements().stream()
                .filter(s -> map().roleOf(s) == Role.REASON)
                .filter(s -> map().inferencesInto(s).isEmpty())
                .map(Statement::id)
                .filter(id -> canvas().standingDrawnOn(id).orElse("").equals("stands"))
                .findFirst().orElseThrow());
    }

    /**
     * What the canvas drew on the box in its last frame ("stands", "falls, rejected by you"), with
     * the whole map fitted into view so that the box is drawn; empty when it drew no mark.
     */
    /** The codes of the problems panel's findings that point first at this box, in the panel's order. */
    List<String> findingsAbout(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> window.problems().findings().stream()
                .filter(f -> !f.ids().isEmpty() && f.ids().get(0).equals(id)).map(Finding::code).toList());
    }

    String canvasStatusOf(String id) {
        onFx(this::fitMap);
        awaitGlide();
        return onFx(() -> canvas().standingDrawnOn(id).orElse(""));
    }

    private void fitMap() {
        canvas().navigation().fitMap();
        canvas().layout();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The mark on the statement's own outline line and what it says to a screen reader: "✗ falls"; "" for none. */
    String outlineStatusOf(String id) {
        TreeView<OutlineEntry> tree = onFx(() -> window.outline().tree());
        onFx(() -> {
            TreeItem<OutlineEntry> item = window.outline().itemOf(id);
            tree.scrollTo(tree.getRow(item));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> {
            window.outline().flush();
            for (Node node : tree.lookupAll(".outline-cell")) {
                TreeCell<?> cell = (TreeCell<?>) node;
                if (cell.getItem() instanceof OutlineEntry entry && id.equals(entry.statementId())
                        && entry.kind() == OutlineEntry.Kind.STATEMENT) {
                    Label mark = (Label) cell.lookup(".outline-standing");
                    return mark == null || !mark.isVisible() ? "" : mark.getText() + " " + mark.getAccessibleText();
                }
            }
            throw new AssertionError("no line of " + id + " is shown");
        });
    }

    private String textOf(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }
}
