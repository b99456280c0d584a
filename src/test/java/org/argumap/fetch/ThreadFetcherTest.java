package org.argumap.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.argumap.io.thread.ThreadImportOptions;
import org.argumap.model.ArgumentMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Imports a thread of each site from a link, against a server on the loopback address that
 * answers as the site's documented API does, and compares the map with the thread served: texts,
 * authors, scores and the shape of the tree.
 */
class ThreadFetcherTest {
    private RecordedSite site;
    private final List<URI> progress = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        site = new RecordedSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private FetchedThread fetch(String link, FetchSettings settings) throws FetchException {
        return new ThreadFetcher(settings, site.addresses())
                .fetch(link, ThreadImportOptions.DEFAULTS, (n, address) -> progress.add(address), () -> false);
    }

    private FetchedThread fetch(String link) throws FetchException {
        return fetch(link, FetchSettings.DEFAULTS.withPageSize(2));
    }

    @Test
    void aRedditThreadWithItsLoadMoreCommentsFetched() throws FetchException {
        site.json("/comments/abc123.json?limit=500&raw_json=1", "reddit-thread.json")
                .json("/api/morechildren.json?api_type=json&raw_json=1&link_id=t3_abc123&children=c4,c6", "reddit-more-1.json")
                .json("/api/morechildren.json?api_type=json&raw_json=1&link_id=t3_abc123&children=c5", "reddit-more-2.json");

        FetchedThread thread = fetch("https://old.reddit.com/r/pets/comments/abc123/cats_or_dogs/");

        assertEquals("""
                Which make better pets? | op | 120
                  Cats: they clean themselves. | alice | 40
                    But they scratch the furniture. | bob | 12
                    Cats are quieter too. | frank | 3
                  Dogs, for the walks. | carol | 30
                  Neither: fish. | dave | 5
                    Fish are boring. | erin | 2
                """, MapOutline.of(thread.result().map()));
        assertEquals(List.of(), thread.result().warnings(), "every comment was fetched");
        assertEquals(3, thread.requests());
        assertEquals(3, progress.size(), "each answer is reported");
        assertEquals("Cats or dogs?", thread.result().map().info().title());
    }

    @Test
    void redditStopsAskingForMoreAtTheLimitAndSaysSo() throws FetchException {
        site.json("/comments/abc123.json?limit=500&raw_json=1", "reddit-thread.json")
                .json("/api/morechildren.json?api_type=json&raw_json=1&link_id=t3_abc123&children=c4,c6", "reddit-more-1.json");

        FetchedThread thread = fetch("https://redd.it/abc123", FetchSettings.DEFAULTS.withMaxMoreRequests(1));

        assertTrue(MapOutline.of(thread.result().map()).contains("Fish are boring."));
        assertTrue(thread.result().warnings().get(0).startsWith("Stopped loading more comments after 1 requests"),
                thread.result().warnings().toString());
        assertTrue(thread.result().warnings().stream().anyMatch(w -> w.contains("1 further comment was not in the file")),
                thread.result().warnings().toString());
    }

    @Test
    void aLemmy019ThreadOverSeveralPages() throws FetchException {
        lemmyNodeInfo("nodeinfo-lemmy-0.19.json");
        String list = "/api/v3/comment/list?post_id=42&sort=Old&limit=2&type_=All&page=";
        site.json("/api/v3/post?id=42", "lemmy-v3-post.json")
                .json(list + "1", "lemmy-v3-page1.json")
                .json(list + "2", "lemmy-v3-page2.json")
                .json(list + "3", "lemmy-empty-page.json");

        FetchedThread thread = fetch("https://lemmy.example/post/42");

        assertEquals("""
                Our council votes next week. | mayor@lemmy.example | 25
                  Yes: the air gets cleaner. | ann@lemmy.example | 9
                    [deleted] | ann@lemmy.example | 1
                  No: shops lose customers. | ben@other.example | 4
                    Studies show shops gain walkers. | cleo@lemmy.example | 6
                """, MapOutline.of(thread.result().map()));
        assertEquals("Lemmy", thread.site());
        assertEquals(6, thread.requests(), "nodeinfo twice, the post, three pages");
        assertEquals(List.of(), thread.result().warnings());
        assertTrue(thread.result().map().info().description().contains("Lemmy thread in !urbanism@lemmy.example"));
    }

    @Test
    void aLemmy10ThreadFollowsItsPageCursors() throws FetchException {
        lemmyNodeInfo("nodeinfo-lemmy-1.0.json");
        String list = "/api/v4/comment/list?post_id=7&sort=Old&limit=2";
        site.json("/api/v4/post?id=7", "lemmy-v4-post.json")
                .json(list, "lemmy-v4-page1.json")
                .json(list + "&page_cursor=Pc201x", "lemmy-v4-page2.json");

        FetchedThread thread = fetch("https://lemmy.example/post/7");

        assertEquals("""
                Is remote work here to stay? | dana@lemmy.example | 17
                  Yes, offices cost too much. | eve@lemmy.example | 8
                    Rents fell, so no. | fay@far.example | -2
                  [removed] | gus@lemmy.example | 3
                """, MapOutline.of(thread.result().map()));
        ArgumentMap map = thread.result().map();
        assertEquals("2025-09-01T09:30:00Z", map.statements().stream().filter(s -> s.text().startsWith("Rents"))
                .findFirst().orElseThrow().content().date(), "Lemmy 1.0's published_at is the time");
        assertEquals(List.of(), thread.result().warnings());
    }

    @Test
    void aPieFedThreadThroughItsLemmyCompatibleApi() throws FetchException {
        site.json("/.well-known/nodeinfo", "nodeinfo-links.json")
                .json("/nodeinfo/2.1", "nodeinfo-piefed.json");
        String list = "/api/alpha/comment/list?post_id=9&sort=Old&limit=2&page=";
        site.json("/api/alpha/post?id=9", "piefed-post.json")
                .json(list + "1", "piefed-page1.json")
                .json(list + "2", "lemmy-empty-page.json");

        FetchedThread thread = fetch("https://lemmy.example/post/9");

        assertEquals("""
                Trial results are in. | hana@piefed.example | 30
                  Productivity held up in the trial. | ivo@piefed.example | 11
                    Only for office jobs, though. | jo@lemmy.example | 5
                """, MapOutline.of(thread.result().map()));
        assertEquals("PieFed", thread.site());
        assertTrue(thread.result().map().info().description().startsWith("A PieFed thread"));
    }

    @Test
    void aHackerNewsItemFromItsApi() throws FetchException {
        site.json("/api/v1/items/8863", "hn-item.json");

        FetchedThread thread = fetch("https://news.ycombinator.com/item?id=8863");

        assertEquals("""
                My YC app: Dropbox - Throw away your USB drive | dhouston | 111
                  You can already build such a system yourself quite trivially by getting an FTP account, mounting it\
                 locally with curlftpfs, and then using SVN or CVS on the mounted filesystem.⏎⏎For a Linux user, you're\
                 *already* there. | BrandonM | -
                    Good points. See [the FAQ](http://example.com/faq) & the demo. | dhouston | -
                  [deleted] |  | -
                    Looks promising. | pg | -
                """, MapOutline.of(thread.result().map()));
        assertEquals("https://news.ycombinator.com/item?id=9224", thread.result().map().statements().stream()
                .filter(s -> s.text().startsWith("Good points")).findFirst().orElseThrow().content().url());
    }

    @Test
    void aDiscourseTopicWithTheRestOfItsPosts() throws FetchException {
        site.json("/t/77.json", "discourse-topic.json")
                .json("/t/77/posts.json?post_ids%5B%5D=15&post_ids%5B%5D=16", "discourse-posts.json");

        FetchedThread thread = fetch("https://forum.example/t/tabs-or-spaces/77");

        assertEquals("""
                Which should our style guide require? | kim | 4
                  Spaces: they look **the same** everywhere. | lee | 3
                    > they look the same⏎⏎Tabs let each reader choose the width. | max | 0
                      Width is set in the editor anyway. | nia | 1
                  [deleted] | oli | 0
                """, MapOutline.of(thread.result().map()));
        assertEquals("https://forum.example/t/tabs-or-spaces/77/5", thread.result().map().statements().stream()
                .filter(s -> s.text().startsWith("Width")).findFirst().orElseThrow().content().url());
        assertEquals("Tabs or spaces?", thread.result().map().info().title());
    }

    @Test
    void onlyGetRequestsNamingArgumapWithoutCookiesOrCredentials() throws FetchException {
        site.json("/api/v1/items/8863", "hn-item.json");

        fetch("https://news.ycombinator.com/item?id=8863");

        RecordedSite.Request request = site.requests.get(0);
        assertEquals("GET", request.method());
        assertTrue(request.headers().get("User-agent").get(0).startsWith("Argumap/"), request.headers().toString());
        assertTrue(request.headers().keySet().stream().noneMatch(h -> h.equalsIgnoreCase("Cookie")
                || h.equalsIgnoreCase("Authorization")), request.headers().toString());
    }

    private void lemmyNodeInfo(String software) {
        site.json("/.well-known/nodeinfo", "nodeinfo-links.json").json("/nodeinfo/2.1", software);
    }
}
