package org.argumap.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.argumap.io.thread.LemmyThreadFormat;

/**
 * A Lemmy or PieFed post: the instance says which API it speaks, then the post and every page of
 * its comments, oldest first, as a list of answers the Lemmy reader takes
 * ({@code [GetPost, GetComments, GetComments, …]}).
 */
final class FediverseFetch implements SiteFetch {
    private final int pageSize;

    FediverseFetch(int pageSize) {
        this.pageSize = pageSize;
    }

    @Override
    public FetchedAnswers fetch(ThreadLink link, JsonGetter get) throws FetchException {
        FediverseApi api = InstanceProbe.apiOf(link, get);
        ArrayNode answers = JsonNodeFactory.instance.arrayNode();
        JsonNode post = get.json(link.at(api.root + "/post?id=" + link.id()));
        if (!post.has("post_view")) {
            throw new FetchException(link.link() + ": " + link.host() + " answered, but not with a post (no \"post_view\").");
        }
        answers.add(post);
        List<String> notes = new ArrayList<>();
        String list = api.root + "/comment/list?post_id=" + link.id() + "&sort=Old&limit=" + pageSize;
        if (api == FediverseApi.LEMMY_V3) {
            list += "&type_=All";
        }
        Set<String> cursors = new HashSet<>();
        int page = 1;
        String cursor = null;
        while (true) {
            if (!get.mayAskAgain()) {
                notes.add("Stopped after " + (page - 1) + " pages of comments (the limit of requests); the thread has more.");
                break;
            }
            String address = api == FediverseApi.LEMMY_V4
                    ? list + (cursor == null ? "" : "&page_cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8))
                    : list + "&page=" + page;
            JsonNode answer = get.json(link.at(address));
            JsonNode comments = answer.has("items") ? answer.get("items") : answer.get("comments");
            if (comments == null || !comments.isArray()) {
                throw new FetchException(link.at(address) + " answered, but not with comments.");
            }
            answers.add(answer);
            if (api == FediverseApi.LEMMY_V4) {
                cursor = answer.path("next_page").isTextual() ? answer.get("next_page").asText() : null;
                if (comments.isEmpty() || cursor == null || cursor.isEmpty() || !cursors.add(cursor)) {
                    break;
                }
            } else if (comments.size() < pageSize) {
                break;
            }
            page++;
        }
        return new FetchedAnswers(answers, LemmyThreadFormat::reader, api.software, notes);
    }
}
