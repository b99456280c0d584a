package org.argumap.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which links are threads, of which site, asked of which host: from the address alone. */
class ThreadLinkTest {
    private static ThreadLink link(String text) throws FetchException {
        return ThreadLink.of(text);
    }

    @Test
    void redditThreadsInEveryForm() throws FetchException {
        assertEquals(new ThreadLink(ThreadSite.REDDIT, java.net.URI.create("https://www.reddit.com/r/pets/comments/abc123/cats/"),
                "www.reddit.com", "abc123"), link("https://www.reddit.com/r/pets/comments/abc123/cats/"));
        assertEquals("www.reddit.com", link("https://reddit.com/comments/abc123").host());
        assertEquals("old.reddit.com", link("https://old.reddit.com/r/pets/comments/ABC123/cats/def456/").host());
        assertEquals("abc123", link("https://old.reddit.com/r/pets/comments/ABC123/cats/def456/").id());
        assertEquals("www.reddit.com", link("https://redd.it/abc123").host());
    }

    @Test
    void otherSites() throws FetchException {
        assertEquals(ThreadSite.HACKER_NEWS, link("https://news.ycombinator.com/item?id=8863").site());
        assertEquals("8863", link("https://news.ycombinator.com/item?id=8863").id());
        assertEquals(ThreadSite.LEMMY_OR_PIEFED, link("https://lemmy.world/post/123").site());
        assertEquals("lemmy.world", link("https://lemmy.world/post/123").host());
        assertEquals(ThreadSite.DISCOURSE, link("https://meta.discourse.org/t/some-topic/77/3").site());
        assertEquals("77", link("https://meta.discourse.org/t/some-topic/77/3").id());
        assertEquals("77", link("https://meta.discourse.org/t/77").id());
    }

    @Test
    void refusedWithAReason() {
        assertTrue(assertThrows(FetchException.class, () -> link("http://lemmy.world/post/1")).getMessage()
                .startsWith("Argumap imports only from https:// addresses"));
        assertTrue(assertThrows(FetchException.class, () -> link("https://example.com/blog/1")).getMessage()
                .contains("is not the address of a thread Argumap knows"));
        assertTrue(assertThrows(FetchException.class, () -> link("https://www.reddit.com/r/pets/s/Xy12Ab")).getMessage()
                .contains("share link"));
        assertTrue(assertThrows(FetchException.class, () -> link("https://me:pw@lemmy.world/post/1")).getMessage()
                .contains("sends no credentials"));
        assertTrue(assertThrows(FetchException.class, () -> link("lemmy.world/post/1")).getMessage()
                .contains("should begin with https://"));
    }

    @Test
    void pastedTextThatIsAThreadLink() {
        assertTrue(ThreadLink.isThreadLink("  https://lemmy.world/post/123\n"));
        assertFalse(ThreadLink.isThreadLink("https://example.com/"));
        assertFalse(ThreadLink.isThreadLink("Main claim\n  https://lemmy.world/post/123"));
        assertFalse(ThreadLink.isThreadLink("a reason"));
    }
}
