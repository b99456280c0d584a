package org.argumap.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the bytes of an input file for any reader, with the same words for the same troubles. */
public final class InputFiles {
    /** The largest file of any format ({@link Limits}); each reader takes less or as much. */
    public static final long MAX_BYTES = Limits.STANDARD.maxMapFileBytes();

    private InputFiles() {
    }

    public static byte[] read(Path file) throws MapReadException {
        try {
            if (Files.isDirectory(file)) {
                throw new MapReadException(file, 0, 0, "This is a folder, not a map file.");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new MapReadException(file, 0, 0, "The file is " + Limits.megabytes(size)
                        + "; Argumap reads files of up to " + Limits.megabytes(MAX_BYTES) + " (limit of file size).");
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
        try {
            // Before reading: a file too large for this format is not worth the memory.
            Limits.STANDARD.checkSize(reader.name(), reader.label(), Files.size(file), file);
        } catch (IOException e) {
            // read(file) below says what is wrong with it
        }
        return reader.read(read(file), file);
    }
}
