package org.argumap.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.argumap.io.thread.RedditThreadFormat;

/**
 * A Reddit thread: {@code /comments/ID.json}, then the comments behind "load more" links through
 * {@code /api/morechildren} (a GET, 100 ids at a time), each put where its {@code parent_id}
 * says, up to the settings' limit. "Continue this thread" links (deeper branches) stay as the
 * reader's warnings.
 */
final class RedditFetch implements SiteFetch {
    private static final int IDS_PER_REQUEST = 100;

    private final int maxMoreRequests;

    RedditFetch(int maxMoreRequests) {
        this.maxMoreRequests = maxMoreRequests;
    }

    /** A "load more" entry and the list that holds it. */
    private record Stub(ArrayNode siblings, ObjectNode entry) {
    }

    @Override
    public FetchedAnswers fetch(ThreadLink link, JsonGetter get) throws FetchException {
        JsonNode thread = get.json(link.at("/comments/" + link.id() + ".json?limit=500&raw_json=1"));
        if (!thread.isArray() || thread.size() < 2) {
            throw new FetchException(link.link() + ": Reddit's answer is not a thread (a list of the post and its comments).");
        }
        ArrayNode topLevel = children(thread.get(1));
        Map<String, ObjectNode> comments = new HashMap<>();
        Deque<Stub> stubs = new ArrayDeque<>();
        index(topLevel, comments, stubs);
        List<String> notes = new ArrayList<>();
        int asked = 0;
        while (!stubs.isEmpty()) {
            if (asked == maxMoreRequests || !get.mayAskAgain()) {
                notes.add("Stopped loading more comments after " + asked + " requests (the limit); "
                        + stubs.size() + " \"load more\" link" + (stubs.size() == 1 ? " was" : "s were") + " left.");
                break;
            }
            Stub stub = stubs.removeFirst();
            ArrayNode ids = (ArrayNode) stub.entry().get("data").get("children");
            List<String> batch = new ArrayList<>();
            while (batch.size() < IDS_PER_REQUEST && !ids.isEmpty()) {
                batch.add(ids.remove(0).asText());
            }
            JsonNode answer = get.json(link.at("/api/morechildren.json?api_type=json&raw_json=1&link_id=t3_" + link.id()
                    + "&children=" + String.join(",", batch)));
            asked++;
            if (ids.isEmpty()) {
                remove(stub);
            } else {
                JsonNode count = stub.entry().get("data").get("count");
                ((ObjectNode) stub.entry().get("data")).put("count", Math.max(0, (count == null ? 0 : count.asLong()) - batch.size()));
                stubs.addFirst(stub);
            }
            graft(answer.path("json").path("data").path("things"), link.id(), topLevel, stub.siblings(), comments, stubs);
        }
        return new FetchedAnswers(thread, RedditThreadFormat::reader, "Reddit", notes);
    }

    /** Adds the fetched comments (in thread order: a parent before its replies) under their parents. */
    private static void graft(JsonNode things, String threadId, ArrayNode topLevel, ArrayNode fallback,
            Map<String, ObjectNode> comments, Deque<Stub> stubs) {
        if (!things.isArray()) {
            return;
        }
        for (JsonNode thing : things) {
            JsonNode data = thing.get("data");
            if (!thing.isObject() || data == null || !data.isObject()) {
                continue;
            }
            String parent = data.path("parent_id").asText("");
            ArrayNode siblings = parent.equals("t3_" + threadId) ? topLevel
                    : comments.containsKey(parent) ? replies(comments.get(parent)) : fallback;
            siblings.add(thing);
            Deque<ArrayNode> nested = new ArrayDeque<>();
            visit(siblings, thing, comments, stubs, nested);
            while (!nested.isEmpty()) {
                index(nested.pop(), comments, stubs);
            }
        }
    }

    /** Records the comments by name and the "load more" stubs that have ids to ask for, walking with a stack. */
    private static void index(ArrayNode listing, Map<String, ObjectNode> comments, Deque<Stub> stubs) {
        Deque<ArrayNode> pending = new ArrayDeque<>();
        pending.push(listing);
        while (!pending.isEmpty()) {
            ArrayNode siblings = pending.pop();
            for (JsonNode child : siblings) {
                visit(siblings, child, comments, stubs, pending);
            }
        }
    }

    private static void visit(ArrayNode siblings, JsonNode child, Map<String, ObjectNode> comments, Deque<Stub> stubs,
            Deque<ArrayNode> pending) {
        JsonNode data = child.get("data");
        if (!child.isObject() || data == null || !data.isObject()) {
            return;
        }
        String kind = child.path("kind").asText("");
        if (kind.equals("more")) {
            JsonNode ids = data.get("children");
            if (ids != null && ids.isArray() && !ids.isEmpty()) {
                stubs.addLast(new Stub(siblings, (ObjectNode) child));
            }
        } else if (kind.equals("t1")) {
            comments.put(data.path("name").asText(""), (ObjectNode) data);
            JsonNode replies = data.get("replies");
            ArrayNode nested = replies != null && replies.isObject() ? childrenOrNull(replies) : null;
            if (nested != null) {
                pending.push(nested);
            }
        }
    }

    private static void remove(Stub stub) {
        for (int i = 0; i < stub.siblings().size(); i++) {
            if (stub.siblings().get(i) == stub.entry()) {
                stub.siblings().remove(i);
                return;
            }
        }
    }

    /** The replies list of a comment, made when it has none yet (Reddit writes "" then). */
    private static ArrayNode replies(ObjectNode comment) {
        ArrayNode existing = comment.get("replies") != null && comment.get("replies").isObject()
                ? childrenOrNull(comment.get("replies")) : null;
        if (existing != null) {
            return existing;
        }
        ObjectNode listing = comment.putObject("replies");
        listing.put("kind", "Listing");
        return listing.putObject("data").putArray("children");
    }

    private static ArrayNode childrenOrNull(JsonNode listing) {
        JsonNode children = listing.path("data").path("children");
        return children.isArray() ? (ArrayNode) children : null;
    }

    private static ArrayNode children(JsonNode listing) throws FetchException {
        ArrayNode children = childrenOrNull(listing);
        if (children == null) {
            throw new FetchException("Reddit's answer holds no comment listing.");
        }
        return children;
    }
}
