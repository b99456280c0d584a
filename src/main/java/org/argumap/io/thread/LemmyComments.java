package org.argumap.io.thread;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.argumap.io.json.LocatedTree;

/**
 * Lemmy's comments arrive as a flat list in any order; each names its place by a {@code path}
 * such as "0.12.34": the post (0), its ancestors (12) and itself (34). A comment is placed under
 * its parent, or, when the file lacks the parent (another page, a depth limit), under the nearest
 * ancestor it does hold, else under the post. An ancestor counts only when its own path is
 * shorter, so that contradictory paths can never make a circle.
 */
final class LemmyComments {
    private final LocatedTree json;
    private final List<String> warnings;
    private final Function<JsonNode, String> people;

    private record Read(ThreadNode node, List<Long> ancestors) {
    }

    LemmyComments(LocatedTree json, List<String> warnings, Function<JsonNode, String> people) {
        this.json = json;
        this.warnings = warnings;
        this.people = people;
    }

    /** Reads the comment views and hangs them under {@code post}; {@code postId} filters other posts' comments. */
    void place(ThreadNode post, List<JsonNode> views, Long postId) {
        List<Read> read = new ArrayList<>();
        Map<Long, Read> byId = new HashMap<>();
        int otherPost = 0;
        int twice = 0;
        for (JsonNode view : views) {
            JsonNode comment = view.isObject() ? JsonFields.object(view, "comment") : null;
            Long id = comment == null ? null : JsonFields.integer(comment, "id");
            if (id == null) {
                warnings.add(json.at(view.isContainerNode() ? view : json.root()).describe()
                        + ": an entry without a comment (or without its id) was left out");
                continue;
            }
            Long commentPost = JsonFields.integer(comment, "post_id");
            if (postId != null && commentPost != null && !commentPost.equals(postId)) {
                otherPost++;
            } else if (byId.containsKey(id)) {
                twice++;
            } else {
                Read entry = new Read(node(view, comment, id), ancestors(comment, id));
                read.add(entry);
                byId.put(id, entry);
            }
        }
        int higher = 0;
        String firstHigher = null;
        for (Read entry : read) {
            List<Long> ancestors = entry.ancestors();
            ThreadNode parent = post;
            boolean direct = ancestors.isEmpty();
            for (int i = ancestors.size() - 1; i >= 0; i--) {
                Read ancestor = byId.get(ancestors.get(i));
                if (ancestor != null && ancestor.ancestors().size() < ancestors.size()) {
                    parent = ancestor.node();
                    direct = i == ancestors.size() - 1;
                    break;
                }
            }
            if (!direct) {
                higher++;
                firstHigher = firstHigher == null ? entry.node().place : firstHigher;
            }
            parent.replies.add(entry.node());
        }
        if (higher > 0) {
            warnings.add(firstHigher + ": " + higher + (higher == 1 ? " comment answers a comment" : " comments answer comments")
                    + " the file does not hold (the first here); placed under the nearest comment it holds, or the post");
        }
        if (otherPost > 0) {
            warnings.add(otherPost + (otherPost == 1 ? " comment belongs" : " comments belong") + " to another post; left out");
        }
        if (twice > 0) {
            warnings.add(twice + (twice == 1 ? " comment appears" : " comments appear")
                    + " twice (overlapping pages?); read once");
        }
    }

    private ThreadNode node(JsonNode view, JsonNode comment, long id) {
        ThreadNode node = new ThreadNode("comment/" + id, json.at(view).describe());
        node.author = people.apply(JsonFields.object(view, "creator"));
        JsonNode counts = JsonFields.object(view, "counts");
        node.score = counts != null ? JsonFields.integer(counts, "score") : JsonFields.integer(comment, "score");
        node.date = JsonFields.timestamp(comment, "published", "published_at");
        node.url = JsonFields.text(comment, "ap_id");
        if (JsonFields.isTrue(comment, "deleted")) {
            node.status = ThreadNode.Status.DELETED;
            node.text = "[deleted]";
        } else if (JsonFields.isTrue(comment, "removed")) {
            node.status = ThreadNode.Status.REMOVED;
            node.text = "[removed]";
        } else {
            // Lemmy writes the text as "content", PieFed as "body".
            node.text = JsonFields.firstText(comment, "content", "body");
            if (node.text.isEmpty()) {
                warnings.add(node.place + ": comment " + id + " has no text");
            }
        }
        return node;
    }

    /** The ids between the post and the comment, from its path; empty (under the post) when the path is unusable. */
    private List<Long> ancestors(JsonNode comment, long id) {
        String path = JsonFields.text(comment, "path");
        String[] parts = path.split("\\.", -1);
        List<Long> ids = new ArrayList<>();
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 18 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                warnings.add(json.at(comment).describe() + ": comment " + id + " has no usable path (\"" + abbreviate(path)
                        + "\"); placed under the post");
                return List.of();
            }
            ids.add(Long.parseLong(part));
        }
        if (ids.get(0) != 0L) {
            warnings.add(json.at(comment).describe() + ": the path of comment " + id + " does not start at the post (0); placed as written");
        } else {
            ids.remove(0);
        }
        if (!ids.isEmpty() && ids.get(ids.size() - 1) == id) {
            ids.remove(ids.size() - 1);
        } else {
            warnings.add(json.at(comment).describe() + ": the path of comment " + id + " does not end with its own id");
        }
        return ids;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
