package org.argumap.io.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.CommentData;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.junit.jupiter.api.Test;

/** A newer copy of a thread against a map made from an older one, read from the Lemmy test thread. */
class ThreadUpdateTest {
    private static final Path NAME = Path.of("cookies-thread.lemmy.json");

    private static ArgumentMap read(byte[] thread) throws Exception {
        return LemmyThreadFormat.read(thread, NAME, ThreadImportOptions.DEFAULTS).map();
    }

    private static Statement bySourceId(ArgumentMap map, String id) {
        return map.statements().stream().filter(s -> CommentData.sourceId(s.content()).equals("comment/" + id)).findFirst()
                .orElseThrow(() -> new AssertionError("no comment " + id));
    }

    private static ObjectNode comment(ArrayNode comments, int id) {
        for (JsonNode node : comments) {
            if (node.get("comment").get("id").asInt() == id) {
                return (ObjectNode) node;
            }
        }
        throw new AssertionError("no comment " + id + " in the test thread");
    }

    @Test
    void theSameCopyBringsNothing() throws Exception {
        byte[] thread = Files.readAllBytes(ThreadTestData.LEMMY);
        ThreadUpdate update = ThreadUpdate.between(read(thread), read(thread));
        assertTrue(update.isEmpty(), update.summary());
        assertEquals(0, update.missing());
    }

    @Test
    void newCommentsComeUnderWhatTheyAnswerAndTheClassificationOfTheOthersStays() throws Exception {
        byte[] thread = Files.readAllBytes(ThreadTestData.LEMMY);
        ArgumentMap old = read(thread);
        Statement seen = old.statements().get(1);
        String seenId = CommentData.sourceId(seen.content());
        old.updateInference(old.inferencesFrom(seen).get(0).id(), InferenceContent.of(InferenceType.ATTACK));

        ObjectNode newer = (ObjectNode) ThreadTestData.JSON.readTree(thread);
        ArrayNode comments = (ArrayNode) newer.get("comments");
        ObjectNode added = comment(comments, 111).deepCopy();
        ((ObjectNode) added.get("comment")).put("id", 113).put("path", "0.101.113")
                .put("content", "A reply posted after the first import.")
                .put("ap_id", "https://lemmy.ml/comment/113");
        ((ObjectNode) added.get("counts")).put("comment_id", 113).put("score", 4);
        comments.add(added);
        ((ObjectNode) comment(comments, 111).get("counts")).put("score", 50);
        ((ObjectNode) comment(comments, 102).get("comment")).put("deleted", true).put("content", "");
        ArgumentMap fresh = read(ThreadTestData.JSON.writeValueAsBytes(newer));

        ThreadUpdate update = ThreadUpdate.between(old, fresh);
        assertEquals(1, update.added().size());
        ThreadUpdate.NewComment comment = update.added().get(0);
        assertEquals("A reply posted after the first import.", comment.content().text());
        Statement answered = bySourceId(old, "101");
        assertEquals(answered.id(), comment.parentId(), "under the statement of comment 101 in the old map");
        Statement rescored = bySourceId(old, "111");
        assertEquals("50", update.changed().get(rescored.id()).data().get(CommentData.SCORE));
        Statement deleted = bySourceId(old, "102");
        assertTrue(CommentData.isGone(update.changed().get(deleted.id())), "marked deleted");
        assertEquals(deleted.content().text(), update.changed().get(deleted.id()).text(), "its words are kept");
        assertEquals(1, update.deletedSince());
        assertTrue(!update.changed().containsKey(seen.id()) || update.changed().get(seen.id()).text()
                .equals(seen.content().text()));
        assertEquals("1 new comment, 1 deleted since, 1 score changed", update.summary());
        assertEquals(InferenceType.ATTACK, old.inferencesFrom(old.statement(seen.id())).get(0).type(),
                "the old map is not changed by working out the update; " + seenId);
    }

    @Test
    void aMergedCommentIsNotBroughtBack() throws Exception {
        byte[] thread = Files.readAllBytes(ThreadTestData.LEMMY);
        ArgumentMap old = read(thread);
        Statement merged = bySourceId(old, "111");
        Statement kept = bySourceId(old, "112");
        old.updateStatement(kept.id(), kept.content().withData(java.util.Map.of(CommentData.SOURCE_ID, "comment/112",
                "merged-source-ids", "comment/111", CommentData.SCORE, "1")));
        old.remove(List.of(merged.id()));
        ThreadUpdate update = ThreadUpdate.between(old, read(thread));
        assertEquals(List.of(), update.added());
        assertTrue(!update.changed().containsKey(kept.id())
                        || update.changed().get(kept.id()).data().get(CommentData.SCORE).equals(
                                CommentData.score(bySourceId(read(thread), "112").content()).getAsLong() + ""),
                "the kept statement keeps its own comment's score");
    }

    @Test
    void theBotMarkIsSavedWithTheMap() throws Exception {
        ArgumentMap map = read(Files.readAllBytes(ThreadTestData.LEMMY));
        Statement any = map.statements().get(2);
        map.updateStatement(any.id(), CommentData.withBotMark(any.content(), true));
        ArgumentMap reread = ArgumapJsonFormat.READER.read(ArgumapJsonFormat.WRITER.write(map),
                Path.of("x.argumap.json")).map();
        assertTrue(CommentData.isBot(reread.statement(any.id()).content()));
    }
}
