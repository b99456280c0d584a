package org.argumap.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.argumap.io.AtomicFiles;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.model.ArgumentMap;

/**
 * The native map format, {@code .argumap.json}, version 1, specified in
 * {@code src/site/markdown/file-format.md} and {@code assets/schema/argumap-1.schema.json}.
 *
 * <p>Writing is deterministic: the same map always gives the same bytes, so that reading a file
 * and saving it unchanged reproduces it byte for byte, and maps kept in Git diff cleanly.
 */
public final class ArgumapJsonFormat {
    public static final String EXTENSION = ".argumap.json";
    public static final String FORMAT_NAME = "argumap";
    public static final int VERSION = 1;

    public ReadResult read(Path file) throws MapReadException {
        byte[] content;
        try {
            long size = Files.size(file);
            if (size > JsonMappers.MAX_DOCUMENT_BYTES) {
                throw new MapReadException(file, 0, 0, "The file is " + size / (1024 * 1024)
                        + " MB; Argumap reads maps of up to " + JsonMappers.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB.");
            }
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MapReadException(file, 0, 0, "There is no such file.", e);
        } catch (IOException e) {
            throw new MapReadException(file, 0, 0, "The file could not be read: " + e.getMessage(), e);
        }
        return read(content, file);
    }

    /** Reads from bytes; {@code name} is what error messages call the input. */
    public ReadResult read(byte[] content, Path name) throws MapReadException {
        return new MapFileReader(content, name).read();
    }

    /** Writes atomically: a temporary file beside the target, forced to disk, renamed over it. */
    public void write(ArgumentMap map, Path file) throws IOException {
        AtomicFiles.write(file, writeToString(map).getBytes(StandardCharsets.UTF_8));
    }

    public String writeToString(ArgumentMap map) {
        try {
            return JsonMappers.prettyWriter().writeValueAsString(MapFileWriter.toDto(map)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a map could not be turned into JSON", e);
        }
    }
}
