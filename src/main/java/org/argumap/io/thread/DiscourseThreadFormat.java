package org.argumap.io.thread;

import java.nio.file.Path;
import java.util.List;
import org.argumap.io.MapReadException;
import org.argumap.io.MapReader;
import org.argumap.io.ReadResult;

/**
 * A Discourse topic as {@code /t/<id>.json} gives it, read into a draft map of unclassified
 * replies. Specified in {@code src/site/markdown/formats/threads.md}.
 */
public final class DiscourseThreadFormat {
    public static final String NAME = "discourse";
    public static final String LABEL = "Discourse topic (JSON)";
    public static final List<String> EXTENSIONS = List.of(".discourse.json");
    /** The top-level field in which a fetched topic records its site's address, for the links to each post. */
    public static final String SITE_FIELD = DiscourseThreadReader.SITE_FIELD;

    /** The whole topic as the file has it ({@link ThreadImportOptions#DEFAULTS}). */
    public static final MapReader READER = reader(ThreadImportOptions.DEFAULTS);

    private DiscourseThreadFormat() {
    }

    /** A reader that applies these options, as the import dialog chooses them. */
    public static MapReader reader(ThreadImportOptions options) {
        return MapReader.of(NAME, LABEL, EXTENSIONS, (content, file) -> DiscourseThreadReader.read(content, file, options));
    }

    /** Reads from bytes; {@code file} is what messages call the input. */
    public static ReadResult read(byte[] content, Path file, ThreadImportOptions options) throws MapReadException {
        return DiscourseThreadReader.read(content, file, options);
    }
}
