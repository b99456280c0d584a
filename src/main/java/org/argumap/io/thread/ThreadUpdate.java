package org.argumap.io.thread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.CommentData;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;

/**
 * What a newer copy of a thread brings to a map made from an older one, worked out without
 * changing either map, so that File › Update Thread from File… and an update from the thread's
 * link (once the map can be fetched) share it: the comments not seen before, each under the
 * statement it answers, and the new score and status of the comments seen before.
 *
 * <p>Comments are matched by their id on the site ({@link CommentData#SOURCE_ID}, also among
 * those merged into a statement), else by their address. What the moderator did to a comment seen
 * before stays as it is: its classification, its words, notes, position and merges; only its
 * score and whether it was deleted follow the site. A comment deleted or removed since keeps its
 * words in the map and is marked deleted (the moderation filter can hide it); a comment the newer
 * copy does not hold at all stays as it was and is counted. New comments come in as unclassified
 * replies, under the statement of the comment they answer, or under the main claim when that
 * comment is not in the map.
 *
 * @param added    the new comments, each before those that answer it
 * @param changed  the statements seen before whose score or status changed, by id, with their new content
 * @param deletedSince how many comments seen before were deleted or removed since
 * @param missing  how many comments of the map the newer copy does not hold
 */
public record ThreadUpdate(List<NewComment> added, Map<String, StatementContent> changed, int deletedSince,
                           int missing) {

    /**
     * A comment not seen before.
     *
     * @param key      its id in the fresh map, by which later new comments name it as their parent
     * @param parentId the id of the statement it answers: in the old map, or the key of another new comment
     * @param content  its content as imported
     */
    public record NewComment(String key, String parentId, StatementContent content) {
        public NewComment {
            Objects.requireNonNull(key);
            Objects.requireNonNull(parentId);
            Objects.requireNonNull(content);
        }
    }

    public ThreadUpdate {
        added = List.copyOf(added);
        changed = Map.copyOf(changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty();
    }

    /** "12 new comments, 3 deleted since, 40 scores changed" — or "nothing new". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add(count(added.size(), "new comment"));
        if (deletedSince > 0) {
            parts.add(deletedSince + " deleted since");
        }
        int rescored = changed.size() - deletedSince;
        if (rescored > 0) {
            parts.add(count(rescored, "score") + " changed");
        }
        if (missing > 0) {
            parts.add(count(missing, "comment") + " no longer in the thread, kept");
        }
        return String.join(", ", parts);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /**
     * What {@code fresh}, a newer import of the thread {@code old} was made from, brings to it.
     * The main claim of each stands for the post.
     */
    public static ThreadUpdate between(ArgumentMap old, ArgumentMap fresh) {
        Map<String, Statement> bySourceId = new HashMap<>();
        Map<String, Statement> byUrl = new HashMap<>();
        for (Statement statement : old.statements()) {
            StatementContent content = statement.content();
            String sourceId = CommentData.sourceId(content);
            if (!sourceId.isEmpty()) {
                bySourceId.putIfAbsent(sourceId, statement);
            }
            String merged = content.data().get(CommentData.MERGED_SOURCE_IDS);
            if (merged != null) {
                for (String id : merged.split(",")) {
                    if (!id.isBlank()) {
                        bySourceId.putIfAbsent(id.strip(), statement);
                    }
                }
            }
            if (!content.url().isBlank()) {
                byUrl.putIfAbsent(content.url().strip(), statement);
            }
        }
        Statement oldPost = old.mainClaims().isEmpty() ? null : old.mainClaims().get(0);
        Statement freshPost = fresh.mainClaims().isEmpty() ? null : fresh.mainClaims().get(0);
        Map<Statement, String> placed = new HashMap<>();
        List<NewComment> added = new ArrayList<>();
        Map<String, StatementContent> changed = new LinkedHashMap<>();
        int deletedSince = 0;
        int seen = 0;
        Set<Statement> matchedOld = new HashSet<>();
        for (Statement comment : fresh.statements()) {
            Statement match = match(comment.content(), bySourceId, byUrl);
            if (match == null && comment == freshPost && oldPost != null) {
                match = oldPost;
            }
            if (match != null) {
                if (matchedOld.add(match)) {
                    seen++;
                }
                placed.put(comment, match.id());
                if (!isOwnComment(match.content(), comment.content())) {
                    // A comment merged into another statement: the statement keeps the score of its own comment.
                    continue;
                }
                StatementContent updated = updated(match.content(), comment.content());
                if (!updated.equals(match.content()) && !changed.containsKey(match.id())) {
                    changed.put(match.id(), updated);
                    if (CommentData.isGone(comment.content()) && !CommentData.isGone(match.content())) {
                        deletedSince++;
                    }
                }
                continue;
            }
            if (oldPost == null) {
                continue;
            }
            Statement freshParent = parentOf(fresh, comment);
            String parentId = freshParent == null ? oldPost.id() : placed.getOrDefault(freshParent, oldPost.id());
            placed.put(comment, comment.id());
            added.add(new NewComment(comment.id(), parentId, comment.content()));
        }
        int missing = (int) old.statements().stream()
                .filter(s -> CommentData.isComment(s.content()) && !matchedOld.contains(s)).count();
        return new ThreadUpdate(added, changed, deletedSince, missing);
    }

    private static boolean isOwnComment(StatementContent mine, StatementContent site) {
        String id = CommentData.sourceId(site);
        return !id.isEmpty() ? id.equals(CommentData.sourceId(mine)) : site.url().strip().equals(mine.url().strip());
    }

    private static Statement match(StatementContent content, Map<String, Statement> bySourceId,
            Map<String, Statement> byUrl) {
        String sourceId = CommentData.sourceId(content);
        if (!sourceId.isEmpty() && bySourceId.containsKey(sourceId)) {
            return bySourceId.get(sourceId);
        }
        return content.url().isBlank() ? null : byUrl.get(content.url().strip());
    }

    /** The statement a comment answers in its map: the target of the first inference it feeds. */
    private static Statement parentOf(ArgumentMap map, Statement comment) {
        return map.inferencesFrom(comment).stream()
                .map(i -> i.target() instanceof Statement s ? s : null)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The moderator's content with the site's score, and marked deleted when the site deleted it since. */
    static StatementContent updated(StatementContent mine, StatementContent site) {
        Map<String, String> data = new LinkedHashMap<>(mine.data());
        for (String key : List.of(CommentData.SCORE, CommentData.SCORE_HIDDEN)) {
            String value = site.data().get(key);
            if (value == null) {
                data.remove(key);
            } else {
                data.put(key, value);
            }
        }
        if (CommentData.isGone(site)) {
            data.put(CommentData.STATUS, site.data().get(CommentData.STATUS));
        }
        return mine.withData(data);
    }
}
