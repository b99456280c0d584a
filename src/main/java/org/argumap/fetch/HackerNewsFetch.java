package org.argumap.fetch;

import java.net.URI;
import java.util.List;
import org.argumap.io.thread.HackerNewsThreadFormat;

/**
 * A Hacker News item with all its replies, in one request to the Algolia API, which Hacker News
 * documents as its search API (news.ycombinator.com itself has no JSON of its threads).
 */
final class HackerNewsFetch implements SiteFetch {
    static final String API_HOST = "hn.algolia.com";

    @Override
    public FetchedAnswers fetch(ThreadLink link, JsonGetter get) throws FetchException {
        URI address = URI.create("https://" + API_HOST + "/api/v1/items/" + link.id());
        return new FetchedAnswers(get.json(address), HackerNewsThreadFormat::reader, "Hacker News", List.of());
    }
}
