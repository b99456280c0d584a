package org.argumap.fetch;

import java.net.URI;

/** Told after each answer arrives, on the fetching thread. */
@FunctionalInterface
public interface FetchProgress {
    FetchProgress NONE = (requests, address) -> { };

    /** @param requests how many answers have arrived so far, this one included */
    void fetched(int requests, URI address);
}
