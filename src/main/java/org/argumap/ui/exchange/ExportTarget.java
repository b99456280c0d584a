package org.argumap.ui.exchange;

import java.nio.file.Path;
import java.util.Optional;
import org.argumap.io.MapFormats;
import org.argumap.io.MapWriter;
import org.argumap.ui.dialog.ChosenFile;

/**
 * The file an export writes and the writer it uses. An extension the user typed that names a
 * format wins over the filter ({@code summary.md} is an outline under any filter: the name is
 * what they will see later); otherwise the filter decides, and a name typed without any extension
 * gets the filter's, since not every platform's save dialog adds it.
 */
public record ExportTarget(Path file, MapWriter writer) {

    /** Empty when neither the name nor the filter tells a format. */
    public static Optional<ExportTarget> of(ChosenFile chosen) {
        Path file = chosen.file();
        Optional<MapWriter> byName = MapFormats.writerFor(file);
        if (byName.isPresent()) {
            return Optional.of(new ExportTarget(file, byName.get()));
        }
        return chosen.format().flatMap(MapFormats::writer)
                .map(writer -> new ExportTarget(withExtension(file, writer), writer));
    }

    private static Path withExtension(Path file, MapWriter writer) {
        String name = file.getFileName().toString();
        return ReaderChoice.kindOf(file).isEmpty() ? file.resolveSibling(name + writer.extensions().get(0)) : file;
    }
}
