package org.argumap.io.json;

import java.io.IOException;
import java.nio.file.Path;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.model.ArgumentMap;

/** The native map format, {@code .argumap.json}, version 1 (see src/site/markdown/file-format.md). */
public final class ArgumapJsonFormat {
    public static final String EXTENSION = ".argumap.json";
    public static final int VERSION = 1;

    public ReadResult read(Path file) throws MapReadException {
        throw new UnsupportedOperationException("being written");
    }

    /** Reads from bytes; {@code name} is what error messages call the input. */
    public ReadResult read(byte[] content, Path name) throws MapReadException {
        throw new UnsupportedOperationException("being written");
    }

    /** Writes atomically: a temporary file beside the target, forced to disk, renamed over it. */
    public void write(ArgumentMap map, Path file) throws IOException {
        throw new UnsupportedOperationException("being written");
    }

    public String writeToString(ArgumentMap map) {
        throw new UnsupportedOperationException("being written");
    }
}
