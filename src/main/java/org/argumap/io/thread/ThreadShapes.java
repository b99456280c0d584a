package org.argumap.io.thread;

import org.argumap.io.ContentRecogniser;
import org.argumap.io.JsonShape;

/**
 * How the saved answers of each site's API look, for {@link org.argumap.io.FormatSniffer}: a thread
 * saved as plain {@code .json} (or under any name) is still imported with the right reader. A new
 * site's reader adds its shape here and to the sniffer's list.
 */
public final class ThreadShapes {
    /** {@code /comments/<id>.json}: a list of listings, the first holding the post ({@code t3}). */
    public static final ContentRecogniser REDDIT = ContentRecogniser.json(RedditThreadFormat.NAME, ThreadShapes::isReddit);

    /**
     * Lemmy's {@code GetPost} and {@code GetComments} answers in any of the arrangements its reader
     * takes: alone, together in one object, wrapped as {@code {"post", "comments"}}, or in a list.
     */
    public static final ContentRecogniser LEMMY = ContentRecogniser.json(LemmyThreadFormat.NAME, ThreadShapes::isLemmy);

    /** hn.algolia.com's {@code /api/v1/items/<id>}: one item with its replies nested in {@code children}. */
    public static final ContentRecogniser HACKER_NEWS = ContentRecogniser.json(HackerNewsThreadFormat.NAME,
            ThreadShapes::isHackerNews);

    /** Discourse's {@code /t/<id>.json}: the topic with its posts under {@code post_stream}. */
    public static final ContentRecogniser DISCOURSE = ContentRecogniser.json(DiscourseThreadFormat.NAME,
            json -> !json.isArray() && json.has("post_stream.posts[].post_number"));

    private ThreadShapes() {
    }

    private static boolean isReddit(JsonShape json) {
        return json.isArray() && "Listing".equals(json.value("[].kind")) && json.has("[].data.children");
    }

    private static boolean isHackerNews(JsonShape json) {
        return !json.isArray() && json.has("children") && json.has("created_at_i") && !json.value("id").isEmpty();
    }

    private static boolean isLemmy(JsonShape json) {
        for (String top : new String[] {"", "[]."}) {
            // Lemmy 1.0 pages hold their comments under "items"; PieFed answers as Lemmy 0.19 does.
            if (json.has(top + "post_view.post") || json.has(top + "comments[].comment") || json.has(top + "items[].comment")
                    || json.has(top + "comments.items[].comment")
                    || json.has(top + "post.post_view") || json.has(top + "comments.comments[].comment")) {
                return true;
            }
        }
        return false;
    }
}
