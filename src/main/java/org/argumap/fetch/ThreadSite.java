package org.argumap.fetch;

/** The kinds of site a link can lead to, as recognised from the link alone. */
public enum ThreadSite {
    REDDIT("Reddit thread"),
    /** Lemmy or PieFed: self-hosted on any domain; which one, and which API, the instance tells. */
    LEMMY_OR_PIEFED("Lemmy or PieFed thread"),
    HACKER_NEWS("Hacker News thread"),
    DISCOURSE("Discourse topic");

    private final String label;

    ThreadSite(String label) {
        this.label = label;
    }

    /** For people: "Reddit thread". */
    public String label() {
        return label;
    }
}
