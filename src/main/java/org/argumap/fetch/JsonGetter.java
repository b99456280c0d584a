package org.argumap.fetch;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLException;

/**
 * The requests of one fetch: GET only, to the hosts it was allowed (the one the user named, and
 * a site's documented API host), over https, each within the timeout and size limit, with no
 * cookies or credentials. A redirect is followed only within the allowed hosts. Every failure
 * becomes a {@link FetchException} naming the address.
 */
final class JsonGetter {
    private static final int MAX_REDIRECTS = 3;
    private static final long POLL_MILLIS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final FetchSettings settings;
    private final Addresses addresses;
    private final Set<String> hosts;
    private final FetchProgress progress;
    private final BooleanSupplier cancelled;
    private final String userAgent;
    private int requests;

    JsonGetter(HttpClient client, FetchSettings settings, Addresses addresses, Set<String> hosts, FetchProgress progress,
            BooleanSupplier cancelled, String userAgent) {
        this.client = client;
        this.settings = settings;
        this.addresses = addresses;
        this.hosts = Set.copyOf(hosts);
        this.progress = progress;
        this.cancelled = cancelled;
        this.userAgent = userAgent;
    }

    int requests() {
        return requests;
    }

    /** Whether another request fits in the fetch's limit. */
    boolean mayAskAgain() {
        return requests < settings.maxRequests();
    }

    JsonNode json(URI address) throws FetchException {
        byte[] body = get(address);
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new FetchException(address + " answered with nothing where JSON was expected.");
            }
            return node;
        } catch (JacksonException e) {
            throw new FetchException(address + " did not answer with JSON (the answer begins \"" + beginning(body)
                    + "\"). Is this the address of a thread?", e);
        } catch (IOException e) {
            throw new FetchException(address + ": the answer could not be read (" + e.getMessage() + ").", e);
        }
    }

    byte[] get(URI address) throws FetchException {
        URI current = address;
        for (int hop = 0; ; hop++) {
            checkAllowed(current, address);
            HttpResponse<byte[]> response = send(current);
            int status = response.statusCode();
            if (status / 100 == 3 && response.headers().firstValue("Location").isPresent()) {
                URI target = redirect(current, response.headers());
                if (hop == MAX_REDIRECTS) {
                    throw new FetchException(address + " redirects more than " + MAX_REDIRECTS + " times; Argumap stopped there.");
                }
                current = target;
                continue;
            }
            if (status / 100 != 2) {
                throw new FetchException(HttpStatusMessages.of(current, status, response.headers()));
            }
            requests++;
            progress.fetched(requests, current);
            return response.body();
        }
    }

    private URI redirect(URI from, HttpHeaders headers) throws FetchException {
        String location = headers.firstValue("Location").orElseThrow();
        URI target;
        try {
            target = from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchException(from + " redirects to an address that is not one (\"" + location + "\").", e);
        }
        if (!"https".equalsIgnoreCase(target.getScheme()) || target.getHost() == null
                || !hosts.contains(target.getHost().toLowerCase(Locale.ROOT))) {
            throw new FetchException(from + " redirects to " + target + ", " + (target.getHost() == null ? "no site"
                    : "another site") + ". Argumap asks only the site you named; open the link in the browser and"
                    + " import from the address it ends at, if that is a thread.");
        }
        return target;
    }

    private void checkAllowed(URI current, URI asked) throws FetchException {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new FetchCancelledException();
        }
        String host = current.getHost() == null ? "" : current.getHost().toLowerCase(Locale.ROOT);
        if (!"https".equalsIgnoreCase(current.getScheme()) || !hosts.contains(host)) {
            // A bug, not the user's doing: the site's fetcher built an address it may not ask.
            throw new IllegalStateException("not allowed: " + current);
        }
        if (!mayAskAgain()) {
            throw new FetchException("Stopped before " + asked + ": the thread needs more than "
                    + settings.maxRequests() + " requests.");
        }
    }

    private HttpResponse<byte[]> send(URI address) throws FetchException {
        HttpRequest request = HttpRequest.newBuilder(addresses.resolve(address))
                .GET()
                .timeout(settings.timeout())
                .header("User-Agent", userAgent)
                .header("Accept", "application/json")
                .build();
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request, info -> info.statusCode() / 100 == 2
                ? new LimitedBody(settings.maxBytes())
                : HttpResponse.BodySubscribers.replacing(null));
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        try {
            while (true) {
                if (cancelled.getAsBoolean()) {
                    answer.cancel(true);
                    throw new FetchCancelledException();
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    answer.cancel(true);
                    throw timedOut(address);
                }
                try {
                    return answer.get(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, POLL_MILLIS), TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillWaiting) {
                    // check the cancel flag and the deadline again
                }
            }
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchCancelledException();
        } catch (ExecutionException e) {
            throw failure(address, e.getCause());
        }
    }

    private FetchException timedOut(URI address) {
        return new FetchException(address + " did not answer within " + settings.timeout().toSeconds()
                + " seconds. The site may be slow or down; try again later.");
    }

    private FetchException failure(URI address, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && !(root instanceof LimitedBody.TooLarge) && !(root instanceof HttpTimeoutException)) {
            root = root.getCause();
        }
        if (cause instanceof LimitedBody.TooLarge || root instanceof LimitedBody.TooLarge) {
            return new FetchException(address + " sent more than " + megabytes(settings.maxBytes())
                    + "; Argumap stopped reading. This is not a thread's answer, or a thread too large to import at once.");
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new FetchException("Could not connect to " + address.getHost() + " within "
                    + settings.timeout().toSeconds() + " seconds (for " + address + "). Check the connection and try again.");
        }
        if (cause instanceof HttpTimeoutException || root instanceof HttpTimeoutException) {
            return timedOut(address);
        }
        if (root instanceof UnknownHostException) {
            return new FetchException("There is no site " + address.getHost() + " (for " + address
                    + "), or this computer is offline. Check the address and the connection.", cause);
        }
        if (root instanceof SSLException) {
            return new FetchException("The secure connection to " + address.getHost() + " failed (" + root.getMessage()
                    + "), for " + address + ".", cause);
        }
        if (root instanceof ConnectException) {
            return new FetchException("Could not connect to " + address.getHost() + " (for " + address
                    + "). Check the address and the connection.", cause);
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new FetchException("The request for " + address + " failed: " + detail + ".", cause);
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private static String beginning(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 60), StandardCharsets.UTF_8).strip()
                .replaceAll("\\s+", " ");
        return text.length() < 40 ? text : text.substring(0, 40) + "…";
    }
}
