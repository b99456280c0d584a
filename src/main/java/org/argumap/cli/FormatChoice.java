package org.argumap.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.argumap.io.FormatSniffer;
import org.argumap.io.MapFormats;
import org.argumap.io.MapReader;
import org.argumap.io.MapWriter;

/**
 * Which reader or writer a command uses: the one named by {@code --from}/{@code --to}, else the one
 * whose extension the file name ends with, else (reading) the one the content is recognised as. Everything comes from {@link MapFormats}, so a format
 * registered there is known here without another line.
 */
final class FormatChoice {
    private FormatChoice() {
    }

    /**
     * The reader named, or the one the file name's extension claims, or the one its content is
     * recognised as (a Kialo export saved as {@code .txt}, a Reddit thread as {@code .json}); empty
     * when none of these says, and the file is then read as a map.
     */
    static Optional<MapReader> reader(String name, Path file, byte[] content) throws UsageException {
        if (name != null) {
            return Optional.of(named(name, MapFormats.reader(name), MapFormats.readers(), MapReader::name, "reads"));
        }
        Optional<MapReader> byName = MapFormats.readerFor(file);
        return byName.isPresent() ? byName : FormatSniffer.recognise(content);
    }

    /** The writer named, or chosen by the file name; there is no default, since guessing would write the wrong thing. */
    static MapWriter writer(String name, Path file) throws UsageException {
        if (name != null) {
            return named(name, MapFormats.writer(name), MapFormats.writers(), MapWriter::name, "writes");
        }
        return MapFormats.writerFor(file).orElseThrow(() -> new UsageException("cannot tell the format of '" + file
                + "' from its name; use --to (argumap writes: " + names(MapFormats.writers(), MapWriter::name) + ")"));
    }

    static String readerNames() {
        return names(MapFormats.readers(), MapReader::name);
    }

    static String writerNames() {
        return names(MapFormats.writers(), MapWriter::name);
    }

    private static <T> T named(String name, Optional<T> found, List<T> all, Function<T, String> nameOf, String verb)
            throws UsageException {
        return found.orElseThrow(() -> new UsageException(
                "unknown format '" + name + "' (argumap " + verb + ": " + names(all, nameOf) + "); try 'argumap --help'"));
    }

    private static <T> String names(List<T> all, Function<T, String> nameOf) {
        return all.stream().map(nameOf).collect(Collectors.joining(", "));
    }
}
