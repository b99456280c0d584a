package org.argumap.io.thread;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.model.MapInfo;
import org.argumap.io.json.LocatedTree;

/**
 * Reads what {@code https://www.reddit.com/comments/<id>.json} returns: a list of two listings,
 * the post ({@code t3}) and the comments ({@code t1}), each comment's {@code replies} either a
 * listing or "" when it has none, and {@code more} stubs where Reddit held comments back.
 * Deleted ("[deleted]") and removed ("[removed]") comments keep their place; the author
 * "[deleted]" (an account since deleted) is kept as no author.
 */
final class RedditThreadReader {
    private static final String SITE = "https://www.reddit.com";

    private final LocatedTree json;
    private final List<String> warnings = new ArrayList<>();
    private String postPermalink = "";
    /** Whether texts come with {@code &amp;}, {@code &lt;}, {@code &gt;} (asked for without raw_json=1). */
    private boolean escaped;

    private RedditThreadReader(LocatedTree json) {
        this.json = json;
    }

    static ReadResult read(byte[] content, Path file, ThreadImportOptions options) throws MapReadException {
        LocatedTree json = JsonFields.parse(content, file, "a Reddit thread");
        return new RedditThreadReader(json).read(options);
    }

    private ReadResult read(ThreadImportOptions options) throws MapReadException {
        JsonNode root = json.root();
        escaped = isEscaped(root);
        if (root.isObject() && root.has("interactions")) {
            throw json.error(root, "This is a recorded HTTP exchange (a test cassette), not a Reddit thread:"
                    + " save the response body of the /comments/<id>.json request on its own and import that.");
        }
        if (!root.isArray() || root.isEmpty()) {
            throw json.error(root, "This is not a Reddit thread: a thread as /comments/<id>.json gives it is a list"
                    + " [post listing, comment listing], but this file holds " + describe(root) + ".");
        }
        JsonNode postData = post(root.get(0));
        ThreadNode post = postNode(postData, json.at(postData).describe());
        if (root.size() < 2) {
            warnings.add(json.at(root).describe() + ": the file holds the post but no comment listing");
        } else {
            if (root.size() > 2) {
                warnings.add(json.at(root).describe() + ": the list holds " + root.size() + " values; only the first two"
                        + " (post and comments) were read");
            }
            readComments(post, root.get(1));
        }
        String subreddit = JsonFields.text(postData, "subreddit");
        MapInfo info = MapInfo.EMPTY.withTitle(post.title)
                .withDescription("A Reddit thread" + (subreddit.isEmpty() ? "" : " in r/" + subreddit)
                        + ": each comment replies to what it answers; classify the replies as support or attack.")
                .withSourceUrl(postPermalink.isEmpty() ? "" : SITE + postPermalink);
        return new ThreadMapBuilder(options, warnings).build(post, info, JsonFields.integer(postData, "num_comments"));
    }

    /** The post's data object: the first {@code t3} child of the first listing. */
    private JsonNode post(JsonNode listing) throws MapReadException {
        JsonNode children = children(listing);
        for (JsonNode child : children) {
            JsonNode data = JsonFields.object(child, "data");
            if (child.isObject() && "t3".equals(JsonFields.text(child, "kind")) && data != null) {
                return data;
            }
        }
        throw json.error(listing, "This is not a Reddit thread: its first listing holds no post (an entry of kind \"t3\").");
    }

    private ThreadNode postNode(JsonNode data, String place) {
        ThreadNode post = new ThreadNode(JsonFields.text(data, "name"), place);
        post.title = unescape(JsonFields.text(data, "title"));
        String selftext = unescape(JsonFields.text(data, "selftext"));
        post.text = selftext.isBlank() ? post.title : selftext;
        post.author = author(data);
        postPermalink = JsonFields.text(data, "permalink");
        String link = JsonFields.text(data, "url");
        post.url = !link.isEmpty() && !JsonFields.isTrue(data, "is_self") ? link : postPermalink.isEmpty() ? link : SITE + postPermalink;
        post.date = JsonFields.epochSeconds(data, "created_utc");
        post.score = JsonFields.integer(data, "score");
        post.status = status(selftext);
        return post;
    }

    /** Walks the comment listings with a stack: a listing's children become the replies of their parent. */
    private void readComments(ThreadNode post, JsonNode listing) throws MapReadException {
        record Pending(ThreadNode parent, JsonNode listing) {
        }
        Deque<Pending> pending = new ArrayDeque<>();
        pending.push(new Pending(post, listing));
        while (!pending.isEmpty()) {
            Pending next = pending.pop();
            for (JsonNode child : children(next.listing())) {
                ThreadNode comment = entry(next.parent(), child);
                if (comment == null) {
                    continue;
                }
                next.parent().replies.add(comment);
                JsonNode replies = child.get("data").get("replies");
                if (replies != null && replies.isObject()) {
                    pending.push(new Pending(comment, replies));
                } else if (replies != null && !replies.isNull() && !(replies.isTextual() && replies.textValue().isEmpty())) {
                    warnings.add(json.at(child).describe() + ": the replies of comment " + comment.sourceId
                            + " are neither a listing nor \"\"; left out");
                }
            }
        }
    }

    /** A comment, or null for a {@code more} stub (recorded on the parent) or an entry read past. */
    private ThreadNode entry(ThreadNode parent, JsonNode child) {
        JsonNode data = child.isObject() ? JsonFields.object(child, "data") : null;
        String kind = child.isObject() ? JsonFields.text(child, "kind") : "";
        if (data == null) {
            warnings.add(json.at(child.isContainerNode() ? child : json.root()).describe() + ": an entry without data was left out");
            return null;
        }
        if (kind.equals("more")) {
            Long count = JsonFields.integer(data, "count");
            parent.stubs.add(new ThreadNode.Stub(count == null ? 0 : Math.max(0, count), json.at(child).describe(), json.at(child)));
            return null;
        }
        if (!kind.equals("t1")) {
            warnings.add(json.at(child).describe() + ": an entry of kind \"" + kind + "\" where comments belong was left out");
            return null;
        }
        ThreadNode comment = new ThreadNode(JsonFields.text(data, "name"), json.at(child).describe());
        String body = unescape(JsonFields.text(data, "body"));
        comment.text = body;
        comment.author = author(data);
        comment.score = JsonFields.integer(data, "score");
        comment.scoreHidden = JsonFields.isTrue(data, "score_hidden");
        comment.date = JsonFields.epochSeconds(data, "created_utc");
        comment.status = status(body);
        String permalink = JsonFields.text(data, "permalink");
        String id = JsonFields.text(data, "id");
        comment.url = !permalink.isEmpty() ? SITE + permalink
                : !postPermalink.isEmpty() && !id.isEmpty() ? SITE + postPermalink + id + "/" : "";
        if (body.isEmpty()) {
            warnings.add(comment.place + ": comment " + comment.sourceId + " has no text");
        }
        return comment;
    }

    /** The children of a listing; anything else is not a thread. */
    private JsonNode children(JsonNode listing) throws MapReadException {
        JsonNode data = listing.isObject() ? JsonFields.object(listing, "data") : null;
        JsonNode children = data == null ? null : data.get("children");
        if (!"Listing".equals(listing.isObject() ? JsonFields.text(listing, "kind") : "") || children == null || !children.isArray()) {
            throw json.error(listing.isContainerNode() ? listing : json.root(), "This is not a Reddit listing: expected"
                    + " {\"kind\": \"Listing\", \"data\": {\"children\": [...]}} here, but found " + describe(listing) + ".");
        }
        return children;
    }

    /**
     * Reddit sends an HTML copy of each text; without raw_json=1 that copy is escaped twice
     * ({@code &lt;div class="md"&gt;}) and the texts once. The first copy found tells which.
     */
    private static boolean isEscaped(JsonNode root) {
        List<JsonNode> copies = new ArrayList<>(root.findValues("selftext_html"));
        copies.addAll(root.findValues("body_html"));
        return copies.stream().filter(JsonNode::isTextual).findFirst()
                .map(html -> html.textValue().startsWith("&lt;")).orElse(false);
    }

    private String unescape(String text) {
        return escaped ? text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") : text;
    }

    private static String author(JsonNode data) {
        String author = JsonFields.text(data, "author");
        return author.equals("[deleted]") ? "" : author;
    }

    private static ThreadNode.Status status(String text) {
        return switch (text) {
            case "[deleted]" -> ThreadNode.Status.DELETED;
            case "[removed]" -> ThreadNode.Status.REMOVED;
            default -> ThreadNode.Status.LIVE;
        };
    }

    static String describe(JsonNode node) {
        if (node.isObject()) {
            return node.has("kind") ? "an object of kind " + node.get("kind") : "an object";
        }
        if (node.isArray()) {
            return node.isEmpty() ? "an empty list" : "a list";
        }
        return node.isTextual() ? "text" : node.isNumber() ? "a number" : node.isBoolean() ? "true/false" : "null";
    }
}
