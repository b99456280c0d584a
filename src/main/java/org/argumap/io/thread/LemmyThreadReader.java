package org.argumap.io.thread;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.model.MapInfo;
import org.argumap.io.json.LocatedTree;

/**
 * Reads Lemmy's API answers for one thread: a {@code GetPost} response ({@code post_view}) and
 * {@code GetComments} responses ({@code comments}), given as one object holding both, a list of
 * them (several comment pages allowed), an object {@code {"post": …, "comments": …}}, or the
 * comments alone, whose entries each carry the post. See {@code formats/threads.md}.
 */
final class LemmyThreadReader {
    private final LocatedTree json;
    private final List<String> warnings = new ArrayList<>();
    private final List<JsonNode> views = new ArrayList<>();
    private JsonNode postView;

    private LemmyThreadReader(LocatedTree json) {
        this.json = json;
    }

    static ReadResult read(byte[] content, Path file, ThreadImportOptions options) throws MapReadException {
        LocatedTree json = JsonFields.parse(content, file, "a Lemmy thread");
        return new LemmyThreadReader(json).read(options);
    }

    private ReadResult read(ThreadImportOptions options) throws MapReadException {
        JsonNode root = json.root();
        if (root.isArray()) {
            for (JsonNode response : root) {
                response(response);
            }
        } else {
            response(root);
        }
        if (postView == null && views.isEmpty()) {
            throw json.error(root, "This Lemmy file holds neither a post nor comments.");
        }
        JsonNode post = post();
        ThreadNode postNode = postNode(post);
        new LemmyComments(json, warnings, LemmyPeople::name).place(postNode, views, JsonFields.integer(post, "id"));
        JsonNode counts = postView == null ? null : JsonFields.object(postView, "counts");
        Long declared = counts != null ? JsonFields.integer(counts, "comments") : JsonFields.integer(post, "comments");
        MapInfo info = MapInfo.EMPTY.withTitle(postNode.title).withDescription(description())
                .withSourceUrl(JsonFields.text(post, "ap_id"));
        return new ThreadMapBuilder(options, warnings).build(postNode, info, declared);
    }

    /** One response: its {@code post_view}, its {@code comments}, or both. */
    private void response(JsonNode response) throws MapReadException {
        if (!response.isObject()) {
            throw json.error(response.isContainerNode() ? response : json.root(), "This is not a Lemmy API response:"
                    + " expected an object with \"post_view\" (GetPost) or \"comments\" or \"items\" (GetComments), but found "
                    + RedditThreadReader.describe(response) + ".");
        }
        JsonNode view = JsonFields.object(response, "post_view");
        JsonNode wrapped = JsonFields.object(response, "post");
        if (view == null && wrapped != null) {
            view = JsonFields.object(wrapped, "post_view");
        }
        // Lemmy 1.0 (/api/v4) pages its answers as {"items": [...], "next_page": …}; 0.19 and PieFed say "comments".
        JsonNode comments = response.has("comments") ? response.get("comments") : response.get("items");
        if (comments != null && comments.isObject() && (comments.has("comments") || comments.has("items"))) {
            comments = comments.has("comments") ? comments.get("comments") : comments.get("items");
        }
        if (view == null && comments == null) {
            throw json.error(response, "This is not a Lemmy API response: expected \"post_view\" (GetPost)"
                    + " or \"comments\" or \"items\" (GetComments) here.");
        }
        if (view != null && postView != null) {
            warnings.add(json.at(view).describe() + ": a second post was left out; a file holds one thread");
        } else if (view != null) {
            postView = view;
        }
        if (comments != null && !comments.isArray()) {
            String field = response.has("comments") ? "comments" : "items";
            throw json.error(response, "\"" + field + "\" should be a list of comments, but is "
                    + RedditThreadReader.describe(comments) + ".");
        }
        if (comments != null) {
            comments.forEach(views::add);
        }
    }

    /** The post: from the GetPost response, else from the first comment that carries it. */
    private JsonNode post() throws MapReadException {
        if (postView != null) {
            JsonNode post = JsonFields.object(postView, "post");
            if (post == null) {
                throw json.error(postView, "The \"post_view\" has no \"post\" object.");
            }
            return post;
        }
        for (JsonNode view : views) {
            JsonNode post = view.isObject() ? JsonFields.object(view, "post") : null;
            if (post != null) {
                warnings.add(json.at(post).describe() + ": the file holds no GetPost response; the post was taken from the"
                        + " comments, without its author and score");
                return post;
            }
        }
        warnings.add(json.at(json.root()).describe() + ": the file names no post; the main claim stands for it");
        return JsonNodeFactory.instance.objectNode().put("name", "The post (not in the file)");
    }

    private ThreadNode postNode(JsonNode post) {
        Long id = JsonFields.integer(post, "id");
        ThreadNode node = new ThreadNode(id == null ? "" : "post/" + id, json.at(post).describe());
        // Lemmy names the title "name", PieFed "title".
        node.title = JsonFields.firstText(post, "name", "title");
        String body = JsonFields.text(post, "body");
        node.text = body.isBlank() ? node.title : body;
        String link = JsonFields.text(post, "url");
        node.url = link.isEmpty() ? JsonFields.text(post, "ap_id") : link;
        node.date = JsonFields.timestamp(post, "published", "published_at");
        if (postView != null) {
            node.author = LemmyPeople.name(JsonFields.object(postView, "creator"));
            JsonNode counts = JsonFields.object(postView, "counts");
            node.score = counts != null ? JsonFields.integer(counts, "score") : JsonFields.integer(post, "score");
        }
        node.status = JsonFields.isTrue(post, "deleted") ? ThreadNode.Status.DELETED
                : JsonFields.isTrue(post, "removed") ? ThreadNode.Status.REMOVED : ThreadNode.Status.LIVE;
        return node;
    }

    private String description() {
        JsonNode community = postView == null ? null : JsonFields.object(postView, "community");
        String name = community == null ? "" : JsonFields.text(community, "name");
        String host = community == null ? "" : LemmyPeople.host(JsonFields.firstText(community, "actor_id", "ap_id"));
        String where = name.isEmpty() ? "" : " in !" + name + (host.isEmpty() ? "" : "@" + host);
        return "A " + site() + " thread" + where + ": each comment replies to what it answers;"
                + " classify the replies as support or attack.";
    }

    /** PieFed answers in Lemmy's shapes but names people "user_name"; that tells the two apart. */
    private String site() {
        JsonNode creator = postView == null ? null : JsonFields.object(postView, "creator");
        if (creator == null && !views.isEmpty() && views.get(0).isObject()) {
            creator = JsonFields.object(views.get(0), "creator");
        }
        return creator != null && creator.has("user_name") ? "PieFed" : "Lemmy";
    }

    /** Names of people and instances as Lemmy federates them: {@code name@instance}. */
    static final class LemmyPeople {
        private LemmyPeople() {
        }

        static String name(JsonNode creator) {
            if (creator == null) {
                return "";
            }
            // Lemmy 0.19 "actor_id", 1.0 "ap_id"; PieFed "user_name".
            String name = JsonFields.firstText(creator, "name", "user_name");
            String host = host(JsonFields.firstText(creator, "actor_id", "ap_id"));
            return name.isEmpty() || host.isEmpty() ? name : name + "@" + host;
        }

        static String host(String url) {
            try {
                String host = url.isEmpty() ? null : URI.create(url).getHost();
                return host == null ? "" : host;
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
    }
}
