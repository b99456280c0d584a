package org.argumap.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.argumap.io.thread.ThreadImportOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every way a fetch can fail ends in a message naming the address and saying what happened. */
class FetchFailuresTest {
    private static final String LINK = "https://news.ycombinator.com/item?id=8863";
    private static final String API = "/api/v1/items/8863";
    private static final String ADDRESS = "https://hn.algolia.com" + API;
    private RecordedSite site;

    @BeforeEach
    void start() throws IOException {
        site = new RecordedSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private FetchException failure(FetchSettings settings, AtomicBoolean cancelled) {
        ThreadFetcher fetcher = new ThreadFetcher(settings, site.addresses());
        return assertThrows(FetchException.class,
                () -> fetcher.fetch(LINK, ThreadImportOptions.DEFAULTS, FetchProgress.NONE, cancelled::get));
    }

    private FetchException failure() {
        return failure(FetchSettings.DEFAULTS, new AtomicBoolean());
    }

    @Test
    void notFound() {
        site.status(API, 404, Map.of());
        FetchException e = failure();
        assertTrue(e.getMessage().startsWith(ADDRESS + " answered 404 Not Found: there is no such thread"), e.getMessage());
    }

    @Test
    void tooManyRequestsSaysHowLongToWait() {
        site.status(API, 429, Map.of("Retry-After", "60"));
        FetchException e = failure();
        assertTrue(e.getMessage().startsWith(ADDRESS + " answered 429 Too Many Requests"), e.getMessage());
        assertTrue(e.getMessage().contains("it asks to wait 60 seconds"), e.getMessage());
    }

    @Test
    void serverError() {
        site.status(API, 500, Map.of());
        FetchException e = failure();
        assertTrue(e.getMessage().startsWith(ADDRESS + " answered 500 Internal Server Error: the site has a problem"),
                e.getMessage());
    }

    @Test
    void noAnswerInTime() {
        site.slow(API, 3_000);
        FetchException e = failure(FetchSettings.DEFAULTS.withTimeout(Duration.ofMillis(300)), new AtomicBoolean());
        assertTrue(e.getMessage().startsWith(ADDRESS + " did not answer within"), e.getMessage());
    }

    @Test
    void anAnswerLargerThanTheLimitIsNotRead() {
        site.large(API, 200_000);
        FetchException e = failure(FetchSettings.DEFAULTS.withMaxBytes(100_000), new AtomicBoolean());
        assertTrue(e.getMessage().startsWith(ADDRESS + " sent more than 100000 bytes"), e.getMessage());
    }

    @Test
    void anAnswerThatIsNotJson() {
        site.text(API, "text/html", "<!DOCTYPE html><html><body>Sign in</body></html>");
        FetchException e = failure();
        assertTrue(e.getMessage().startsWith(ADDRESS + " did not answer with JSON (the answer begins \"<!DOCTYPE html>"),
                e.getMessage());
    }

    @Test
    void aRedirectToAnotherHostIsRefused() {
        site.status(API, 302, Map.of("Location", "https://tracker.example/collect?id=8863"));
        FetchException e = failure();
        assertTrue(e.getMessage().startsWith(ADDRESS + " redirects to https://tracker.example/collect?id=8863, another site."),
                e.getMessage());
        assertEquals(1, site.requests.size(), "nothing was sent to the other host");
    }

    @Test
    void aRedirectWithinTheHostIsFollowed() throws FetchException {
        site.status(API, 301, Map.of("Location", "/api/v1/items/8863?moved=1"));
        site.json(API + "?moved=1", "hn-item.json");
        FetchedThread thread = new ThreadFetcher(FetchSettings.DEFAULTS, site.addresses())
                .fetch(LINK, ThreadImportOptions.DEFAULTS, FetchProgress.NONE, () -> false);
        assertEquals("My YC app: Dropbox - Throw away your USB drive", thread.result().map().info().title());
    }

    @Test
    void cancelStopsAWaitingRequest() {
        site.slow(API, 5_000);
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread canceller = new Thread(() -> {
            while (site.requests.isEmpty()) {
                Thread.onSpinWait();
            }
            cancelled.set(true);
        });
        canceller.start();
        FetchException e = failure(FetchSettings.DEFAULTS, cancelled);
        assertTrue(e instanceof FetchCancelledException, e.getMessage());
    }

    @Test
    void aCancelledFetchAsksNothingMore() {
        FetchException e = failure(FetchSettings.DEFAULTS, new AtomicBoolean(true));
        assertTrue(e instanceof FetchCancelledException);
        assertEquals(0, site.requests.size());
    }

    @Test
    void aLemmyLinkOnAnotherKindOfSiteIsNamed() {
        site.json("/.well-known/nodeinfo", "nodeinfo-links.json").json("/nodeinfo/2.1", "nodeinfo-mastodon.json");
        ThreadFetcher fetcher = new ThreadFetcher(FetchSettings.DEFAULTS, site.addresses());
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch("https://lemmy.example/post/3",
                ThreadImportOptions.DEFAULTS, FetchProgress.NONE, () -> false));
        assertTrue(e.getMessage().startsWith("lemmy.example runs mastodon, not Lemmy or PieFed"), e.getMessage());
    }
}
