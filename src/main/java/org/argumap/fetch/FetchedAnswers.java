package org.argumap.fetch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.function.Function;
import org.argumap.io.MapReader;
import org.argumap.io.thread.ThreadImportOptions;

/**
 * A site's answers for one thread, put together as the saved file of that site's reader would
 * hold them, with what the fetch itself has to say (a limit reached).
 *
 * @param document the answers as one JSON document
 * @param reader   the reader of the site's saved files, with the import's options
 * @param site     the site's software for people ("Lemmy 0.19", "Reddit")
 */
record FetchedAnswers(JsonNode document, Function<ThreadImportOptions, MapReader> reader, String site, List<String> notes) {
    private static final ObjectMapper JSON = new ObjectMapper();

    FetchedAnswers {
        notes = List.copyOf(notes);
    }

    /** Indented, so that a warning's line number points at one comment. */
    byte[] bytes() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed tree always writes", e);
        }
    }
}
