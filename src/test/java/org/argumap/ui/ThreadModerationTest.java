package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.argumap.edit.MapStructure;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.argumap.ui.exchange.ReplyCountLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The moderator's path of the exchange issue, headless: a saved Reddit thread through File ›
 * Import… and its options dialog, replies classified with one key each, a Markdown summary through
 * File › Export…. After a dialog the tests use keys rather than menus (decision 4: Monocle drops
 * clicks on a reopened menu).
 */
class ThreadModerationTest extends CanvasTestBase {
    private static final KeyCodeCombination EXPORT =
            new KeyCodeCombination(KeyCode.E, KeyCombination.SHIFT_DOWN, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCodeCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCodeCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCodeCombination FLIP = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);

    private static KeyCodeCombination alt(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.ALT_DOWN);
    }

    private InferenceType typeOf(Statement statement) {
        return onFx(() -> MapStructure.parentInference(map(), statement).type());
    }

    private Statement selected() {
        return onFx(() -> map().statement(document().selection().primary().orElseThrow()));
    }

    private String replyCount(FxRobot robot) {
        Label label = robot.lookup("#status-replies").queryAs(Label.class);
        return onFx(() -> label.isVisible() ? label.getText() : "");
    }

    @Test
    void aModeratorGoesFromASavedRedditThreadToAClassifiedMapAndAMarkdownSummary(FxRobot robot, @TempDir Path dir)
            throws Exception {
        files.answerImportWith(ImportExportTest.forest(), "reddit");
        choose(robot, "File", "Import…");
        DialogPane options = dialog(robot);
        assertTrue(options.getHeaderText().contains("as Reddit thread"), options.getHeaderText());
        robot.clickOn("#thread-skip-deleted");
        robot.clickOn("Import");

        assertFalse(dialogShowing(robot));
        assertEquals("praw_TestCommentForest.test_replace__on_direct_comment.body_comments_57dw9a — Argumap", title());
        ArgumentMap thread = map();
        Statement post = thread.mainClaims().get(0);
        int replies = thread.inferences().size();
        assertTrue(thread.inferences().stream().allMatch(i -> i.type() == InferenceType.REPLY));
        assertTrue(thread.statements().stream().noneMatch(s -> s.text().equals("[deleted]")
                && thread.inferencesInto(s).isEmpty()), "deleted comments without replies were left out");
        assertEquals(ReplyCountLabel.text(replies), replyCount(robot));

        // Alt+N selects the first reply; each key classifies the selected one and moves on to the next.
        robot.clickOn(emptySpot());
        robot.push(alt(KeyCode.N));
        Statement first = selected();
        assertEquals(1.0, zoom(), 1e-9, "a fitted thread is too small to read: the view goes to 100 %");
        assertFullyInView(first.id());
        assertEquals(post, MapStructure.parent(thread, first), "the thread's first comment comes first");
        Map<Statement, InferenceType> classified = new LinkedHashMap<>();
        List<KeyCode> keys = List.of(KeyCode.A, KeyCode.S, KeyCode.S, KeyCode.R, KeyCode.A);
        List<InferenceType> types = List.of(InferenceType.ATTACK, InferenceType.SUPPORT, InferenceType.SUPPORT,
                InferenceType.REPHRASE, InferenceType.ATTACK);
        for (int i = 0; i < keys.size(); i++) {
            Statement current = selected();
            assertEquals(InferenceType.REPLY, typeOf(current));
            robot.push(alt(keys.get(i)));
            assertEquals(types.get(i), typeOf(current), "key Alt+" + keys.get(i));
            assertFalse(onFx(() -> canvas().isEditing()), "Alt+letters classify, they do not start typing");
            assertNotEquals(current, selected(), "the selection moved on");
            classified.put(current, types.get(i));
        }
        assertEquals(ReplyCountLabel.text(replies - 5), replyCount(robot));
        assertFullyInView(selected().id());
        assertTrue(menuItemTexts(robot, "Edit").contains("Undo Change to Objection"), "Undo names the action");

        robot.push(UNDO);
        Statement last = new ArrayList<>(classified.keySet()).get(4);
        assertEquals(InferenceType.REPLY, typeOf(last));
        assertTrue(menuItemTexts(robot, "Edit").contains("Redo Change to Objection"));
        robot.push(REDO);
        assertEquals(InferenceType.ATTACK, typeOf(last));

        Path summary = dir.resolve("summary.md");
        files.answerExportWith(summary, "outline");
        robot.push(EXPORT);
        String outline = Files.readString(summary);
        assertTrue(outline.startsWith("# " + thread.info().title() + "\n"), outline.substring(0, 200));
        assertTrue(outline.contains("\n## "), "the post is the main claim's section");
        for (Map.Entry<Statement, InferenceType> entry : classified.entrySet()) {
            String start = firstWords(entry.getKey());
            String mark = switch (entry.getValue()) {
                case SUPPORT -> "**+**";
                case ATTACK -> "**–**";
                default -> "**=**";
            };
            assertTrue(outline.lines().anyMatch(line -> line.strip().startsWith("- " + mark + " " + start)),
                    "“" + start + "” as " + mark);
            assertFalse(outline.contains("**↩ Reply:** " + start), "no longer a reply: " + start);
        }
        assertTrue(outline.contains("**↩ Reply:**"), "the replies not yet classified are still marked as such");
        assertTrue(title().startsWith(WindowTitle.DIRTY_MARK), "export is not save");
        assertEquals(Optional.empty(), document().file());
    }

    @Test
    void ctrlTTurnsAReasonIntoAnObjectionAndBackInPlace(FxRobot robot) {
        Statement reason = onFx(() -> map().statements().stream()
                .filter(s -> {
                    Inference link = MapStructure.parentInference(map(), s);
                    return link != null && link.type() == InferenceType.SUPPORT && !link.isLinked();
                }).findFirst().orElseThrow());
        robot.clickOn(screenCentreOf(reason.id()));

        robot.push(FLIP);
        assertEquals(InferenceType.ATTACK, typeOf(reason));
        assertEquals(reason, selected(), "the selection stays");
        robot.push(FLIP);
        assertEquals(InferenceType.SUPPORT, typeOf(reason));
        assertTrue(menuItemTexts(robot, "Edit").contains("Undo Change to Reason"));
        List<String> argumentMenu = menuItemTexts(robot, "Argument");
        assertEquals(List.of("Change to Reason", "Change to Objection", "Change to Rephrasing", "Change to Off-topic",
                "Reason ⇄ Objection", "Next Reply to Classify"),
                argumentMenu.subList(argumentMenu.size() - 6, argumentMenu.size()),
                "classifying comes last in the Argument menu");
        assertEquals(1, argumentMenu.stream().filter(item -> item.contains("⇄")).count(), "one flip, not two");
        long demoReplies = onFx(() -> map().inferences().stream().filter(i -> i.type() == InferenceType.REPLY).count());
        assertEquals(demoReplies == 0 ? "" : ReplyCountLabel.text((int) demoReplies), replyCount(robot));
    }

    /** The start of a comment as the outline writes it: its first line. */
    private static String firstWords(Statement statement) {
        String line = statement.text().strip().lines().findFirst().orElse("").strip();
        return line.length() > 40 ? line.substring(0, 40) : line;
    }
}
