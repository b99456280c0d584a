package org.argumap.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.argumap.fetch.FetchException;
import org.argumap.fetch.FetchProgress;
import org.argumap.fetch.FetchedThread;
import org.argumap.fetch.ThreadFetcher;
import org.argumap.io.InputFiles;
import org.argumap.io.MapReadException;
import org.argumap.io.MapReader;
import org.argumap.io.ReadResult;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.io.thread.ThreadImportOptions;

/**
 * A map a command was given, read in the format asked for, or told by its name or its content; or
 * a thread fetched from an {@code https://} address.
 */
record MapInput(Path file, MapReader reader, ReadResult result) {
    /** Where links are fetched from: the sites themselves; tests put a server on the loopback address here. */
    static Supplier<ThreadFetcher> links = ThreadFetcher::forInternet;

    static MapInput read(Path file, String from) throws MapReadException, UsageException {
        String link = link(file);
        if (link != null) {
            return fetch(file, link, from);
        }
        if (from != null) {
            // An unknown --from is a usage error, said before the file is read.
            FormatChoice.reader(from, file, new byte[0]);
        }
        byte[] content = InputFiles.read(file);
        Optional<MapReader> told = FormatChoice.reader(from, file, content);
        MapReader reader = told.orElse(ArgumapJsonFormat.READER);
        try {
            return new MapInput(file, reader, reader.read(content, file));
        } catch (MapReadException e) {
            if (told.isPresent()) {
                throw e;
            }
            // Neither the name nor the content said what this is; read as a map, it was not one.
            String reason = e.reason().endsWith(".") ? e.reason().substring(0, e.reason().length() - 1) : e.reason();
            throw new MapReadException(e.file(), e.line(), e.column(), reason
                    + " (read as an Argumap map; name another format with --from: " + FormatChoice.readerNames() + ").", e);
        }
    }

    /**
     * The address the argument was, or null for a file. Arguments arrive as paths, which fold the
     * "//" after "https:" into one slash; a file of that name would need a folder called "https:".
     */
    static String link(Path file) {
        String typed = file.toString();
        if (!typed.regionMatches(true, 0, "https:/", 0, 7)) {
            return null;
        }
        return typed.regionMatches(true, 0, "https://", 0, 8) ? typed : "https://" + typed.substring(7);
    }

    /** The argument as the user typed it, for messages. */
    static String shown(Path file) {
        String link = link(file);
        return link == null ? file.toString() : link;
    }

    private static MapInput fetch(Path file, String link, String from) throws UsageException {
        if (from != null) {
            throw new UsageException("--from does not apply to an address: the site decides how its thread is read");
        }
        try {
            FetchedThread thread = links.get().fetch(link, ThreadImportOptions.DEFAULTS, FetchProgress.NONE, () -> false);
            return new MapInput(Path.of(thread.documentName() + ".json"), thread.reader(), thread.result());
        } catch (FetchException e) {
            throw new UsageException("could not import " + link + ": " + e.getMessage());
        }
    }
}
