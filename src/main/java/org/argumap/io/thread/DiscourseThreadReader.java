package org.argumap.io.thread;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.io.json.LocatedTree;
import org.argumap.model.MapInfo;

/**
 * Reads a Discourse topic as {@code /t/<id>.json} returns it: {@code post_stream.posts}, each
 * with its {@code post_number}, the {@code reply_to_post_number} it answers (none: it answers the
 * topic) and its text as HTML ({@code cooked}). Post 1 is the main claim. Discourse sends the
 * first posts only; the others, listed by id in {@code post_stream.stream}, come from
 * {@code /t/<id>/posts.json} and may be added to {@code post_stream.posts} (Argumap's import from
 * a link does so). A post's score is its likes.
 */
final class DiscourseThreadReader {
    /** Where the fetcher records the site's address, which the topic's own answer does not hold. */
    static final String SITE_FIELD = "argumap_site";
    private static final int SMALL_ACTION = 3;

    private final LocatedTree json;
    private final List<String> warnings = new ArrayList<>();
    private String site = "";

    private DiscourseThreadReader(LocatedTree json) {
        this.json = json;
    }

    static ReadResult read(byte[] content, Path file, ThreadImportOptions options) throws MapReadException {
        LocatedTree json = JsonFields.parse(content, file, "a Discourse topic");
        return new DiscourseThreadReader(json).read(options);
    }

    private ReadResult read(ThreadImportOptions options) throws MapReadException {
        JsonNode root = json.root();
        JsonNode stream = root.isObject() ? JsonFields.object(root, "post_stream") : null;
        JsonNode posts = stream == null ? null : stream.get("posts");
        if (posts == null || !posts.isArray()) {
            throw json.error(root, "This is not a Discourse topic as /t/<id>.json gives it: expected an object with"
                    + " \"post_stream\": {\"posts\": [...]}, but found " + RedditThreadReader.describe(root) + ".");
        }
        site = JsonFields.text(root, SITE_FIELD).replaceAll("/+$", "");
        Map<Long, ThreadNode> byNumber = new TreeMap<>();
        Map<Long, Long> answers = new TreeMap<>();
        Set<Long> ids = new HashSet<>();
        int twice = 0;
        for (JsonNode post : posts) {
            Long number = post.isObject() ? JsonFields.integer(post, "post_number") : null;
            Long id = post.isObject() ? JsonFields.integer(post, "id") : null;
            if (number == null || id == null) {
                warnings.add(json.at(post.isContainerNode() ? post : posts).describe()
                        + ": a post without a number (or an id) was left out");
                continue;
            }
            Long type = JsonFields.integer(post, "post_type");
            if (type != null && type == SMALL_ACTION) {
                continue; // "closed the topic", "pinned": the forum's notes, not what anyone said
            }
            if (!ids.add(id) || byNumber.containsKey(number)) {
                twice++;
                continue;
            }
            byNumber.put(number, node(root, post, id, number));
            Long answered = JsonFields.integer(post, "reply_to_post_number");
            if (answered != null) {
                answers.put(number, answered);
            }
        }
        if (twice > 0) {
            warnings.add(twice + (twice == 1 ? " post appears" : " posts appear") + " twice; read once");
        }
        ThreadNode topic = byNumber.get(1L);
        if (topic == null) {
            throw json.error(posts, "This Discourse topic does not hold its first post (number 1), which is the topic itself.");
        }
        topic.title = HtmlText.decode(JsonFields.text(root, "title"));
        topic.url = site.isEmpty() ? topic.url : topicUrl(root);
        int elsewhere = 0;
        for (Map.Entry<Long, ThreadNode> entry : byNumber.entrySet()) {
            if (entry.getKey() == 1L) {
                continue;
            }
            Long answered = answers.get(entry.getKey());
            ThreadNode parent = answered == null ? null : byNumber.get(answered);
            // A post answers an earlier one; anything else would make a circle, so it goes under the topic.
            if (answered != null && (parent == null || answered >= entry.getKey())) {
                elsewhere++;
                parent = null;
            }
            (parent == null ? topic : parent).replies.add(entry.getValue());
        }
        if (elsewhere > 0) {
            warnings.add(elsewhere + (elsewhere == 1 ? " post answers a post" : " posts answer posts")
                    + " the file does not hold; placed under the topic");
        }
        Long count = JsonFields.integer(root, "posts_count");
        MapInfo info = MapInfo.EMPTY.withTitle(topic.title)
                .withDescription("A Discourse topic: each post replies to what it answers;"
                        + " classify the replies as support or attack.")
                .withSourceUrl(site.isEmpty() ? "" : topicUrl(root));
        return new ThreadMapBuilder(options, warnings).build(topic, info, count == null ? null : count - 1);
    }

    private ThreadNode node(JsonNode root, JsonNode post, long id, long number) {
        ThreadNode node = new ThreadNode("post/" + id, json.at(post).describe());
        node.author = JsonFields.firstText(post, "username", "name");
        node.date = JsonFields.timestamp(post, "created_at");
        node.score = likes(post);
        String path = JsonFields.text(post, "post_url");
        if (path.isEmpty()) {
            String slug = JsonFields.firstText(post, "topic_slug");
            Long topic = JsonFields.integer(post, "topic_id");
            path = topic == null ? "" : "/t/" + (slug.isEmpty() ? "" : slug + "/") + topic + "/" + number;
        }
        node.url = site.isEmpty() || !path.startsWith("/") ? path : site + path;
        if (JsonFields.isTrue(post, "user_deleted")) {
            node.status = ThreadNode.Status.DELETED;
            node.text = "[deleted]";
        } else if (post.hasNonNull("deleted_at")) {
            node.status = ThreadNode.Status.REMOVED;
            node.text = "[removed]";
        } else {
            node.text = HtmlText.toMarkdown(JsonFields.text(post, "cooked"));
            if (node.text.isEmpty()) {
                warnings.add(node.place + ": post " + number + " has no text");
            }
        }
        return node;
    }

    /** Likes: the post's {@code like_count}, else the count of action 2 ("like") in its actions summary. */
    private static Long likes(JsonNode post) {
        Long count = JsonFields.integer(post, "like_count");
        if (count != null) {
            return count;
        }
        JsonNode actions = post.get("actions_summary");
        if (actions != null && actions.isArray()) {
            for (JsonNode action : actions) {
                Long type = action.isObject() ? JsonFields.integer(action, "id") : null;
                if (type != null && type == 2) {
                    Long likes = JsonFields.integer(action, "count");
                    return likes == null ? 0L : likes;
                }
            }
            return 0L;
        }
        return null;
    }

    private String topicUrl(JsonNode root) {
        String slug = JsonFields.text(root, "slug");
        Long id = JsonFields.integer(root, "id");
        return id == null ? site : site + "/t/" + (slug.isEmpty() ? "" : slug + "/") + id;
    }
}
