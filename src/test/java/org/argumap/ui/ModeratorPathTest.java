package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.argumap.edit.MapStructure;
import org.argumap.fetch.FetchSettings;
import org.argumap.fetch.RecordedSite;
import org.argumap.fetch.ThreadFetcher;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The moderator's whole path through a thread, as issue 12 walks it, from the keyboard and the
 * menus only: import a Lemmy thread from its link (served on the loopback address), hide the
 * low-scored and deleted replies, classify several replies at once, merge two duplicates, and
 * export a summary that keeps to its budget and names the objection nobody answered.
 */
class ModeratorPathTest extends CanvasTestBase {
    private static final String LINK = "https://lemmy.example/post/50";
    private static final String UNANSWERED = "Delivery vans still need to reach the shops.";
    private static final String DUPLICATE = "Shops will lose the customers who drive in.";
    private RecordedSite site;

    @BeforeEach
    void serveTheThread() throws Exception {
        site = new RecordedSite();
        String list = "/api/v3/comment/list?post_id=50&sort=Old&limit=50&type_=All&page=";
        site.json("/.well-known/nodeinfo", "nodeinfo-links.json").json("/nodeinfo/2.1", "nodeinfo-lemmy-0.19.json")
                .json("/api/v3/post?id=50", "moderator-post.json")
                .json(list + "1", "moderator-comments.json")
                .json(list + "2", "lemmy-empty-page.json");
        ThreadFetcher local = new ThreadFetcher(FetchSettings.DEFAULTS.withPageSize(50), site.addresses());
        onFx(() -> window.linkImporter().useFetcher(local));
    }

    @AfterEach
    void stopServing() {
        site.close();
    }

    private static KeyCodeCombination alt(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.ALT_DOWN);
    }

    private String idOf(String text) {
        return onFx(() -> map().statements().stream().filter(s -> s.text().equals(text)).map(Statement::id)
                .findFirst().orElseThrow(() -> new AssertionError("no statement says " + text)));
    }

    private List<String> idsOf(String text) {
        return onFx(() -> map().statements().stream().filter(s -> s.text().equals(text)).map(Statement::id).toList());
    }

    private InferenceType typeOf(String id) {
        return onFx(() -> MapStructure.parentInference(map(), map().statement(id)).type());
    }

    private void select(String... ids) {
        onFx(() -> document().selection().selectOnly(List.of(ids)));
    }

    @Test
    void fromALinkToASummaryWithinItsBudget(FxRobot robot, @TempDir Path dir) throws Exception {
        // 1. Import from the link.
        choose(robot, "File", "Import from Link…");
        TextField link = robot.lookup("#link-field").queryAs(TextField.class);
        onFx(() -> link.setText(LINK));
        robot.clickOn("Next");
        dialog(robot);
        robot.clickOn("Import");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> title().startsWith("lemmy.example-post-50"));
        assertEquals(9, onFx(() -> map().statements().size()), "the post and its eight comments, the deleted one too");
        String lowScored = idOf("lol first");
        String deleted = onFx(() -> map().statements().stream()
                .filter(s -> "deleted".equals(s.content().data().get("status"))).map(Statement::id)
                .findFirst().orElseThrow());
        assertNotNull(rectOf(lowScored));

        // 2. Hide what scored below 1 and what was deleted: gone from the canvas, counted in the status bar.
        choose(robot, "Moderation", "Filter Replies…");
        dialog(robot);
        robot.clickOn("#filter-score-limited");
        assertEquals(1, (int) onFx(() -> robot.lookup("#filter-minimum-score").queryAs(Spinner.class).getValue()));
        robot.clickOn("#filter-hide-gone");
        robot.clickOn("Hide");
        assertNull(rectOf(lowScored), "hidden, not dimmed");
        assertNull(rectOf(deleted));
        Label shown = robot.lookup("#status-shown-replies").queryAs(Label.class);
        assertEquals("6 of 8 replies shown", onFx(shown::getText));

        // 3. Classify several at once: two reasons with one key, two objections with another.
        String children = idOf("Cars make the high street dangerous for children.");
        String buses = idOf("Buses can replace most trips into town.");
        String vans = idOf(UNANSWERED);
        List<String> duplicates = idsOf(DUPLICATE);
        assertEquals(2, duplicates.size());
        robot.clickOn(emptySpot());
        select(children, buses);
        robot.push(alt(KeyCode.S));
        select(vans, duplicates.get(0), duplicates.get(1));
        robot.push(alt(KeyCode.A));
        assertEquals(List.of(InferenceType.SUPPORT, InferenceType.SUPPORT), List.of(typeOf(children), typeOf(buses)));
        assertEquals(InferenceType.ATTACK, typeOf(vans));
        assertTrue(menuItemTexts(robot, "Edit").contains("Undo Classify 3 replies as Objection"));
        // The answer to the shops objection attacks it: that objection is answered, the vans one is not.
        String sales = idOf("Towns that closed their high streets saw shop sales rise.");
        select(sales);
        robot.push(alt(KeyCode.A));
        assertEquals(InferenceType.ATTACK, typeOf(sales));

        // 4. Merge the two duplicates: one statement, both authors, one undoable step.
        select(duplicates.get(0), duplicates.get(1));
        robot.push(alt(KeyCode.M));
        assertEquals(1, idsOf(DUPLICATE).size());
        String merged = idsOf(DUPLICATE).get(0);
        assertEquals("ben@lemmy.example, cat@lemmy.example", onFx(() -> map().statement(merged).content().author()));
        assertTrue(menuItemTexts(robot, "Edit").contains("Undo Merge 2 Statements"));

        // 5. Export the summary within a budget the moderator types.
        Path summary = dir.resolve("high-street.summary.md");
        files.answerExportWith(summary, null);
        choose(robot, "File", "Export Thread Summary…");
        dialog(robot);
        TextField budget = robot.lookup("#summary-budget").queryAs(TextField.class);
        onFx(() -> budget.setText("1200"));
        robot.clickOn("Export…");
        assertFalse(dialogShowing(robot));

        String text = Files.readString(summary);
        assertTrue(text.length() <= 1200, text.length() + " characters over a budget of 1200:\n" + text);
        String unanswered = section(text, "## Unanswered objections");
        assertTrue(unanswered.contains(UNANSWERED), "the vans objection is unanswered:\n" + text);
        assertFalse(unanswered.contains(DUPLICATE), "the shops objection was answered:\n" + text);
        assertTrue(text.contains("https://lemmy.example/comment/204"), "links lead to the comment:\n" + text);
        assertFalse(text.contains("lol first"), "an unclassified reply is never quoted:\n" + text);
        assertTrue(text.contains("ben") && text.contains("cat"), "the merged duplicate keeps both authors:\n" + text);
    }

    /** The lines under a heading, up to the next heading. */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf(heading);
        assertTrue(start >= 0, "no " + heading + " in:\n" + markdown);
        int end = markdown.indexOf("\n#", start + heading.length());
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }
}
