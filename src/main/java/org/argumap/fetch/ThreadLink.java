package org.argumap.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link to a thread, recognised from its address alone: the kind of site, the host to ask
 * (the one in the link; www.reddit.com for reddit.com and redd.it), and the thread's id.
 * Lemmy, PieFed and Discourse run on any domain, so they are recognised by the shape of the path
 * ({@code /post/ID}, {@code /t/slug/ID}); whether the site really is one the fetch finds out.
 *
 * @param link the address as given
 */
public record ThreadLink(ThreadSite site, URI link, String host, String id) {
    private static final Set<String> REDDIT_HOSTS = Set.of("reddit.com", "www.reddit.com", "old.reddit.com",
            "new.reddit.com", "np.reddit.com", "m.reddit.com", "redd.it");
    private static final Pattern REDDIT_THREAD = Pattern.compile("(?:/r/[^/]+)?/comments/([a-z0-9]{1,12})(?:/.*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REDDIT_SHARE = Pattern.compile("/r/[^/]+/s/[^/]+/?");
    private static final Pattern SHORT_ID = Pattern.compile("/([a-z0-9]{1,12})/?", Pattern.CASE_INSENSITIVE);
    private static final Pattern HN_ID = Pattern.compile("(?:^|&)id=(\\d{1,12})(?:&|$)");
    private static final Pattern LEMMY_POST = Pattern.compile("/post/(\\d{1,12})(?:/\\d{1,12})?/?");
    private static final Pattern DISCOURSE_TOPIC = Pattern.compile("/t/(?:[^/]+/)?(\\d{1,12})(?:/\\d{1,9})?/?");

    /** Whether this text is an https link to a thread Argumap can fetch; for pasting a link on the window. */
    public static boolean isThreadLink(String text) {
        String candidate = text == null ? "" : text.strip();
        if (!candidate.regionMatches(true, 0, "https://", 0, 8) || candidate.contains("\n")) {
            return false;
        }
        try {
            of(candidate);
            return true;
        } catch (FetchException e) {
            return false;
        }
    }

    /** The thread this address leads to; a message saying why not otherwise. */
    public static ThreadLink of(String text) throws FetchException {
        String written = text == null ? "" : text.strip();
        if (written.isEmpty()) {
            throw new FetchException("Paste the address of a thread, such as https://lemmy.world/post/123.");
        }
        URI link;
        try {
            link = new URI(written);
        } catch (URISyntaxException e) {
            throw new FetchException("“" + written + "” is not a web address (" + e.getReason() + ").", e);
        }
        if (link.getScheme() == null || link.getHost() == null) {
            throw new FetchException("“" + written + "” is not a web address: it should begin with https://.");
        }
        if (!link.getScheme().equalsIgnoreCase("https")) {
            throw new FetchException("Argumap imports only from https:// addresses, not " + link.getScheme() + "://: "
                    + written);
        }
        if (link.getUserInfo() != null) {
            throw new FetchException("The address " + written + " holds a user name; Argumap sends no credentials."
                    + " Remove the part before @ and try again.");
        }
        String host = link.getHost().toLowerCase(Locale.ROOT);
        String path = link.getPath() == null || link.getPath().isEmpty() ? "/" : link.getPath();
        Optional<ThreadLink> recognised = reddit(link, host, path)
                .or(() -> hackerNews(link, host, path))
                .or(() -> match(DISCOURSE_TOPIC, path).map(id -> new ThreadLink(ThreadSite.DISCOURSE, link, host, id)))
                .or(() -> match(LEMMY_POST, path).map(id -> new ThreadLink(ThreadSite.LEMMY_OR_PIEFED, link, host, id)));
        if (recognised.isPresent()) {
            return recognised.get();
        }
        if (REDDIT_HOSTS.contains(host) && REDDIT_SHARE.matcher(path).matches()) {
            throw new FetchException(written + " is a Reddit share link, which only the browser can follow."
                    + " Open it, then copy the address it ends at (…/comments/…) and import that.");
        }
        throw new FetchException(written + " is not the address of a thread Argumap knows. It imports Reddit threads"
                + " (…/comments/ID/…), Lemmy and PieFed posts (…/post/ID), Hacker News items (news.ycombinator.com/item?id=ID)"
                + " and Discourse topics (…/t/slug/ID).");
    }

    private static Optional<ThreadLink> reddit(URI link, String host, String path) {
        if (!REDDIT_HOSTS.contains(host)) {
            return Optional.empty();
        }
        // old.reddit.com answers as www does; the bare domain and the short links redirect to www.
        String asked = host.equals("old.reddit.com") ? host : "www.reddit.com";
        Pattern pattern = host.equals("redd.it") ? SHORT_ID : REDDIT_THREAD;
        return match(pattern, path).map(id -> new ThreadLink(ThreadSite.REDDIT, link, asked, id.toLowerCase(Locale.ROOT)));
    }

    private static Optional<ThreadLink> hackerNews(URI link, String host, String path) {
        if (!host.equals("news.ycombinator.com") || !path.equals("/item") || link.getRawQuery() == null) {
            return Optional.empty();
        }
        Matcher id = HN_ID.matcher(link.getRawQuery());
        return id.find() ? Optional.of(new ThreadLink(ThreadSite.HACKER_NEWS, link, host, id.group(1))) : Optional.empty();
    }

    private static Optional<String> match(Pattern pattern, String path) {
        Matcher matcher = pattern.matcher(path);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** An address on the thread's host. */
    URI at(String pathAndQuery) {
        return URI.create("https://" + host + (link.getPort() > 0 && !host.endsWith("reddit.com") ? ":" + link.getPort() : "")
                + pathAndQuery);
    }

    /** A short name for the imported map, such as "reddit-abc123" or "lemmy.world-post-42". */
    public String documentName() {
        return switch (site) {
            case REDDIT -> "reddit-" + id;
            case HACKER_NEWS -> "hn-" + id;
            case DISCOURSE -> host + "-topic-" + id;
            case LEMMY_OR_PIEFED -> host + "-post-" + id;
        };
    }
}
