package org.argumap.fetch;

/** The APIs of the self-hosted link aggregators, which answer a thread in the same shapes. */
enum FediverseApi {
    /** Lemmy up to 0.19: numbered pages of comments. */
    LEMMY_V3("Lemmy", "/api/v3"),
    /** Lemmy 1.0: pages of comments chained by a {@code next_page} cursor. */
    LEMMY_V4("Lemmy", "/api/v4"),
    /** PieFed's Lemmy-compatible API: numbered pages. */
    PIEFED("PieFed", "/api/alpha");

    final String software;
    final String root;

    FediverseApi(String software, String root) {
        this.software = software;
        this.root = root;
    }
}
