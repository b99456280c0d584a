package org.argumap.io.thread;

import static org.argumap.io.thread.ThreadTestData.bySourceId;
import static org.argumap.io.thread.ThreadTestData.depth;
import static org.argumap.io.thread.ThreadTestData.parentId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.argumap.ThirdPartyFiles;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.io.thread.ThreadTestData.Comment;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.junit.jupiter.api.Test;

/**
 * Real Reddit threads from ../shared/testdata/threads (skipped without them), with counts taken
 * from the files themselves.
 */
class RedditThreadFormatTest {
    private static final Path NAME = Path.of("thread.reddit.json");

    @Test
    void theRealThreadImportsCommentForComment() throws Exception {
        byte[] thread = ThreadTestData.forest();
        List<Comment> comments = ThreadTestData.redditComments(thread);
        assertEquals(145, comments.size(), "SOURCES.md describes the file as 145 comments");
        ReadResult result = RedditThreadFormat.READER.read(thread, NAME);
        ArgumentMap map = result.map();

        assertEquals(comments.size() + 1, map.statements().size());
        assertEquals(comments.size(), map.inferences().size());
        assertTrue(map.inferences().stream().allMatch(i -> i.type() == InferenceType.REPLY && i.premises().size() == 1));
        JsonNode post = ThreadTestData.post(thread);
        Statement main = map.mainClaims().get(0);
        assertEquals(List.of(main), map.mainClaims());
        assertEquals(post.get("title").asText(), main.title());
        assertEquals(post.get("selftext").asText(), main.text());
        assertEquals(post.get("author").asText(), main.author());
        assertEquals(post.get("title").asText(), map.info().title());
        assertEquals("https://www.reddit.com" + post.get("permalink").asText(), map.info().sourceUrl());

        Map<String, Statement> byId = bySourceId(map);
        for (Comment comment : comments) {
            Statement statement = byId.get(comment.name());
            assertEquals(comment.parent(), parentId(map, statement), comment.name());
            assertEquals(comment.depth(), depth(map, statement), comment.name());
            assertEquals(comment.body(), statement.text());
            assertEquals(comment.author().equals("[deleted]") ? "" : comment.author(), statement.author());
            assertEquals(Long.toString(comment.score()), statement.content().data().get("score"));
        }
        int deepest = comments.stream().mapToInt(Comment::depth).max().orElseThrow();
        assertEquals(9, deepest - 1, "SOURCES.md: depth 9, as Reddit counts it (0 for a reply to the post)");
        assertEquals(deepest, map.statements().stream().mapToInt(s -> depth(map, s)).max().orElseThrow());
        assertEquals(comments.stream().map(Comment::name).toList(),
                map.statements().stream().skip(1).map(s -> s.content().data().get("source-id")).toList(), "thread order");
        long gone = comments.stream().filter(Comment::gone).count();
        assertTrue(gone > 0);
        assertEquals(gone, map.statements().stream().filter(s -> s.content().data().containsKey("status")).count());
    }

    @Test
    void theRealThreadSaysWhatItDoesNotHold() throws Exception {
        byte[] thread = ThreadTestData.forest();
        List<Long> more = ThreadTestData.redditMoreCounts(thread);
        ReadResult result = RedditThreadFormat.READER.read(thread, NAME);
        long declared = ThreadTestData.post(thread).get("num_comments").asLong();
        assertTrue(result.warnings().get(0).matches("line 1, column \\d+: the site counts " + declared
                + " comments in this thread; the file holds 145\\..*"), result.warnings().get(0));
        long continueLinks = more.stream().filter(c -> c == 0).count();
        assertTrue(continueLinks > 0);
        assertTrue(result.warnings().get(1).matches("line 1, column \\d+: " + continueLinks
                + " branch continues deeper than the file goes.*"), result.warnings().get(1));
        assertEquals(2, result.warnings().size());
    }

    @Test
    void theThreadInsideTheCassetteImports() throws Exception {
        byte[] thread = ThreadTestData.cassetteThread();
        List<Comment> comments = ThreadTestData.redditComments(thread);
        ReadResult result = RedditThreadFormat.READER.read(thread, NAME);
        ArgumentMap map = result.map();
        assertEquals(comments.size() + 1, map.statements().size());
        assertEquals(comments.size(), map.inferences().size());
        Map<String, Statement> byId = bySourceId(map);
        for (Comment comment : comments) {
            assertEquals(comment.parent(), parentId(map, byId.get(comment.name())));
            assertEquals(comment.depth(), depth(map, byId.get(comment.name())));
        }
        assertEquals(ThreadTestData.post(thread).get("title").asText(), map.mainClaims().get(0).title());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void aThreadSavedWithoutRawJsonReadsTheSame() throws Exception {
        byte[] raw = ThreadTestData.forest();
        JsonNode escaped = ThreadTestData.JSON.readTree(raw);
        for (JsonNode object : escaped.findParents("body_html")) {
            escapeFields((ObjectNode) object);
        }
        for (JsonNode object : escaped.findParents("selftext_html")) {
            escapeFields((ObjectNode) object);
        }
        ArgumentMap expected = RedditThreadFormat.READER.read(raw, NAME).map();
        ArgumentMap actual = RedditThreadFormat.READER.read(ThreadTestData.JSON.writeValueAsBytes(escaped), NAME).map();
        assertTrue(expected.statements().stream().anyMatch(s -> s.text().contains("&") || s.text().contains(">")),
                "the thread has texts to escape");
        assertEquals(expected.statements().stream().map(Statement::content).toList(),
                actual.statements().stream().map(Statement::content).toList());
    }

    /** What Reddit does without raw_json=1: texts escaped once, their HTML copies once more. */
    private static void escapeFields(ObjectNode data) {
        for (String field : List.of("body", "selftext", "title", "body_html", "selftext_html")) {
            JsonNode value = data.get(field);
            if (value != null && value.isTextual()) {
                data.put(field, value.textValue().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
            }
        }
    }

    @Test
    void theCassetteItselfIsRefusedWithAHint() {
        Path cassette = ThirdPartyFiles.require(ThreadTestData.CASSETTE);
        MapReadException e = assertThrows(MapReadException.class,
                () -> RedditThreadFormat.read(cassette, ThreadImportOptions.DEFAULTS));
        assertEquals(1, e.line());
        assertTrue(e.reason().startsWith("This is a recorded HTTP exchange"), e.reason());
    }

    @Test
    void aMinimumScoreLeavesOutLowCommentsWithTheirReplies() throws Exception {
        byte[] thread = ThreadTestData.forest();
        List<Comment> comments = ThreadTestData.redditComments(thread);
        for (int minimum : List.of(0, 2, 10, 100)) {
            ArgumentMap map = RedditThreadFormat.read(thread, NAME, ThreadImportOptions.DEFAULTS.withMinimumScore(minimum)).map();
            Map<String, Boolean> kept = new HashMap<>();
            for (Comment c : comments) { // pre-order: a parent is decided before its replies
                kept.put(c.name(), c.score() >= minimum && kept.getOrDefault(c.parent(), true));
            }
            long expected = kept.values().stream().filter(k -> k).count();
            assertTrue(expected < comments.size());
            assertEquals(expected + 1, map.statements().size(), "minimum " + minimum);
            assertTrue(map.statements().stream().skip(1)
                    .allMatch(s -> Long.parseLong(s.content().data().get("score")) >= minimum));
        }
    }

    @Test
    void aMaximumDepthLeavesOutDeeperComments() throws Exception {
        byte[] thread = ThreadTestData.forest();
        List<Comment> comments = ThreadTestData.redditComments(thread);
        for (int maximum : List.of(0, 1, 3, 8)) {
            ReadResult result = RedditThreadFormat.read(thread, NAME, ThreadImportOptions.DEFAULTS.withMaximumDepth(maximum));
            long expected = comments.stream().filter(c -> c.depth() <= maximum).count();
            assertEquals(expected + 1, result.map().statements().size(), "maximum " + maximum);
            assertTrue(result.warnings().contains("Left out " + (comments.size() - expected) + " comments nested deeper than "
                    + maximum + " level" + (maximum == 1 ? "." : "s.")), result.warnings().toString());
        }
    }

    @Test
    void skippingDeletedCommentsKeepsThoseThatRepliesAnswer() throws Exception {
        byte[] thread = ThreadTestData.forest();
        List<Comment> comments = ThreadTestData.redditComments(thread);
        Map<String, Boolean> answered = new HashMap<>();
        for (int i = comments.size() - 1; i >= 0; i--) { // reversed pre-order: replies before what they answer
            Comment c = comments.get(i);
            boolean kept = !c.gone() || answered.getOrDefault(c.name(), false);
            if (kept) {
                answered.put(c.parent(), true);
            }
            answered.putIfAbsent(c.name(), false);
            answered.put(c.name() + "#kept", kept);
        }
        long expected = comments.stream().filter(c -> answered.get(c.name() + "#kept")).count();
        ReadResult result = RedditThreadFormat.read(thread, NAME, ThreadImportOptions.DEFAULTS.withSkipDeleted(true));
        assertEquals(expected + 1, result.map().statements().size());
        long placeholders = comments.stream().filter(c -> c.gone() && answered.get(c.name() + "#kept")).count();
        assertEquals(result.map().statements().stream().filter(s -> s.content().data().containsKey("status")).count(), placeholders);
        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("Left out " + (comments.size() - expected)
                + " comment")), result.warnings().toString());
    }

    @Test
    void deletedRemovedHiddenScoresAndMoreStubs() throws Exception {
        String thread = """
                [{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {"name": "t3_p", "title": "A link",
                  "url": "https://example.org/article", "is_self": false, "selftext": "", "permalink": "/r/x/comments/p/a_link/",
                  "score": 5, "created_utc": 1700000000.0}}]}},
                 {"kind": "Listing", "data": {"children": [
                  {"kind": "t1", "data": {"name": "t1_a", "id": "a", "body": "[deleted]", "author": "[deleted]", "score": 3,
                   "replies": {"kind": "Listing", "data": {"children": [
                     {"kind": "t1", "data": {"name": "t1_b", "id": "b", "body": "[removed]", "author": "[deleted]", "score": 1, "replies": ""}},
                     {"kind": "more", "data": {"count": 40, "children": ["c", "d"]}}]}}}},
                  {"kind": "t1", "data": {"name": "t1_e", "id": "e", "body": "Hidden", "author": "eve", "score": 1,
                   "score_hidden": true, "replies": null, "created_utc": 1700000100}},
                  {"kind": "more", "data": {"count": 2, "children": ["f", "g"]}}]}}]
                """;
        ReadResult result = RedditThreadFormat.read(thread.getBytes(StandardCharsets.UTF_8), NAME,
                ThreadImportOptions.DEFAULTS.withMinimumScore(2));
        ArgumentMap map = result.map();
        Statement post = map.mainClaims().get(0);
        assertEquals("A link", post.text());
        assertEquals("https://example.org/article", post.content().url());
        assertEquals("2023-11-14T22:13:20Z", post.content().date());
        Map<String, Statement> byId = bySourceId(map);
        assertEquals("[deleted]", byId.get("t1_a").text());
        assertEquals("", byId.get("t1_a").author());
        assertEquals("deleted", byId.get("t1_a").content().data().get("status"));
        assertEquals("https://www.reddit.com/r/x/comments/p/a_link/a/", byId.get("t1_a").content().url());
        assertTrue(!byId.containsKey("t1_b"), "scored below the minimum");
        assertEquals("true", byId.get("t1_e").content().data().get("score-hidden"), "a hidden score is never below a minimum");
        assertEquals(List.of(
                "line 8, column 6: 42 further comments were not in the file (2 \"load more\" links, the first here);"
                        + " load them in the browser and export again.",
                "Left out 1 comment scoring below 2."), result.warnings());
    }

    @Test
    void brokenFilesAreOneClearErrorWithLineAndColumn() {
        assertError("[{\"kind\": \"Listing\",\n \"data\": {\"children\": [}}]", 2, 24, "This is not valid JSON");
        assertError("{\"kind\": \"Listing\"}", 1, 1, "This is not a Reddit thread: a thread as /comments/<id>.json gives it");
        assertError("[{\"kind\": \"Listing\", \"data\": {\"children\": []}}]", 1, 2, "This is not a Reddit thread: its first listing holds no post");
        assertError("[{\"kind\": \"Listing\", \"data\": {\"children\": [{\"kind\": \"t3\", \"data\": {}}]}},\n"
                + "  {\"kind\": \"Listing\", \"data\": {\"children\": {}}}]", 2, 3, "This is not a Reddit listing");
        assertError("[1, 2] [3]", 1, 8, "There is more after the end");
        assertError("  \n", 1, 1, "The file is empty");
        assertError("[{\"kind\": \"Listing\", \"kind\": \"x\"}]", 1, 28, "The same field appears twice in one object: 'kind'");
    }

    @Test
    void aCutOffFileSaysSo() throws Exception {
        byte[] thread = ThreadTestData.forest();
        byte[] cut = new String(thread, StandardCharsets.UTF_8).substring(0, 5000).getBytes(StandardCharsets.UTF_8);
        MapReadException e = assertThrows(MapReadException.class, () -> RedditThreadFormat.READER.read(cut, NAME));
        assertEquals(1, e.line());
        assertTrue(e.reason().startsWith("The file ends too early"), e.reason());
    }

    @Test
    void theReaderNamesItselfAndAppliesItsOptions() throws Exception {
        assertEquals("reddit", RedditThreadFormat.READER.name());
        assertEquals(List.of(".reddit.json"), RedditThreadFormat.READER.extensions());
        var shallow = RedditThreadFormat.reader(ThreadImportOptions.DEFAULTS.withMaximumDepth(1));
        assertEquals("reddit", shallow.name());
        long topLevel = ThreadTestData.redditComments(ThreadTestData.forest()).stream().filter(c -> c.depth() == 1).count();
        assertEquals(topLevel + 1, shallow.read(ThreadTestData.forest(), NAME).map().statements().size());
        assertThrows(IllegalArgumentException.class, () -> new ThreadImportOptions(0, -1, false));
        assertEquals(new ThreadImportOptions(Integer.MIN_VALUE, Integer.MAX_VALUE, false), ThreadImportOptions.DEFAULTS);
    }

    private static void assertError(String input, int line, int column, String reason) {
        MapReadException e = assertThrows(MapReadException.class,
                () -> RedditThreadFormat.READER.read(input.getBytes(StandardCharsets.UTF_8), NAME));
        assertTrue(e.reason().startsWith(reason), e.reason());
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith(NAME + ":" + line + ":" + column + ": "), e.getMessage());
    }
}
