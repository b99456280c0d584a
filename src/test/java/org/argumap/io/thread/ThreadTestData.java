package org.argumap.io.thread;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.argumap.ThirdPartyFiles;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.Statement;

/**
 * The thread files of ../shared/testdata (real threads, kept outside the repository: a test that
 * reads one is skipped without them, see {@link ThirdPartyFiles}) and of our own test resources,
 * and what they hold, found by walking their JSON here with
 * plain Jackson, independently of the readers, so that the tests assert counts from the files
 * rather than numbers copied from a reader's output.
 */
final class ThreadTestData {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path FOLDER = ThirdPartyFiles.folder().resolve("threads");
    static final Path FOREST = FOLDER.resolve("praw_TestCommentForest.test_replace__on_direct_comment.body_comments_57dw9a.json");
    static final Path CASSETTE = FOLDER.resolve("praw_TestSubmission.test_comments.json");
    static final Path LEMMY = Path.of("src/test/resources/thread/cookies-thread.lemmy.json");

    /** A comment as the file has it; depth 1 answers the post. */
    record Comment(String name, String parent, int depth, String body, String author, long score) {
        boolean gone() {
            return body.equals("[deleted]") || body.equals("[removed]");
        }
    }

    private ThreadTestData() {
    }

    static byte[] forest() throws IOException {
        return Files.readAllBytes(ThirdPartyFiles.require(FOREST));
    }

    /** The thread inside the recorded HTTP exchange: the body of its second interaction. */
    static byte[] cassetteThread() throws IOException {
        JsonNode cassette = JSON.readTree(Files.readAllBytes(ThirdPartyFiles.require(CASSETTE)));
        return cassette.at("/interactions/1/response/body/string").textValue().getBytes(StandardCharsets.UTF_8);
    }

    /** The t1 comments of a Reddit thread in pre-order, with depth from the nesting of listings. */
    static List<Comment> redditComments(byte[] thread) throws IOException {
        List<Comment> comments = new ArrayList<>();
        walk(JSON.readTree(thread).get(1).get("data").get("children"), 1, comments);
        return comments;
    }

    private static void walk(JsonNode children, int depth, List<Comment> out) {
        for (JsonNode child : children) {
            if (!child.get("kind").asText().equals("t1")) {
                continue;
            }
            JsonNode data = child.get("data");
            out.add(new Comment(data.get("name").asText(), data.get("parent_id").asText(), depth, data.get("body").asText(),
                    data.get("author").asText(), data.get("score").asLong()));
            if (data.get("replies").isObject()) {
                walk(data.get("replies").get("data").get("children"), depth + 1, out);
            }
        }
    }

    /** The "more" stubs of a Reddit thread: their counts, anywhere in the tree. */
    static List<Long> redditMoreCounts(byte[] thread) throws IOException {
        return JSON.readTree(thread).findParents("kind").stream().filter(n -> n.get("kind").asText().equals("more"))
                .map(n -> n.get("data").get("count").asLong()).toList();
    }

    static JsonNode post(byte[] thread) throws IOException {
        return JSON.readTree(thread).get(0).get("data").get("children").get(0).get("data");
    }

    /** Statements by the site's id of the comment they came from. */
    static Map<String, Statement> bySourceId(ArgumentMap map) {
        return map.statements().stream().collect(Collectors.toMap(s -> s.content().data().get("source-id"), Function.identity()));
    }

    /** What a statement replies to, by source id; null for the main claim. */
    static String parentId(ArgumentMap map, Statement statement) {
        List<Inference> out = map.inferencesFrom(statement);
        return out.isEmpty() ? null : ((Statement) out.get(0).target()).content().data().get("source-id");
    }

    /** Replies between this statement and the main claim. */
    static int depth(ArgumentMap map, Statement statement) {
        int depth = 0;
        for (Statement s = statement; !map.inferencesFrom(s).isEmpty(); s = (Statement) map.inferencesFrom(s).get(0).target()) {
            depth++;
        }
        return depth;
    }
}
