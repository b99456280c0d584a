package org.argumap.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small threads built in code for the moderation tests: a post and comments with authors, scores,
 * site ids and statuses in their data, as the thread readers leave them.
 */
public final class CommentThreads {
    private CommentThreads() {
    }

    /** A map holding just the post, id "post". */
    public static ArgumentMap post() {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("post", StatementContent.claim("Should browsers block third-party cookies?")
                .withData(Map.of(CommentData.SOURCE_ID, "p1")));
        return map;
    }

    /**
     * Adds a comment with this id (also its site id, prefixed "c-") under {@code parentId}, as an
     * unclassified reply. {@code score} null for none; {@code status} "" for a live comment.
     */
    public static Statement comment(ArgumentMap map, String id, String parentId, String author, Long score,
            String status, String text) {
        Map<String, String> data = new LinkedHashMap<>();
        if (score != null) {
            data.put(CommentData.SCORE, Long.toString(score));
        }
        data.put(CommentData.SOURCE_ID, "c-" + id);
        if (!status.isEmpty()) {
            data.put(CommentData.STATUS, status);
        }
        StatementContent content = new StatementContent(StatementKind.CLAIM, "", text, author, List.of(), "",
                "https://lemmy.example/comment/" + id, "", "2024-03-02T20:15:00Z", data);
        Statement statement = map.addStatement(id, content);
        map.addInference("to-" + id, InferenceContent.of(InferenceType.REPLY), List.of(id), parentId);
        return statement;
    }

    public static Statement comment(ArgumentMap map, String id, String parentId, String author, long score) {
        return comment(map, id, parentId, author, score, "", "Comment " + id + " says something worth reading.");
    }
}
