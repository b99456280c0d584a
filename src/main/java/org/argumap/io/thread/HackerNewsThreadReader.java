package org.argumap.io.thread;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.io.json.LocatedTree;
import org.argumap.model.MapInfo;

/**
 * Reads what the Algolia Hacker News API returns for {@code /api/v1/items/<id>}: the item with
 * every reply nested in {@code children}, texts in HTML. The item asked for becomes the main
 * claim, be it a story or a comment (a sub-thread).
 */
final class HackerNewsThreadReader {
    static final String SITE = "https://news.ycombinator.com/item?id=";

    private final LocatedTree json;
    private final List<String> warnings = new ArrayList<>();

    private HackerNewsThreadReader(LocatedTree json) {
        this.json = json;
    }

    static ReadResult read(byte[] content, Path file, ThreadImportOptions options) throws MapReadException {
        LocatedTree json = JsonFields.parse(content, file, "a Hacker News item");
        return new HackerNewsThreadReader(json).read(options);
    }

    private ReadResult read(ThreadImportOptions options) throws MapReadException {
        JsonNode root = json.root();
        if (!root.isObject() || JsonFields.integer(root, "id") == null || !root.has("children")) {
            throw json.error(root, "This is not a Hacker News item as hn.algolia.com/api/v1/items/<id> gives it:"
                    + " expected an object with \"id\" and \"children\", but found " + RedditThreadReader.describe(root) + ".");
        }
        ThreadNode post = node(root);
        post.title = HtmlText.decode(JsonFields.text(root, "title"));
        if (post.text.isEmpty()) {
            post.text = post.title;
        }
        String link = JsonFields.text(root, "url");
        if (!link.isEmpty()) {
            post.url = link;
        }
        record Pending(ThreadNode node, JsonNode item) {
        }
        Deque<Pending> pending = new ArrayDeque<>();
        pending.push(new Pending(post, root));
        while (!pending.isEmpty()) {
            Pending next = pending.pop();
            JsonNode children = next.item().get("children");
            if (children == null || children.isNull()) {
                continue;
            }
            if (!children.isArray()) {
                warnings.add(json.at(next.item()).describe() + ": \"children\" is not a list; the replies there were left out");
                continue;
            }
            for (JsonNode child : children) {
                if (!child.isObject() || JsonFields.integer(child, "id") == null) {
                    warnings.add(json.at(child.isContainerNode() ? child : next.item()).describe()
                            + ": an entry without an id was left out");
                    continue;
                }
                ThreadNode reply = node(child);
                next.node().replies.add(reply);
                pending.push(new Pending(reply, child));
            }
        }
        MapInfo info = MapInfo.EMPTY.withTitle(post.title)
                .withDescription("A Hacker News thread: each comment replies to what it answers;"
                        + " classify the replies as support or attack.")
                .withSourceUrl(SITE + JsonFields.integer(root, "id"));
        return new ThreadMapBuilder(options, warnings).build(post, info, null);
    }

    private ThreadNode node(JsonNode item) {
        long id = JsonFields.integer(item, "id");
        ThreadNode node = new ThreadNode("item/" + id, json.at(item).describe());
        node.author = JsonFields.text(item, "author");
        node.score = JsonFields.integer(item, "points");
        node.date = JsonFields.timestamp(item, "created_at");
        if (node.date.isEmpty()) {
            node.date = JsonFields.epochSeconds(item, "created_at_i");
        }
        node.url = SITE + id;
        node.text = HtmlText.toMarkdown(JsonFields.text(item, "text"));
        // The API keeps a deleted comment's place, without author or words.
        if (node.text.isEmpty() && node.author.isEmpty() && !"story".equals(JsonFields.text(item, "type"))) {
            node.status = ThreadNode.Status.DELETED;
            node.text = "[deleted]";
        }
        return node;
    }
}
