package org.argumap.io.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.argumap.io.MapWriter;
import org.argumap.io.MapReader;
import org.argumap.io.AtomicFiles;
import org.argumap.io.Backups;
import org.argumap.io.InputFiles;
import org.argumap.io.Limits;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.io.UnreadableOutputException;
import org.argumap.model.ArgumentMap;

/**
 * The native map format, {@code .argumap.json}, version {@value #VERSION}, specified in
 * {@code src/site/markdown/file-format.md} and {@code assets/schema/argumap-2.schema.json}. Files of
 * older versions are upgraded in memory on reading ({@link Migrations}) and saved as this version.
 *
 * <p>Writing is deterministic: the same map always gives the same bytes, so that reading a file
 * and saving it unchanged reproduces it byte for byte, and maps kept in Git diff cleanly.
 */
public final class ArgumapJsonFormat {
    public static final String EXTENSION = ".argumap.json";
    public static final String FORMAT_NAME = "argumap";
    public static final int VERSION = 2;

    /** The native format as one of the registered readers of {@link org.argumap.io.MapFormats}. */
    public static final MapReader READER = MapReader.of(FORMAT_NAME, "Argumap map", List.of(EXTENSION),
            (content, file) -> new MapFileReader(content, file).read());

    public static final MapWriter WRITER = MapWriter.of(FORMAT_NAME, "Argumap map", List.of(EXTENSION),
            map -> new ArgumapJsonFormat().toBytes(map));

    public ReadResult read(Path file) throws MapReadException {
        return read(InputFiles.read(file), file);
    }

    /** Reads from bytes; {@code name} is what error messages call the input. */
    public ReadResult read(byte[] content, Path name) throws MapReadException {
        ReadResult result = new MapFileReader(content, name).read();
        Limits.STANDARD.checkRead(result.map(), name);
        return result;
    }

    /**
     * Writes atomically: a temporary file beside the target, forced to disk, renamed over it; or,
     * where the file system cannot rename in one step, as safely as it allows, which the outcome says.
     */
    public AtomicFiles.Outcome write(ArgumentMap map, Path file) throws IOException {
        return write(map, file, Backups.NONE);
    }

    /** As {@link #write(ArgumentMap, Path)}, keeping the version it replaces in {@code backups}. */
    public AtomicFiles.Outcome write(ArgumentMap map, Path file, Backups backups) throws IOException {
        // Through WRITER, which refuses a map Argumap could not open again before anything is written.
        return AtomicFiles.write(file, WRITER.write(map), backups);
    }

    /**
     * What a save writes, taken from the map here, on the thread that owns it: a linear pass that
     * keeps references to its immutable contents, far cheaper than copying the map. Turning
     * them into JSON and writing the file ({@link PreparedWrite#writeTo}) may then run on a worker
     * while the map goes on changing. A map Argumap could not open again is refused here, as
     * {@link #write(ArgumentMap, Path, Backups)} refuses it.
     */
    public PreparedWrite prepareWrite(ArgumentMap map) throws UnreadableOutputException {
        Optional<String> problem = Limits.STANDARD.problem(map);
        if (problem.isPresent()) {
            throw new UnreadableOutputException(problem.get());
        }
        return new PreparedWrite(WrittenMap.of(map));
    }

    /** A map's content ready to be written from any thread; see {@link #prepareWrite}. */
    public final class PreparedWrite {
        private final WrittenMap content;

        private PreparedWrite(WrittenMap content) {
            this.content = content;
        }

        /** Writes the file atomically, keeping the version it replaces in {@code backups}. */
        public AtomicFiles.Outcome writeTo(Path file, Backups backups) throws IOException {
            byte[] bytes = MapFileGenerator.toBytes(content);
            // The map's own limits were checked when it was prepared; an empty map stands in, so
            // that only the size of what was written is checked now.
            Limits.STANDARD.checkWritten(FORMAT_NAME, bytes, new ArgumentMap());
            return AtomicFiles.write(file, bytes, backups);
        }
    }

    public String writeToString(ArgumentMap map) {
        return new String(toBytes(map), StandardCharsets.UTF_8);
    }

    /**
     * The file's bytes, written as UTF-8 straight away: a string first would hold a large map
     * three times over (a 1,000,000-statement map is some 410 MB of text).
     */
    private byte[] toBytes(ArgumentMap map) {
        return MapFileGenerator.toBytes(WrittenMap.of(map));
    }
}
