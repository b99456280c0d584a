package org.argumap.model;

import java.time.Instant;
import java.util.List;

/**
 * What the map as a whole is: its title, what it is about, where its material came from, who made
 * it and when.
 *
 * @param created  when the map was first made; null if unknown
 * @param modified when it was last saved with changes; null if unknown
 */
public record MapInfo(String title, String description, String sourceUrl, List<String> authors,
                      Instant created, Instant modified) {

    public static final MapInfo EMPTY = new MapInfo("", "", "", List.of(), null, null);

    public MapInfo {
        title = Attributes.text(title);
        description = Attributes.text(description);
        sourceUrl = Attributes.text(sourceUrl);
        authors = Attributes.list(authors);
    }

    public MapInfo withTitle(String value) {
        return new MapInfo(value, description, sourceUrl, authors, created, modified);
    }

    public MapInfo withDescription(String value) {
        return new MapInfo(title, value, sourceUrl, authors, created, modified);
    }

    public MapInfo withSourceUrl(String value) {
        return new MapInfo(title, description, value, authors, created, modified);
    }

    public MapInfo withAuthors(List<String> value) {
        return new MapInfo(title, description, sourceUrl, value, created, modified);
    }

    public MapInfo withCreated(Instant value) {
        return new MapInfo(title, description, sourceUrl, authors, value, modified);
    }

    public MapInfo withModified(Instant value) {
        return new MapInfo(title, description, sourceUrl, authors, created, value);
    }
}
