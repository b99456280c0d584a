package org.argumap.ui.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.argumap.io.MapFormats;
import org.argumap.io.MapReader;
import org.argumap.io.json.ArgumapJsonFormat;

/**
 * What dropping files on the window does: a map file opens (as File › Open), a file another
 * registered reader takes is imported (as File › Import…), anything else is refused with a reason
 * that is shown while the files hover, before the user lets go.
 */
public sealed interface DropPlan {

    /** The words shown while the files hover over the window. */
    String hint();

    /** Whether the drop is accepted (and the pointer says so). */
    default boolean accepted() {
        return !(this instanceof Refuse);
    }

    record Open(Path file) implements DropPlan {
        @Override
        public String hint() {
            return "Open " + file.getFileName();
        }
    }

    /** @param as the format the file will be imported as, when its name or content says; else empty */
    record Import(Path file, Optional<String> as) implements DropPlan {
        Import(Path file) {
            this(file, sole(ReaderChoice.candidates(file, Optional.empty())).or(() -> ReaderChoice.recognised(file))
                    .map(MapReader::label));
        }

        @Override
        public String hint() {
            return "Import " + file.getFileName() + as.map(label -> " as " + label).orElse("");
        }

        private static Optional<MapReader> sole(List<MapReader> candidates) {
            return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
        }
    }

    record Refuse(String hint) implements DropPlan {
    }

    static DropPlan of(List<Path> files) {
        if (files.size() != 1) {
            return new Refuse("Drop one file at a time: Argumap opens or imports a single map.");
        }
        Path file = files.get(0);
        if (Files.isDirectory(file)) {
            return new Refuse("“" + file.getFileName() + "” is a folder. Drop a map file.");
        }
        if (MapFormats.readerFor(file).filter(reader -> reader == ArgumapJsonFormat.READER).isPresent()) {
            return new Open(file);
        }
        if (ReaderChoice.importable(file)) {
            return new Import(file);
        }
        return new Refuse(ReaderChoice.unknownFormatMessage(file));
    }
}
