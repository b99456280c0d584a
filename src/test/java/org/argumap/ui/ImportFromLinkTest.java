package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.argumap.fetch.FetchSettings;
import org.argumap.fetch.RecordedSite;
import org.argumap.fetch.ThreadFetcher;
import org.argumap.model.ArgumentMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Import from Link… headless, against a Lemmy instance on the loopback address: the link,
 * the thread's options, the fetch over several pages of comments, the imported map; a failure as
 * one message naming the address; a thread's link pasted on the window.
 */
class ImportFromLinkTest extends CanvasTestBase {
    private static final String LINK = "https://lemmy.example/post/42";
    private RecordedSite site;

    @BeforeEach
    void serveALemmyInstance() throws Exception {
        site = new RecordedSite();
        String list = "/api/v3/comment/list?post_id=42&sort=Old&limit=2&type_=All&page=";
        site.json("/.well-known/nodeinfo", "nodeinfo-links.json").json("/nodeinfo/2.1", "nodeinfo-lemmy-0.19.json")
                .json("/api/v3/post?id=42", "lemmy-v3-post.json")
                .json(list + "1", "lemmy-v3-page1.json")
                .json(list + "2", "lemmy-v3-page2.json")
                .json(list + "3", "lemmy-empty-page.json");
        ThreadFetcher local = new ThreadFetcher(FetchSettings.DEFAULTS.withPageSize(2), site.addresses());
        onFx(() -> window.linkImporter().useFetcher(local));
    }

    @AfterEach
    void stopServing() {
        site.close();
    }

    private void enterLink(FxRobot robot, String link) {
        TextField field = robot.lookup("#link-field").queryAs(TextField.class);
        onFx(() -> field.setText(link));
    }

    private void awaitTitle(String start) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> title().startsWith(start));
    }

    @Test
    void aModeratorImportsALemmyThreadFromItsLink(FxRobot robot) throws Exception {
        choose(robot, "File", "Import from Link…");
        enterLink(robot, "https://example.com/blog");
        Label message = robot.lookup("#link-message").queryAs(Label.class);
        assertTrue(onFx(message::getText).contains("is not the address of a thread Argumap knows"));
        enterLink(robot, LINK);
        assertEquals("Lemmy or PieFed thread on lemmy.example.", onFx(message::getText));
        robot.clickOn("Next");

        DialogPane options = dialog(robot);
        assertTrue(options.getHeaderText().contains("as Lemmy or PieFed thread"), options.getHeaderText());
        robot.clickOn("#thread-skip-deleted");
        robot.clickOn("Import");

        awaitTitle("lemmy.example-post-42");
        ArgumentMap thread = map();
        assertEquals("Our council votes next week.", thread.mainClaims().get(0).text());
        assertEquals(4, thread.statements().size(), "the post and three comments; the deleted one left out");
        assertTrue(thread.statements().stream().anyMatch(s -> s.text().equals("Studies show shops gain walkers.")),
                "the second page of comments was fetched");
        assertEquals(6, site.requests.size());
        assertFalse(dialogShowing(robot));
    }

    @Test
    void aThreadThatIsNotThereIsOneMessageAndTheOpenMapStays(FxRobot robot) {
        String before = title();
        choose(robot, "File", "Import from Link…");
        enterLink(robot, "https://lemmy.example/post/404");
        robot.clickOn("Next");
        robot.clickOn("Import");

        DialogPane error = waitForError(robot);
        assertTrue(error.getContentText().contains("https://lemmy.example/api/v3/post?id=404 answered 404 Not Found"),
                error.getContentText());
        robot.clickOn("OK");
        assertEquals(before, title());
    }

    private DialogPane waitForError(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery()
                    .map(p -> ((DialogPane) p).getContentText() != null && !((DialogPane) p).getContentText().isEmpty())
                    .orElse(false));
        } catch (TimeoutException e) {
            throw new AssertionError("no error message", e);
        }
        return dialog(robot);
    }

    @Test
    void pastingAThreadsLinkOnTheWindowImportsIt(FxRobot robot) throws Exception {
        onFx(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, LINK)));
        // The window checks the clipboard when it gains the focus or a menu opens, as after copying in a browser.
        robot.clickOn("Edit");
        robot.push(KeyCode.ESCAPE);
        onFx(() -> window.canvas().requestFocus());
        robot.push(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN));

        DialogPane options = dialog(robot);
        assertTrue(options.getHeaderText().contains(LINK), options.getHeaderText());
        robot.clickOn("Import");
        awaitTitle("lemmy.example-post-42");
        assertEquals(5, map().statements().size());
    }
}
