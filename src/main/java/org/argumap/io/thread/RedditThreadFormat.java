package org.argumap.io.thread;

import java.nio.file.Path;
import java.util.List;
import org.argumap.io.InputFiles;
import org.argumap.io.MapReadException;
import org.argumap.io.MapReader;
import org.argumap.io.ReadResult;

/**
 * A Reddit thread as {@code https://www.reddit.com/comments/<id>.json} returns it, read into a
 * draft map of unclassified replies. Specified in {@code src/site/markdown/formats/threads.md}.
 */
public final class RedditThreadFormat {
    public static final String NAME = "reddit";
    public static final String LABEL = "Reddit thread (JSON)";
    public static final List<String> EXTENSIONS = List.of(".reddit.json");

    /** The whole thread as the file has it ({@link ThreadImportOptions#DEFAULTS}). */
    public static final MapReader READER = reader(ThreadImportOptions.DEFAULTS);

    private RedditThreadFormat() {
    }

    /** A reader that applies these options, as the import dialog chooses them. */
    public static MapReader reader(ThreadImportOptions options) {
        return MapReader.of(NAME, LABEL, EXTENSIONS, (content, file) -> RedditThreadReader.read(content, file, options));
    }

    public static ReadResult read(Path file, ThreadImportOptions options) throws MapReadException {
        return read(InputFiles.read(file), file, options);
    }

    /** Reads from bytes; {@code file} is what messages call the input. */
    public static ReadResult read(byte[] content, Path file, ThreadImportOptions options) throws MapReadException {
        return RedditThreadReader.read(content, file, options);
    }
}
