package org.argumap.ui.exchange;

import java.util.Map;
import java.util.function.Function;
import org.argumap.io.MapReader;
import org.argumap.io.thread.DiscourseThreadFormat;
import org.argumap.io.thread.HackerNewsThreadFormat;
import org.argumap.io.thread.LemmyThreadFormat;
import org.argumap.io.thread.RedditThreadFormat;
import org.argumap.io.thread.ThreadImportOptions;

/**
 * The comment-thread readers, which take options (minimum score, maximum depth, skip deleted)
 * that the registry's default readers leave at "keep everything"; the import dialog asks for
 * them before reading.
 */
public final class ThreadReaders {
    private static final Map<String, Function<ThreadImportOptions, MapReader>> WITH_OPTIONS = Map.of(
            RedditThreadFormat.NAME, RedditThreadFormat::reader,
            LemmyThreadFormat.NAME, LemmyThreadFormat::reader,
            HackerNewsThreadFormat.NAME, HackerNewsThreadFormat::reader,
            DiscourseThreadFormat.NAME, DiscourseThreadFormat::reader);

    private ThreadReaders() {
    }

    public static boolean isThread(MapReader reader) {
        return WITH_OPTIONS.containsKey(reader.name());
    }

    /** The same reader applying these options; {@code reader} must be a thread reader. */
    public static MapReader withOptions(MapReader reader, ThreadImportOptions options) {
        Function<ThreadImportOptions, MapReader> factory = WITH_OPTIONS.get(reader.name());
        if (factory == null) {
            throw new IllegalArgumentException(reader.name() + " is not a comment-thread reader");
        }
        return factory.apply(options);
    }
}
