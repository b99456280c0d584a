package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.argumap.edit.MapStructure;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * File › Export Thread Summary… on the demo thread: a reply classified off-topic with Alt+O, a
 * budget typed into the dialog, the summary written within it and without the off-topic reply.
 */
class ThreadSummaryExportTest extends CanvasTestBase {

    @Test
    void aModeratorExportsASummaryWithinTheBudgetTheyTyped(FxRobot robot, @TempDir Path dir) throws Exception {
        // A reason of the demo (a classified reply) becomes off-topic with one key.
        Statement reason = onFx(() -> map().statements().stream()
                .filter(s -> {
                    var link = MapStructure.parentInference(map(), s);
                    return link != null && link.type() == InferenceType.SUPPORT && s.text().length() > 30;
                })
                .findFirst().orElseThrow());
        robot.clickOn(emptySpot());
        onFx(() -> document().selection().select(reason.id()));
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.ALT_DOWN));
        assertEquals(InferenceType.OFF_TOPIC, onFx(() -> MapStructure.parentInference(map(), reason).type()));

        Path summary = dir.resolve("demo.summary.md");
        files.answerExportWith(summary, null);
        choose(robot, "File", "Export Thread Summary…");
        DialogPane dialog = dialog(robot);
        TextField budget = robot.lookup("#summary-budget").queryAs(TextField.class);
        assertEquals("10000", onFx(() -> budget.getText()), "Reddit's limit unless the moderator says otherwise");
        onFx(() -> budget.setText("99"));
        assertTrue(onFx(() -> dialog.lookupButton(org.argumap.ui.exchange.SummaryBudgetDialog.EXPORT).isDisabled()),
                "a budget too small to hold a summary cannot be confirmed");
        robot.doubleClickOn(budget);
        robot.eraseText(2);
        robot.write("1500");
        robot.clickOn("Export…");

        assertFalse(dialogShowing(robot));
        assertTrue(files.asked().stream().anyMatch(a -> a.startsWith("export:") && a.endsWith(".summary.md")),
                files.asked().toString());
        String text = Files.readString(summary);
        assertTrue(text.length() <= 1500, text.length() + " characters");
        assertTrue(text.startsWith("# Thread summary"), text);
        assertTrue(text.contains("## Unanswered objections"), text);
        assertTrue(text.contains("1 off-topic"), text);
        String start = reason.text().strip().substring(0, 30);
        assertFalse(text.contains(start), "the off-topic reply is left out: " + start);
        assertTrue(title().startsWith(WindowTitle.DIRTY_MARK), "export is not save");
    }
}
