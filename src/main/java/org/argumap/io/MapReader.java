package org.argumap.io;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads one format into a map. A reader never fails silently and never throws anything but
 * {@link MapReadException} for bad input: what it cannot read at all is an error with file, line
 * and column; what it reads past (a construct it cannot represent) is a warning in the result,
 * starting with its place ({@code line 12: ...}).
 */
public interface MapReader {
    /** The name used by {@code --from} and in menus, such as {@code argdown}. */
    String name();

    /** A name for people, such as "Argdown". */
    String label();

    /** File name endings this reader claims, lower case with the dot, such as {@code .argdown}. */
    List<String> extensions();

    /** Reads {@code content}; {@code file} is what messages call the input (it need not exist). */
    ReadResult read(byte[] content, Path file) throws MapReadException;

    /** How a format turns bytes into a map. */
    @FunctionalInterface
    interface Reading {
        ReadResult read(byte[] content, Path file) throws MapReadException;
    }

    /** A reader made of its names and its reading function, as most formats need nothing more. */
    static MapReader of(String name, String label, List<String> extensions, Reading reading) {
        return new SimpleMapReader(name, label, List.copyOf(extensions), reading, Limits.STANDARD);
    }
}

/** The plain reader of {@link MapReader#of}, which keeps every format within the same {@link Limits}. */
record SimpleMapReader(String name, String label, List<String> extensions, MapReader.Reading reading, Limits limits)
        implements MapReader {
    @Override
    public ReadResult read(byte[] content, Path file) throws MapReadException {
        limits.checkSize(name, label, content.length, file);
        ReadResult result = reading.read(content, file);
        limits.checkRead(result.map(), file);
        return result;
    }

    /** This reader within other limits: tests try each limit on small files. */
    SimpleMapReader within(Limits other) {
        return new SimpleMapReader(name, label, extensions, reading, other);
    }
}
