package org.argumap.fetch;

import org.argumap.io.ReadResult;

/**
 * A thread fetched and read: the map with its warnings (the fetch's own first), what the site
 * was, a name for the map, and how many requests it took.
 */
public record FetchedThread(ReadResult result, ThreadLink link, String site, int requests) {
    /** "Imported … from Reddit". */
    public String documentName() {
        return link.documentName();
    }
}
