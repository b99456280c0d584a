package org.argumap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.argumap.ThirdPartyFiles;
import org.argumap.io.InputFiles;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.io.thread.LemmyThreadFormat;
import org.argumap.io.thread.RedditThreadFormat;
import org.argumap.io.thread.ThreadImportOptions;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the boxes and the outline show of a comment's Markdown, and that the text itself stays as written. */
class DisplayTextTest {
    private static final Path LEMMY = Path.of("src/test/resources/thread/cookies-thread.lemmy.json");

    static Path forest() {
        return ThirdPartyFiles.testdata("threads/praw_TestCommentForest.test_replace__on_direct_comment.body_comments_57dw9a.json");
    }

    private static StatementContent markdown(String text) {
        return StatementContent.claim(text).withData(Markup.markdown(Map.of()));
    }

    private static Statement withText(ArgumentMap map, String start) {
        return map.statements().stream().filter(s -> s.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void linksShowTheirWordsAndEmphasisItsLetters() {
        assertEquals("Here you go and more", DisplayText.fromMarkdown("[Here you go](https://m.youtube.com/watch?v=h) and more"));
        assertEquals("That married up. So bold.", DisplayText.fromMarkdown("That married *up.* So **bold**."));
        assertEquals("call f(x) now", DisplayText.fromMarkdown("call `f(x)` now"));
        assertEquals("https://example.org", DisplayText.fromMarkdown("<https://example.org>"));
    }

    @Test
    void quotesListsAndParagraphsKeepTheirShapeOnTheirOwnLines() {
        assertEquals(DisplayText.QUOTE + "Team Mystic\nAlright, I found it",
                DisplayText.fromMarkdown("> Team Mystic\n\nAlright, I found it"));
        assertEquals("Reasons:\n• cheap\n• fast", DisplayText.fromMarkdown("Reasons:\n\n- cheap\n- fast"));
        assertEquals("3. three\n4. four", DisplayText.fromMarkdown("3. three\n4. four"));
        assertEquals("• outer\n  • inner", DisplayText.fromMarkdown("- outer\n  - inner"));
        assertEquals("one line continued", DisplayText.fromMarkdown("one line\ncontinued"));
    }

    @Test
    void onlyStatementsMarkedAsMarkdownAreShownChanged() {
        String literal = "2 * 3 * 4 = 24, see [1]";
        assertEquals(literal, DisplayText.of(StatementContent.claim(literal)), "a typed map keeps its asterisks");
        assertEquals("2 * 3 * 4 = 24, see [1]", DisplayText.of(markdown(literal)));
        assertEquals("a b", DisplayText.of(markdown("*a* **b**")));
    }

    @Test
    void hostileNestingIsShownWithoutOverflowingTheStack() {
        String deep = ">".repeat(50_000) + " x" + "*".repeat(50_000);
        assertTrue(DisplayText.fromMarkdown(deep).contains("x"));
    }

    @Test
    void realRedditCommentsShowTheirLinkWordsAndQuotes() throws Exception {
        ArgumentMap map = RedditThreadFormat.read(forest(), ThreadImportOptions.DEFAULTS).map();
        Statement link = withText(map, "[Her mom's history is wild.](https://en.wikipedia.org/wiki/Patty_Hearst)");
        assertTrue(Markup.isMarkdown(link.content()), "comments are marked as Markdown");
        String shown = DisplayText.of(link.content());
        assertTrue(shown.startsWith("Her mom's history is wild. Kidnapped"), shown);
        assertFalse(shown.contains("wikipedia"), shown);
        Statement quote = withText(map, "> Team Mystic");
        assertTrue(DisplayText.of(quote.content()).startsWith(DisplayText.QUOTE + "Team Mystic\n"));
        for (Statement statement : map.statements()) {
            String words = DisplayText.of(statement.content());
            assertFalse(words.matches("(?s).*\\]\\(https?://.*"), "no Markdown link left: " + words);
        }
    }

    @Test
    void realLemmyCommentsAreShownAsWritten() throws Exception {
        ArgumentMap map = LemmyThreadFormat.read(LEMMY, ThreadImportOptions.DEFAULTS).map();
        Statement bare = withText(map, "Those flows moved to the Storage Access API");
        assertTrue(Markup.isMarkdown(bare.content()));
        assertEquals(bare.text(), DisplayText.of(bare.content()), "a bare address in plain words is left alone");
    }

    @Test
    void savingKeepsTheMarkdownAsWritten(@TempDir Path dir) throws Exception {
        ArgumentMap map = RedditThreadFormat.read(forest(), ThreadImportOptions.DEFAULTS).map();
        Path saved = dir.resolve("thread.argumap.json");
        new ArgumapJsonFormat().write(map, saved);
        ArgumentMap again = ArgumapJsonFormat.READER.read(InputFiles.read(saved), saved).map();
        Statement link = withText(again, "[Her mom's history is wild.](https://en.wikipedia.org/wiki/Patty_Hearst)");
        assertTrue(Markup.isMarkdown(link.content()), "the mark is saved with the statement");
        List<String> before = map.statements().stream().map(Statement::text).sorted().toList();
        List<String> after = again.statements().stream().map(Statement::text).sorted().toList();
        assertEquals(before, after);
    }
}
