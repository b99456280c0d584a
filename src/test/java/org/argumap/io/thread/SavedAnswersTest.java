package org.argumap.io.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.argumap.io.MapFormats;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.model.Statement;
import org.junit.jupiter.api.Test;

/**
 * Saved answers of the sites the readers took no file of before: Lemmy 1.0 (once refused as "not
 * a Lemmy API response"), PieFed (once read without any text), Hacker News and Discourse, each
 * through the registry as a file named after its format.
 */
class SavedAnswersTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = SavedAnswersTest.class.getResourceAsStream("/fetch/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ReadResult read(String file, String content) throws MapReadException {
        Path path = Path.of(file);
        return MapFormats.readerFor(path).orElseThrow().read(content.getBytes(StandardCharsets.UTF_8), path);
    }

    private static Statement withText(ReadResult result, String start) {
        return result.map().statements().stream().filter(s -> s.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void lemmy10PostAndCommentPagesInOneList() throws Exception {
        ReadResult result = read("remote.lemmy.json", "[" + resource("lemmy-v4-post.json") + ","
                + resource("lemmy-v4-page1.json") + "," + resource("lemmy-v4-page2.json") + "]");
        assertEquals(4, result.map().statements().size());
        Statement reply = withText(result, "Rents fell");
        assertEquals("fay@far.example", reply.author());
        assertEquals("-2", reply.content().data().get("score"));
        assertEquals("2025-09-01T09:30:00Z", reply.content().date());
        assertEquals(java.util.List.of(), result.warnings());
    }

    @Test
    void pieFedCommentsKeepTheirText() throws Exception {
        String comments = resource("piefed-page1.json");
        ReadResult result = read("week.lemmy.json", "{\"post_view\": " + resource("piefed-post.json")
                .replaceFirst("^\\{\"post_view\": ", "").replaceFirst("}\\s*$", "") + ", \"comments\": "
                + comments.substring(comments.indexOf('['), comments.lastIndexOf(']') + 1) + "}");
        assertEquals("Four-day week: good idea?", result.map().info().title());
        assertEquals("ivo@piefed.example", withText(result, "Productivity held up").author());
        assertTrue(result.warnings().stream().noneMatch(w -> w.contains("has no text")), result.warnings().toString());
    }

    @Test
    void hackerNewsItemWithHtmlWrittenAsMarkdown() throws Exception {
        ReadResult result = read("dropbox.hn.json", resource("hn-item.json"));
        assertEquals(5, result.map().statements().size());
        assertTrue(withText(result, "You can already").text().endsWith("you're *already* there."));
        assertEquals("deleted", withText(result, "[deleted]").content().data().get("status"));
    }

    @Test
    void discourseTopicAnswersByPostNumber() throws Exception {
        ReadResult result = read("tabs.discourse.json", resource("discourse-topic.json"));
        assertEquals(3, result.map().statements().size(), "the topic, two posts; the forum's note left out");
        assertEquals("/t/tabs-or-spaces/77/3", withText(result, "> they look").content().url(),
                "without the forum's address, the path");
        assertTrue(result.warnings().get(0).contains("the site counts 4 comments in this thread; the file holds 2"),
                result.warnings().toString());
    }

    @Test
    void htmlEntitiesAndTags() {
        assertEquals("a < b & \"c\" — d", HtmlText.toMarkdown("a &lt; b &amp; &quot;c&quot; &mdash; d"));
        assertEquals("one\n\ntwo", HtmlText.toMarkdown("<p>one</p><p>two</p>"));
        assertEquals("see https://example.com/x", HtmlText.toMarkdown("see <a href=\"https://example.com/x\">https://example.com/x</a>"));
        assertEquals("- a\n- b", HtmlText.toMarkdown("<ul><li>a</li><li>b</li></ul>"));
        assertEquals("```\nx = 1\n```", HtmlText.toMarkdown("<pre><code>x = 1\n</code></pre>"));
    }
}
