package org.argumap.ui.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.argumap.io.MapFormats;
import org.argumap.io.MapReader;
import org.argumap.io.json.ArgumapJsonFormat;

/**
 * Which reader imports a file. A name that ends with a reader's own extension decides
 * ({@code .reddit.json}, {@code .argdown}); otherwise the filter the file was picked under; otherwise
 * every reader that takes files of its plain kind ({@code .json}: map, AIF, Reddit, Lemmy), for the
 * user to choose from when there are several. The contents are not guessed at: a wrong guess would
 * read a thread as something else and report errors about a format the user never meant.
 */
public final class ReaderChoice {
    private ReaderChoice() {
    }

    /** The readers that may import this file: one to use, several to ask about, or none. */
    public static List<MapReader> candidates(Path file, Optional<String> filterFormat) {
        Optional<MapReader> byName = MapFormats.readerFor(file);
        if (byName.isPresent()) {
            return List.of(byName.get());
        }
        Optional<MapReader> byFilter = filterFormat.flatMap(MapFormats::reader);
        if (byFilter.isPresent()) {
            return List.of(byFilter.get());
        }
        String kind = kindOf(file);
        if (kind.isEmpty()) {
            return List.of();
        }
        return MapFormats.readers().stream()
                .filter(reader -> reader.extensions().stream().anyMatch(e -> FormatFilters.plainKind(e).equals(kind)))
                .toList();
    }

    /**
     * Whether the file's name ends with the extension of a format other than Argumap's own, such
     * as {@code .argdown} or {@code .reddit.json}: then it is imported even where a map file is
     * expected (a file named at start-up). A plain {@code .json} is not: it has been a map's name.
     */
    public static boolean namesImportFormat(Path file) {
        return MapFormats.readerFor(file).filter(reader -> reader != ArgumapJsonFormat.READER).isPresent();
    }

    /** Whether some reader could import this file, possibly after asking which one. */
    public static boolean importable(Path file) {
        return !candidates(file, Optional.empty()).isEmpty();
    }

    /** Why a file cannot be imported, naming what can. */
    public static String unknownFormatMessage(Path file) {
        String known = MapFormats.readers().stream()
                .map(reader -> reader.label() + " (" + String.join(", ", reader.extensions()) + ")")
                .collect(Collectors.joining("; "));
        return "Argumap cannot tell the format of “" + file.getFileName() + "” from its name. It reads: " + known
                + ". Rename the file, or choose its format in File › Import….";
    }

    /** The name's last extension, lower case with the dot; empty when it has none. */
    static String kindOf(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        int dot = text.lastIndexOf('.');
        return dot <= 0 ? "" : text.substring(dot);
    }
}
