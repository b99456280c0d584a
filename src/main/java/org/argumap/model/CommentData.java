package org.argumap.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What a statement imported from a comment thread holds in its {@link StatementContent#data()}:
 * the comment's score, its id on the site, whether it was deleted or removed, and whether its author
 * is treated as a bot. The thread readers write these keys; the boxes, the inspector, the
 * moderation filter and the thread update read them. Kept in the data rather than in fields of
 * their own so that any format with key/value data (Argdown's {@code {data}}) carries them, and so
 * that the file format needs no change.
 */
public final class CommentData {
    public static final String SCORE = "score";
    public static final String SCORE_HIDDEN = "score-hidden";
    public static final String SOURCE_ID = "source-id";
    public static final String STATUS = "status";
    /** "true" on each comment of an author the moderator marked as a bot. */
    public static final String AUTHOR_BOT = "author-bot";
    /**
     * The site ids, comma-separated, of the comments merged into this statement as duplicates:
     * the thread update knows them as present, the summary counts them as said again.
     */
    public static final String MERGED_SOURCE_IDS = "merged-source-ids";

    /**
     * Accounts that post on their own on the sites we import, recognised without being marked.
     * Lower case; compared without case.
     */
    public static final Set<String> KNOWN_BOTS = Set.of("automoderator", "lemmy-bot", "autotldr", "remindmebot",
            "sneakpeekbot", "wikisummarizerbot", "savevideo", "repostsleuthbot", "botdefense", "piefed-bot");

    private CommentData() {
    }

    /** Whether the statement came from a thread: it has the comment's id on the site or a score. */
    public static boolean isComment(StatementContent content) {
        Map<String, String> data = content.data();
        return data.containsKey(SOURCE_ID) || data.containsKey(SCORE) || data.containsKey(SCORE_HIDDEN);
    }

    /** The comment's score, if the site gave one and did not hide it. */
    public static OptionalLong score(StatementContent content) {
        String value = content.data().get(SCORE);
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public static boolean isScoreHidden(StatementContent content) {
        return "true".equals(content.data().get(SCORE_HIDDEN));
    }

    /** The comment's id on its site; empty for a statement that did not come from a thread. */
    public static String sourceId(StatementContent content) {
        return content.data().getOrDefault(SOURCE_ID, "");
    }

    /** Whether the comment was deleted by its author or removed by the site's moderators. */
    public static boolean isGone(StatementContent content) {
        String status = content.data().get(STATUS);
        return "deleted".equals(status) || "removed".equals(status);
    }

    /** Whether the author is treated as a bot: marked so by the moderator, or a well-known bot account. */
    public static boolean isBot(StatementContent content) {
        return "true".equals(content.data().get(AUTHOR_BOT)) || isKnownBot(content.author());
    }

    public static boolean isKnownBot(String author) {
        String name = author.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("u/") || name.startsWith("@")) {
            name = name.substring(name.indexOf(name.startsWith("@") ? "@" : "/") + 1);
        }
        int at = name.indexOf('@');
        if (at > 0) {
            name = name.substring(0, at);
        }
        return KNOWN_BOTS.contains(name);
    }

    /** The content with the author marked as a bot, or no longer marked. */
    public static StatementContent withBotMark(StatementContent content, boolean bot) {
        Map<String, String> data = new LinkedHashMap<>(content.data());
        if (bot) {
            data.put(AUTHOR_BOT, "true");
        } else {
            data.remove(AUTHOR_BOT);
        }
        return content.withData(data);
    }
}
