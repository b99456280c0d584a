package org.argumap.fetch;

import org.argumap.io.MapReader;
import org.argumap.io.ReadResult;

/**
 * A thread fetched and read: the map with its warnings (the fetch's own first), the reader of
 * the site's saved answers that read it, the site's software ("Lemmy", "PieFed"), and how many
 * requests it took.
 */
public record FetchedThread(ReadResult result, MapReader reader, ThreadLink link, String site, int requests) {
    /** A name for the map, such as "reddit-abc123", which Save As offers. */
    public String documentName() {
        return link.documentName();
    }
}
