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

    record Import(Path file) implements DropPlan {
        @Override
        public String hint() {
            List<String> labels = ReaderChoice.candidates(file, Optional.empty()).stream()
                    .map(MapReader::label).toList();
            return "Import " + file.getFileName() + (labels.size() == 1 ? " as " + labels.get(0) : "");
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
