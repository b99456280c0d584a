package org.argumap.fetch;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.argumap.io.MapReadException;
import org.argumap.io.MapReader;
import org.argumap.io.ReadResult;
import org.argumap.io.thread.ThreadImportOptions;

/**
 * Imports a thread from its link: recognises the site, fetches the post and all its comments
 * within the settings' limits, and reads them with the site's reader and the import's options.
 * One fetcher serves many imports, one after another or at once; each import runs on the
 * caller's thread (never the FX thread) and stops when {@code cancelled} says so or the thread
 * is interrupted.
 */
public final class ThreadFetcher {
    private static final String USER_AGENT = "Argumap/" + version()
            + " (argument map editor; imports one thread when its user asks)";

    private final HttpClient client;
    private final FetchSettings settings;
    private final Addresses addresses;

    public ThreadFetcher(FetchSettings settings, Addresses addresses) {
        this.settings = Objects.requireNonNull(settings);
        this.addresses = Objects.requireNonNull(addresses);
        // No cookie handler, no authenticator, no redirects of its own: JsonGetter decides each of those.
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** The fetcher of the editor and the command line: the real sites, the default limits. */
    public static ThreadFetcher forInternet() {
        return new ThreadFetcher(FetchSettings.DEFAULTS, Addresses.INTERNET);
    }

    public FetchedThread fetch(String link, ThreadImportOptions options, FetchProgress progress, BooleanSupplier cancelled)
            throws FetchException {
        return fetch(ThreadLink.of(link), options, progress, cancelled);
    }

    public FetchedThread fetch(ThreadLink link, ThreadImportOptions options, FetchProgress progress,
            BooleanSupplier cancelled) throws FetchException {
        SiteFetch site = switch (link.site()) {
            case REDDIT -> new RedditFetch(settings.maxMoreRequests());
            case LEMMY_OR_PIEFED -> new FediverseFetch(settings.pageSize());
            case HACKER_NEWS -> new HackerNewsFetch();
            case DISCOURSE -> new DiscourseFetch();
        };
        Set<String> hosts = link.site() == ThreadSite.HACKER_NEWS ? Set.of(link.host(), HackerNewsFetch.API_HOST)
                : Set.of(link.host());
        JsonGetter get = new JsonGetter(client, settings, addresses, hosts, progress, cancelled, USER_AGENT);
        FetchedAnswers answers = site.fetch(link, get);
        // Messages name the thread as a file would be named: the reader's place, with the link beside it.
        Path name = Path.of(link.documentName() + ".json");
        ReadResult read;
        MapReader reader = answers.reader().apply(options);
        try {
            read = reader.read(answers.bytes(), name);
        } catch (MapReadException e) {
            throw new FetchException(link.link() + ": the site's answer could not be read as a " + answers.site()
                    + " thread: " + e.getMessage(), e);
        }
        List<String> warnings = new ArrayList<>(answers.notes());
        warnings.addAll(read.warnings());
        return new FetchedThread(new ReadResult(read.map(), warnings), reader, link, answers.site(), get.requests());
    }

    private static String version() {
        String version = ThreadFetcher.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
