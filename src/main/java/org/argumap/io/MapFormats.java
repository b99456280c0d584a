package org.argumap.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.argumap.io.aif.AifFormat;
import org.argumap.io.argdown.ArgdownFormat;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.io.kialo.KialoFormat;
import org.argumap.io.outline.OutlineFormat;
import org.argumap.io.thread.DiscourseThreadFormat;
import org.argumap.io.thread.HackerNewsThreadFormat;
import org.argumap.io.thread.LemmyThreadFormat;
import org.argumap.io.thread.RedditThreadFormat;

/**
 * Every format Argumap reads or writes, registered once here and used by File > Import and
 * Export, by dropping a file on the window, and by the command line.
 */
public final class MapFormats {
    private static final List<MapReader> READERS = List.of(
            ArgumapJsonFormat.READER,
            ArgdownFormat.READER,
            AifFormat.READER,
            KialoFormat.READER,
            RedditThreadFormat.READER,
            LemmyThreadFormat.READER,
            HackerNewsThreadFormat.READER,
            DiscourseThreadFormat.READER);
    private static final List<MapWriter> WRITERS = List.of(
            ArgumapJsonFormat.WRITER,
            ArgdownFormat.WRITER,
            AifFormat.WRITER,
            AifFormat.NODESET_WRITER,
            OutlineFormat.WRITER);

    private MapFormats() {
    }

    public static List<MapReader> readers() {
        return READERS;
    }

    public static List<MapWriter> writers() {
        return WRITERS;
    }

    public static Optional<MapReader> reader(String name) {
        return READERS.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public static Optional<MapWriter> writer(String name) {
        return WRITERS.stream().filter(w -> w.name().equals(name)).findFirst();
    }

    /** The reader whose extension the file name ends with, the longest match winning (.argumap.json over .json). */
    public static Optional<MapReader> readerFor(Path file) {
        String fileName = lowerName(file);
        return READERS.stream()
                .filter(r -> r.extensions().stream().anyMatch(fileName::endsWith))
                .max((a, b) -> Integer.compare(longestMatch(a.extensions(), fileName), longestMatch(b.extensions(), fileName)));
    }

    public static Optional<MapWriter> writerFor(Path file) {
        String fileName = lowerName(file);
        return WRITERS.stream()
                .filter(w -> w.extensions().stream().anyMatch(fileName::endsWith))
                .max((a, b) -> Integer.compare(longestMatch(a.extensions(), fileName), longestMatch(b.extensions(), fileName)));
    }

    private static String lowerName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }

    private static int longestMatch(List<String> extensions, String fileName) {
        return extensions.stream().filter(fileName::endsWith).mapToInt(String::length).max().orElse(0);
    }
}
