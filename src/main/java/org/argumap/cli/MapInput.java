package org.argumap.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.argumap.io.InputFiles;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.io.MapReadException;
import org.argumap.io.MapReader;
import org.argumap.io.ReadResult;

/** A map a command was given, read in the format asked for, or told by its name or its content. */
record MapInput(Path file, MapReader reader, ReadResult result) {

    static MapInput read(Path file, String from) throws MapReadException, UsageException {
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
}
