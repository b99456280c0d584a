package org.argumap.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.argumap.io.thread.DiscourseThreadFormat;

/**
 * A Discourse topic: {@code /t/ID.json} holds the first posts and the ids of all of them
 * ({@code post_stream.stream}); the rest come from {@code /t/ID/posts.json?post_ids[]=…}, 20 at a
 * time, and are added to the topic's posts. The site's address is recorded for the links to each post.
 */
final class DiscourseFetch implements SiteFetch {
    static final int POSTS_PER_REQUEST = 20;

    @Override
    public FetchedAnswers fetch(ThreadLink link, JsonGetter get) throws FetchException {
        JsonNode topic = get.json(link.at("/t/" + link.id() + ".json"));
        JsonNode posts = topic.path("post_stream").path("posts");
        if (!topic.isObject() || !posts.isArray()) {
            throw new FetchException(link.link() + ": " + link.host() + " answered, but not with a Discourse topic"
                    + " (no \"post_stream\"). Is this a Discourse forum?");
        }
        Set<Long> missing = new LinkedHashSet<>();
        topic.path("post_stream").path("stream").forEach(id -> missing.add(id.asLong()));
        posts.forEach(post -> missing.remove(post.path("id").asLong()));
        List<String> notes = new ArrayList<>();
        List<Long> left = new ArrayList<>(missing);
        for (int start = 0; start < left.size(); start += POSTS_PER_REQUEST) {
            if (!get.mayAskAgain()) {
                notes.add("Stopped before " + (left.size() - start) + " posts of the topic (the limit of requests).");
                break;
            }
            String ids = left.subList(start, Math.min(left.size(), start + POSTS_PER_REQUEST)).stream()
                    .map(id -> "post_ids%5B%5D=" + id).collect(Collectors.joining("&"));
            JsonNode more = get.json(link.at("/t/" + link.id() + "/posts.json?" + ids)).path("post_stream").path("posts");
            if (more.isArray()) {
                ((ArrayNode) posts).addAll((ArrayNode) more);
            }
        }
        ((ObjectNode) topic).put(DiscourseThreadFormat.SITE_FIELD, link.at("").toString());
        return new FetchedAnswers(topic, DiscourseThreadFormat::reader, "Discourse", notes);
    }
}
