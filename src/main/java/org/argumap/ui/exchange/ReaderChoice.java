package org.argumap.ui.exchange;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.argumap.io.FormatSniffer;
import org.argumap.io.MapFormats;
import org.argumap.io.MapReader;
import org.argumap.io.json.ArgumapJsonFormat;

/**
 * Which reader imports a file. A name that ends with a reader's own extension decides
 * ({@code .reddit.json}, {@code .argdown}); otherwise the filter the file was picked under; otherwise
 * the format its content is recognised as ({@link FormatSniffer}) and every reader that takes files
 * of its plain kind ({@code .json}: map, AIF, Reddit, Lemmy), for the user to choose from when there
 * are several, the recognised one offered first. The content only ever proposes: where the name
 * leaves a choice, the user confirms it, so a wrong recognition costs a click, not a wrong map.
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
        Set<MapReader> candidates = new LinkedHashSet<>();
        recognised(file).ifPresent(candidates::add);
        String kind = kindOf(file);
        if (!kind.isEmpty()) {
            MapFormats.readers().stream()
                    .filter(reader -> reader.extensions().stream().anyMatch(e -> FormatFilters.plainKind(e).equals(kind)))
                    .forEach(candidates::add);
        }
        return List.copyOf(candidates);
    }

    /** The format the file's content is recognised as; empty when none is (or the file cannot be read). */
    public static Optional<MapReader> recognised(Path file) {
        return FormatSniffer.recognise(file);
    }

    /**
     * Whether the file is in a format other than Argumap's own, by a name that ends with its
     * extension ({@code .argdown}, {@code .reddit.json}) or, when the name says nothing, by its
     * content (a Reddit thread saved as {@code .json}): then it is imported even where a map file
     * is expected (a file named at start-up). A plain {@code .json} whose content is not recognised
     * is opened as a map: it has been a map's name.
     */
    public static boolean namesImportFormat(Path file) {
        Optional<MapReader> byName = MapFormats.readerFor(file);
        Optional<MapReader> reader = byName.isPresent() ? byName : recognised(file);
        return reader.filter(r -> r != ArgumapJsonFormat.READER).isPresent();
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
        return "Argumap cannot tell the format of “" + file.getFileName() + "” from its name or its content. It reads: "
                + known
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
