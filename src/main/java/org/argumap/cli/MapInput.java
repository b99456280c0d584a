package org.argumap.cli;

import java.nio.file.Path;
import org.argumap.io.InputFiles;
import org.argumap.io.MapFormats;
import org.argumap.io.MapReadException;
import org.argumap.io.MapReader;
import org.argumap.io.ReadResult;

/** A map a command was given, read in the format asked for or guessed from its name. */
record MapInput(Path file, MapReader reader, ReadResult result) {

    static MapInput read(Path file, String from) throws MapReadException, UsageException {
        MapReader reader = FormatChoice.reader(from, file);
        byte[] content = InputFiles.read(file);
        try {
            return new MapInput(file, reader, reader.read(content, file));
        } catch (MapReadException e) {
            if (from != null || MapFormats.readerFor(file).isPresent()) {
                throw e;
            }
            // Nothing in the name said what this is; a thread or AIF file saved as .json lands here.
            String reason = e.reason().endsWith(".") ? e.reason().substring(0, e.reason().length() - 1) : e.reason();
            throw new MapReadException(e.file(), e.line(), e.column(), reason
                    + " (read as an Argumap map; name another format with --from: " + FormatChoice.readerNames() + ").", e);
        }
    }
}
