package org.argumap.fetch;

import java.time.Duration;

/**
 * The limits of one fetch.
 *
 * @param timeout        how long one request may take, connecting and reading included
 * @param maxBytes       the largest answer read; a larger one fails the fetch
 * @param maxRequests    requests per thread at most: a thread of tens of thousands of comments
 *                       stops there, and the map says how many comments it lacks
 * @param maxMoreRequests of those, how many may fetch Reddit's "load more comments"
 * @param pageSize       comments asked for per page, where the site pages them (Lemmy, PieFed)
 */
public record FetchSettings(Duration timeout, long maxBytes, int maxRequests, int maxMoreRequests, int pageSize) {
    public static final FetchSettings DEFAULTS = new FetchSettings(Duration.ofSeconds(30), 20L * 1024 * 1024, 200, 50, 50);

    public FetchSettings {
        if (timeout.isNegative() || timeout.isZero() || maxBytes <= 0 || maxRequests <= 0 || maxMoreRequests < 0 || pageSize <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public FetchSettings withTimeout(Duration value) {
        return new FetchSettings(value, maxBytes, maxRequests, maxMoreRequests, pageSize);
    }

    public FetchSettings withMaxBytes(long value) {
        return new FetchSettings(timeout, value, maxRequests, maxMoreRequests, pageSize);
    }

    public FetchSettings withMaxRequests(int value) {
        return new FetchSettings(timeout, maxBytes, value, maxMoreRequests, pageSize);
    }

    public FetchSettings withMaxMoreRequests(int value) {
        return new FetchSettings(timeout, maxBytes, maxRequests, value, pageSize);
    }

    public FetchSettings withPageSize(int value) {
        return new FetchSettings(timeout, maxBytes, maxRequests, maxMoreRequests, value);
    }
}
