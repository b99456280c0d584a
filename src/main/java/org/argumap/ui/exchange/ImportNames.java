package org.argumap.ui.exchange;

import java.nio.file.Path;
import java.util.Locale;
import org.argumap.io.MapReader;
import org.argumap.io.json.ArgumapJsonFormat;

/**
 * The name an imported map goes by: the file's name without the reader's extension
 * ({@code ama.reddit.json} → {@code ama}), so that the title reads well and Save As suggests
 * {@code ama.argumap.json} instead of overwriting or doubling the source's extension.
 */
public final class ImportNames {
    private ImportNames() {
    }

    public static String documentName(Path file, MapReader reader) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String matched = reader.extensions().stream().filter(lower::endsWith)
                .max((a, b) -> Integer.compare(a.length(), b.length()))
                .orElse(ReaderChoice.kindOf(file));
        String base = name.substring(0, name.length() - matched.length());
        return base.isBlank() ? name : base;
    }

    /** The export file name for a document name: its base with the writer's extension. */
    public static String exportName(String documentName, String extension) {
        String base = documentName;
        String lower = base.toLowerCase(Locale.ROOT);
        if (lower.endsWith(ArgumapJsonFormat.EXTENSION)) {
            base = base.substring(0, base.length() - ArgumapJsonFormat.EXTENSION.length());
        } else if (lower.endsWith(".json")) {
            base = base.substring(0, base.length() - ".json".length());
        }
        return (base.isBlank() ? "map" : base) + extension;
    }
}
