package org.argumap.io.thread;

import static org.argumap.io.thread.ThreadTestData.JSON;
import static org.argumap.io.thread.ThreadTestData.bySourceId;
import static org.argumap.io.thread.ThreadTestData.depth;
import static org.argumap.io.thread.ThreadTestData.parentId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.junit.jupiter.api.Test;

/**
 * A Lemmy thread (fixture written after Lemmy 0.19's API: GetPost and GetComments merged into one
 * object), comments placed by their paths, in every file shape the reader accepts.
 */
class LemmyThreadFormatTest {
    private static final Path NAME = Path.of("thread.lemmy.json");

    /** A comment of the fixture, with its parent as its path says ("post" for the post). */
    private record Expected(String id, String parent, int depth, boolean deleted, boolean removed) {
    }

    @Test
    void commentsArePlacedByTheirPaths() throws Exception {
        byte[] file = Files.readAllBytes(ThreadTestData.LEMMY);
        List<Expected> expected = expected(JSON.readTree(file));
        ReadResult result = LemmyThreadFormat.READER.read(file, NAME);
        ArgumentMap map = result.map();
        assertEquals(expected.size() + 1, map.statements().size());
        assertEquals(expected.size(), map.inferences().size());
        assertTrue(map.inferences().stream().allMatch(i -> i.type() == InferenceType.REPLY));
        Map<String, Statement> byId = bySourceId(map);
        for (Expected comment : expected) {
            Statement statement = byId.get(comment.id());
            assertEquals(comment.parent(), parentId(map, statement), comment.id());
            assertEquals(comment.depth(), depth(map, statement), comment.id());
            String text = comment.deleted() ? "[deleted]" : comment.removed() ? "[removed]" : statement.text();
            assertEquals(text, statement.text());
        }
        Statement post = map.mainClaims().get(0);
        assertEquals("Should browsers block third-party cookies by default?", post.title());
        assertTrue(post.text().startsWith("Firefox and Safari already do."));
        assertEquals("mira@lemmy.ml", post.author());
        assertEquals("87", post.content().data().get("score"));
        assertEquals("2024-03-02T18:04:11.532812Z", post.content().date());
        assertEquals("https://lemmy.ml/post/4242", map.info().sourceUrl());
        assertTrue(map.info().description().startsWith("A Lemmy thread in !privacy@lemmy.ml"), map.info().description());
        Statement bob = byId.get("comment/102");
        assertEquals("bob@feddit.de", bob.author());
        assertEquals("12", bob.content().data().get("score"));
        assertEquals("https://lemmy.ml/comment/102", bob.content().url());
    }

    @Test
    void itSaysWhatTheFileDoesNotHold() throws Exception {
        ReadResult result = LemmyThreadFormat.READER.read(Files.readAllBytes(ThreadTestData.LEMMY), NAME);
        assertEquals(List.of(
                "line 975, column 5: 1 comment answers a comment the file does not hold (the first here);"
                        + " placed under the nearest comment it holds, or the post",
                "line 3, column 13: the site counts 14 comments in this thread; the file holds 11."
                        + " Load the rest in the browser (or ask the site for more) and export again."),
                result.warnings());
    }

    @Test
    void everyAcceptedShapeGivesTheSameMap() throws Exception {
        ObjectNode merged = (ObjectNode) JSON.readTree(Files.readAllBytes(ThreadTestData.LEMMY));
        ObjectNode getPost = merged.deepCopy();
        getPost.remove("comments");
        ObjectNode getComments = JSON.createObjectNode();
        getComments.set("comments", merged.get("comments").deepCopy());
        String expected = dump(read(merged));

        ArrayNode list = JSON.createArrayNode().add(getPost).add(getComments);
        assertEquals(expected, dump(read(list)));
        ObjectNode wrapper = JSON.createObjectNode();
        wrapper.set("post", getPost);
        wrapper.set("comments", getComments);
        assertEquals(expected, dump(read(wrapper)));
        // Two pages of comments, overlapping by one.
        ArrayNode first = JSON.createArrayNode();
        ArrayNode second = JSON.createArrayNode();
        JsonNode all = merged.get("comments");
        for (int i = 0; i < all.size(); i++) {
            (i < 6 ? first : second).add(all.get(i));
        }
        second.add(all.get(0));
        ArrayNode pages = JSON.createArrayNode().add(getPost)
                .add(JSON.createObjectNode().set("comments", first)).add(JSON.createObjectNode().set("comments", second));
        ReadResult paged = LemmyThreadFormat.READER.read(JSON.writeValueAsBytes(pages), NAME);
        assertEquals(expected, dump(paged.map()));
        assertTrue(paged.warnings().contains("1 comment appears twice (overlapping pages?); read once"), paged.warnings().toString());
    }

    @Test
    void theCommentsAloneCarryThePost() throws Exception {
        ObjectNode merged = (ObjectNode) JSON.readTree(Files.readAllBytes(ThreadTestData.LEMMY));
        ObjectNode getComments = JSON.createObjectNode();
        getComments.set("comments", merged.get("comments"));
        ReadResult result = LemmyThreadFormat.READER.read(JSON.writeValueAsBytes(getComments), NAME);
        Statement post = result.map().mainClaims().get(0);
        assertEquals("Should browsers block third-party cookies by default?", post.title());
        assertEquals("", post.author());
        assertEquals(merged.get("comments").size() + 1, result.map().statements().size());
        assertTrue(result.warnings().get(0).endsWith("the file holds no GetPost response; the post was taken from the"
                + " comments, without its author and score"), result.warnings().get(0));
    }

    @Test
    void thePostAloneIsAMapOfOneClaim() throws Exception {
        ObjectNode merged = (ObjectNode) JSON.readTree(Files.readAllBytes(ThreadTestData.LEMMY));
        merged.remove("comments");
        ReadResult result = LemmyThreadFormat.READER.read(JSON.writeValueAsBytes(merged), NAME);
        assertEquals(1, result.map().statements().size());
        assertTrue(result.warnings().get(0).contains("the site counts 14 comments in this thread; the file holds 0."));
    }

    @Test
    void optionsWorkOnPaths() throws Exception {
        byte[] file = Files.readAllBytes(ThreadTestData.LEMMY);
        List<Expected> expected = expected(JSON.readTree(file));
        ReadResult shallow = LemmyThreadFormat.read(file, NAME, ThreadImportOptions.DEFAULTS.withMaximumDepth(1));
        assertEquals(expected.stream().filter(c -> c.depth() == 1).count() + 1, shallow.map().statements().size());

        ReadResult positive = LemmyThreadFormat.read(file, NAME, ThreadImportOptions.DEFAULTS.withMinimumScore(0));
        Set<String> ids = bySourceId(positive.map()).keySet();
        // 105 (-4) goes with its reply 106; 107 (-7) with 108.
        assertTrue(ids.containsAll(Set.of("comment/101", "comment/103", "comment/104", "comment/109")));
        assertTrue(ids.stream().noneMatch(Set.of("comment/105", "comment/106", "comment/107", "comment/108")::contains));
        assertTrue(positive.warnings().contains("Left out 2 comments scoring below 0, and the 2 comments under them."),
                positive.warnings().toString());

        ReadResult skipped = LemmyThreadFormat.read(file, NAME, ThreadImportOptions.DEFAULTS.withSkipDeleted(true));
        Set<String> kept = bySourceId(skipped.map()).keySet();
        assertTrue(!kept.contains("comment/112"), "a deleted comment nobody answers goes");
        assertTrue(kept.containsAll(Set.of("comment/103", "comment/105")), "deleted and removed comments with replies stay");
        assertTrue(skipped.warnings().contains("Left out 1 comment deleted or removed; 2 more stay as placeholders because"
                + " replies answer them."), skipped.warnings().toString());
    }

    @Test
    void oddPathsAreReadWithWarnings() throws Exception {
        String file = """
                {"comments": [
                  {"comment": {"id": 1, "path": "0.1", "content": "Top"}},
                  {"comment": {"id": 2, "path": "0.1.x", "content": "Bad path"}},
                  {"comment": {"id": 3, "path": "0.3.1.3", "content": "Loop?"}},
                  {"comment": {"id": 4, "content": "No path"}},
                  {"comment": {"path": "0.5", "content": "No id"}},
                  7
                ]}
                """;
        ReadResult result = LemmyThreadFormat.READER.read(file.getBytes(StandardCharsets.UTF_8), NAME);
        Map<String, Statement> byId = bySourceId(result.map());
        assertEquals(List.of("comment/1", "comment/2", "comment/3", "comment/4"),
                byId.keySet().stream().filter(k -> k != null && k.startsWith("comment/")).sorted().toList());
        assertEquals("comment/1", parentId(result.map(), byId.get("comment/3")), "3's path names 1 after 3");
        assertTrue(result.warnings().size() >= 5, result.warnings().toString());
    }

    @Test
    void brokenFilesAreOneClearError() {
        assertError("{\"foo\": 1}", 1, 1, "This is not a Lemmy API response");
        assertError("{\"comments\": 5}", 1, 1, "\"comments\" should be a list of comments, but is a number.");
        assertError("[{\"comments\": []}, \"x\"]", 1, 1, "This is not a Lemmy API response");
        assertError("{\"comments\": []}", 1, 1, "This Lemmy file holds neither a post nor comments.");
        assertError("{\"post_view\": {\"post\": {\"id\": 1,}}}", 1, 33, "A field name must be in double quotes here");
        assertError("{\"post_view\": {\"creator\": {}}}", 1, 15, "The \"post_view\" has no \"post\" object.");
    }

    @Test
    void theReaderNamesItself() {
        assertEquals("lemmy", LemmyThreadFormat.READER.name());
        assertEquals(List.of(".lemmy.json"), LemmyThreadFormat.READER.extensions());
    }

    private static void assertError(String input, int line, int column, String reason) {
        MapReadException e = assertThrows(MapReadException.class,
                () -> LemmyThreadFormat.READER.read(input.getBytes(StandardCharsets.UTF_8), NAME));
        assertTrue(e.reason().startsWith(reason), e.reason());
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.getMessage());
    }

    /** The fixture's comments with parents from their paths, the nearest present ancestor standing in for a missing one. */
    private static List<Expected> expected(JsonNode merged) {
        Set<String> present = new HashSet<>();
        merged.get("comments").forEach(v -> present.add(v.get("comment").get("id").asText()));
        List<Expected> out = new ArrayList<>();
        for (JsonNode view : merged.get("comments")) {
            JsonNode comment = view.get("comment");
            List<String> path = List.of(comment.get("path").asText().split("\\."));
            String parent = "post/" + merged.get("post_view").get("post").get("id").asText();
            int depth = 1;
            for (int i = path.size() - 2; i >= 1; i--) {
                if (present.contains(path.get(i))) {
                    parent = "comment/" + path.get(i);
                    depth = i + 1;
                    break;
                }
            }
            out.add(new Expected("comment/" + comment.get("id").asText(), parent, depth,
                    comment.get("deleted").asBoolean(), comment.get("removed").asBoolean()));
        }
        return out;
    }

    private static ArgumentMap read(JsonNode document) throws Exception {
        return LemmyThreadFormat.READER.read(JSON.writeValueAsBytes(document), NAME).map();
    }

    private static String dump(ArgumentMap map) {
        return map.statements().stream().map(s -> s.content() + " <- " + parentId(map, s)).collect(Collectors.joining("\n"));
    }
}
