package org.argumap.cli;

import java.nio.file.Path;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.io.json.ArgumapJsonFormat;

/**
 * Reads the map a command was given, in the format asked for. The one place that knows which
 * formats have a reader: when the Argdown, AIF, Kialo and thread readers arrive in io, each becomes
 * one case of {@link #readerFor} (and the table could then move into io, beside the readers).
 */
final class MapInput {
    @FunctionalInterface
    private interface Reader {
        ReadResult read(Path file) throws MapReadException;
    }

    private MapInput() {
    }

    /**
     * Reads {@code file} as {@code format}; {@code guessed} says the user did not choose it, so that
     * an unsupported format can be blamed on the guess rather than on the user.
     */
    static ReadResult read(Path file, InputFormat format, boolean guessed) throws MapReadException, UsageException {
        Reader reader = readerFor(format, guessed);
        return reader.read(file);
    }

    private static Reader readerFor(InputFormat format, boolean guessed) throws UsageException {
        return switch (format) {
            case ARGUMAP -> file -> new ArgumapJsonFormat().read(file);
            case ARGDOWN, AIF, KIALO, REDDIT, LEMMY -> throw new UsageException(
                    "reading " + format.label() + " is not supported yet"
                            + (guessed ? " (format guessed from the file name; use --from to choose)" : "")
                            + "; this version reads: " + InputFormat.ARGUMAP.label());
        };
    }
}
