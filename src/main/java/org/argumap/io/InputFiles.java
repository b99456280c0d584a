package org.argumap.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the bytes of an input file for any reader, with the same words for the same troubles. */
public final class InputFiles {
    /** Larger than any real map or export (a 100,000-statement map is about 30 MB). */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private InputFiles() {
    }

    public static byte[] read(Path file) throws MapReadException {
        try {
            if (Files.isDirectory(file)) {
                throw new MapReadException(file, 0, 0, "This is a folder, not a map file.");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new MapReadException(file, 0, 0, "The file is " + size / (1024 * 1024)
                        + " MB; Argumap reads files of up to " + MAX_BYTES / (1024 * 1024) + " MB.");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MapReadException(file, 0, 0, "There is no such file.", e);
        } catch (AccessDeniedException e) {
            throw new MapReadException(file, 0, 0, "You may not read this file.", e);
        } catch (IOException e) {
            throw new MapReadException(file, 0, 0, "The file could not be read: " + e.getMessage(), e);
        }
    }

    /** Reads the file with this reader. */
    public static ReadResult read(Path file, MapReader reader) throws MapReadException {
        return reader.read(read(file), file);
    }
}
