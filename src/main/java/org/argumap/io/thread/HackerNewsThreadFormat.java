package org.argumap.io.thread;

import java.nio.file.Path;
import java.util.List;
import org.argumap.io.MapReadException;
import org.argumap.io.MapReader;
import org.argumap.io.ReadResult;

/**
 * A Hacker News thread as the Algolia API gives it ({@code https://hn.algolia.com/api/v1/items/<id>}),
 * read into a draft map of unclassified replies. Specified in {@code src/site/markdown/formats/threads.md}.
 */
public final class HackerNewsThreadFormat {
    public static final String NAME = "hackernews";
    public static final String LABEL = "Hacker News thread (JSON)";
    public static final List<String> EXTENSIONS = List.of(".hn.json");

    /** The whole thread as the file has it ({@link ThreadImportOptions#DEFAULTS}). */
    public static final MapReader READER = reader(ThreadImportOptions.DEFAULTS);

    private HackerNewsThreadFormat() {
    }

    /** A reader that applies these options, as the import dialog chooses them. */
    public static MapReader reader(ThreadImportOptions options) {
        return MapReader.of(NAME, LABEL, EXTENSIONS, (content, file) -> HackerNewsThreadReader.read(content, file, options));
    }

    /** Reads from bytes; {@code file} is what messages call the input. */
    public static ReadResult read(byte[] content, Path file, ThreadImportOptions options) throws MapReadException {
        return HackerNewsThreadReader.read(content, file, options);
    }
}
