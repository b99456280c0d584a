package org.argumap.ui;

import static org.argumap.model.CommentThreads.comment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.argumap.edit.ChangeTypeCommand;
import org.argumap.edit.MapStructure;
import org.argumap.model.ArgumentMap;
import org.argumap.model.CommentData;
import org.argumap.model.CommentThreads;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The Moderation menu and the moderator's keys on a small thread: replies hidden by score (not
 * dimmed: no box, no line in the outline, counted in the status bar), several classified at once
 * from the outline, the keys from the inspector but not while typing there, two duplicates merged,
 * an author treated as a bot, and a newer copy of a thread brought in keeping the classification.
 */
class ModerationToolsTest extends CanvasTestBase {
    private static final KeyCodeCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private static KeyCodeCombination alt(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.ALT_DOWN);
    }

    @BeforeEach
    void openAThread() {
        ArgumentMap thread = CommentThreads.post();
        comment(thread, "a", "post", "alice", 10);
        comment(thread, "b", "post", "bob", -2);
        comment(thread, "b1", "b", "carol", 4);
        comment(thread, "c", "post", "dan", 7);
        comment(thread, "d", "post", "erin", 3);
        comment(thread, "m", "post", "AutoModerator", 1);
        onFx(() -> window.documents().adopt(MapDocument.readOnlySource(thread, "thread"), "Imported thread"));
    }

    private InferenceType typeOf(String id) {
        return onFx(() -> MapStructure.parentInference(map(), map().statement(id)).type());
    }

    private String statusText(FxRobot robot, String id) {
        Label label = robot.lookup(id).queryAs(Label.class);
        return onFx(() -> label.isVisible() ? label.getText() : "");
    }

    private void select(String... ids) {
        onFx(() -> document().selection().selectOnly(List.of(ids)));
    }

    @Test
    void aScoreFilterHidesRepliesFromTheCanvasAndTheOutlineAndSaysHowManyAreShown(FxRobot robot) {
        robot.push((KeyCodeCombination) ViewActions.FOCUS_OUTLINE);
        assertNotNull(rectOf("b"));
        assertEquals("", statusText(robot, "#status-shown-replies"));

        choose(robot, "Moderation", "Filter Replies…");
        dialog(robot);
        robot.clickOn("#filter-score-limited");
        robot.clickOn("#filter-hide-bots");
        robot.clickOn("Hide");

        assertNull(rectOf("b"), "not dimmed: not drawn at all");
        assertNull(rectOf("to-b"), "nor its link");
        assertNull(rectOf("b1"), "nor the reply under it");
        assertNull(rectOf("m"), "AutoModerator is a bot");
        assertNotNull(rectOf("a"));
        assertNull(onFx(() -> window.outline().itemOf("b")), "the outline leaves it out");
        assertNotNull(onFx(() -> window.outline().itemOf("a")));
        assertEquals("3 of 6 replies shown", statusText(robot, "#status-shown-replies"));
        assertEquals(6, onFx(() -> map().statements().size() - 1), "nothing is deleted");
        assertFalse(onFx(() -> document().history().canUndo()), "hiding is no edit");

        choose(robot, "Moderation", "Show All Replies");
        assertNotNull(rectOf("b"));
        assertNotNull(onFx(() -> window.outline().itemOf("b1")));
        assertEquals("", statusText(robot, "#status-shown-replies"));
    }

    @Test
    void severalRepliesSelectedInTheOutlineAreClassifiedWithOneKeyAsOneStep(FxRobot robot) {
        robot.push((KeyCodeCombination) ViewActions.FOCUS_OUTLINE);
        select("a", "c", "d");
        onFx(() -> window.outline().focusTree());
        robot.push(alt(KeyCode.A));

        assertEquals(List.of(InferenceType.ATTACK, InferenceType.ATTACK, InferenceType.ATTACK),
                List.of(typeOf("a"), typeOf("c"), typeOf("d")));
        assertTrue(menuItemTexts(robot, "Edit").contains("Undo Classify 3 replies as Objection"),
                menuItemTexts(robot, "Edit").toString());
        robot.push(UNDO);
        assertEquals(List.of(InferenceType.REPLY, InferenceType.REPLY, InferenceType.REPLY),
                List.of(typeOf("a"), typeOf("c"), typeOf("d")));
    }

    @Test
    void theKeysWorkFromTheInspectorButNotWhileTypingInAField(FxRobot robot) {
        robot.clickOn(screenCentreOf("a"));
        robot.clickOn("#inspector-author");
        assertTrue(onFx(() -> stage.getScene().getFocusOwner() instanceof TextInputControl));
        robot.push(alt(KeyCode.S));
        assertEquals(InferenceType.SUPPORT, typeOf("a"), "a field holding the map's words passes the key on");

        select("c");
        robot.clickOn("#inspector-author");
        robot.write("x");
        robot.push(alt(KeyCode.A));
        assertEquals(InferenceType.REPLY, typeOf("c"), "while typing, Alt+letters belong to the field");
        robot.push(KeyCode.ESCAPE);

        select("d");
        javafx.scene.Node score = robot.lookup("#inspector-comment-score").query();
        onFx(() -> window.inspector().reveal(score));
        robot.clickOn(score);
        robot.push(alt(KeyCode.R));
        assertEquals(InferenceType.REPHRASE, typeOf("d"), "from the comment's read-only fields too");
    }

    @Test
    void mergingTwoDuplicatesKeepsBothAuthorsAndHangsTheRepliesUnderOne(FxRobot robot) {
        robot.clickOn(screenCentreOf("a"));
        select("a", "b");
        robot.push(alt(KeyCode.M));

        assertNull(onFx(() -> map().statement("b")));
        assertEquals("alice, bob", onFx(() -> map().statement("a").content().author()));
        assertEquals("a", onFx(() -> MapStructure.parent(map(), map().statement("b1")).id()));
        assertTrue(menuItemTexts(robot, "Edit").contains("Undo Merge 2 Statements"));
        assertTrue(menuItemTexts(robot, "Moderation").contains("Merge Replies"));
        robot.push(UNDO);
        assertNotNull(onFx(() -> map().statement("b")));
        assertEquals("alice", onFx(() -> map().statement("a").content().author()));
    }

    @Test
    void anAuthorTreatedAsABotFromTheInspectorIsHiddenByTheBotFilter(FxRobot robot) {
        robot.clickOn(screenCentreOf("c"));
        assertEquals("7 points", onFx(() -> robot.lookup("#inspector-comment-score").queryAs(TextInputControl.class)
                .getText()));
        javafx.scene.Node bot = robot.lookup("#inspector-comment-bot").query();
        onFx(() -> window.inspector().reveal(bot));
        robot.clickOn(bot);
        assertTrue(onFx(() -> CommentData.isBot(map().statement("c").content())));
        onFx(() -> window.canvas().requestFocus());

        choose(robot, "Moderation", "Filter Replies…");
        robot.clickOn("#filter-hide-bots");
        robot.clickOn("Hide");
        assertNull(rectOf("c"));
        assertNull(rectOf("m"));
        assertNotNull(rectOf("d"));
    }

    @Test
    void aNewerCopyOfTheThreadComesInKeepingTheClassification(FxRobot robot, @TempDir Path dir) throws Exception {
        Path older = Path.of("src/test/resources/thread/cookies-thread.lemmy.json");
        files.answerImportWith(older, "lemmy");
        choose(robot, "File", "Import…");
        dialog(robot);
        robot.clickOn("Import");
        Statement first = onFx(() -> map().statements().get(1));
        onFx(() -> document().history().execute(ChangeTypeCommand.ofStatement(map(), first.id(), InferenceType.ATTACK)));
        int before = onFx(() -> map().statements().size());

        ObjectMapper json = new ObjectMapper();
        ObjectNode newer = (ObjectNode) json.readTree(Files.readAllBytes(older));
        ArrayNode comments = (ArrayNode) newer.get("comments");
        ObjectNode added = comments.get(0).deepCopy();
        ((ObjectNode) added.get("comment")).put("id", 113).put("path", "0.101.113")
                .put("content", "Posted after the first import.").put("ap_id", "https://lemmy.ml/comment/113");
        ((ObjectNode) added.get("counts")).put("comment_id", 113);
        comments.add(added);
        Path newerFile = dir.resolve("cookies-newer.lemmy.json");
        Files.write(newerFile, json.writeValueAsBytes(newer));

        files.answerImportWith(newerFile, "lemmy");
        choose(robot, "Moderation", "Update Thread from File…");
        assertFalse(dialogShowing(robot), "no questions: the update is one undoable step");

        assertEquals(before + 1, onFx(() -> map().statements().size()));
        Statement fresh = onFx(() -> map().statements().stream()
                .filter(s -> s.text().equals("Posted after the first import.")).findFirst().orElseThrow());
        assertEquals(InferenceType.REPLY, typeOf(fresh.id()));
        assertEquals(InferenceType.ATTACK, typeOf(first.id()), "the classification stays");
        assertTrue(menuItemTexts(robot, "Edit").contains("Undo Update Thread"));
        robot.push(UNDO);
        assertEquals(before, onFx(() -> map().statements().size()));
    }
}
