package org.argumap.ui.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.argumap.io.MapFormats;
import org.argumap.io.MapReader;
import org.argumap.io.MapWriter;
import org.argumap.ui.dialog.FormatFilter;

/**
 * The file types the import and export choosers offer, one per registered reader or writer, so a
 * format registered in {@link MapFormats} appears in the menus without another line here.
 */
public final class FormatFilters {
    public static final String ALL_SUPPORTED = "All supported files";
    public static final String ALL_FILES = "All files";

    private FormatFilters() {
    }

    /**
     * "All supported files" first (the usual case: the name tells the format), then one filter per
     * reader, then "All files" (for names in capitals or without an extension). A reader's filter
     * also shows the plain kind of its files ({@code *.json} beside {@code *.reddit.json}), since
     * threads and AIF corpora are saved as plain {@code .json}; picking a file under that filter
     * is how the user says what it holds.
     */
    public static List<FormatFilter> forImport() {
        List<FormatFilter> perReader = new ArrayList<>();
        Set<String> all = new LinkedHashSet<>();
        for (MapReader reader : MapFormats.readers()) {
            List<String> patterns = importPatterns(reader.extensions());
            all.addAll(patterns);
            perReader.add(new FormatFilter(reader.label(), patterns, reader.name()));
        }
        List<FormatFilter> filters = new ArrayList<>();
        filters.add(new FormatFilter(ALL_SUPPORTED, List.copyOf(all), null));
        filters.addAll(perReader);
        filters.add(new FormatFilter(ALL_FILES, List.of("*"), null));
        return List.copyOf(filters);
    }

    /** One filter per writer, its own extensions only: a save dialog adds the first to a bare name. */
    public static List<FormatFilter> forExport() {
        return MapFormats.writers().stream()
                .map(writer -> new FormatFilter(writer.label(), globs(writer.extensions()), writer.name()))
                .toList();
    }

    /** The export filter of this writer; the first when there is none of that name. */
    public static FormatFilter exportFilter(List<FormatFilter> filters, MapWriter writer) {
        return filters.stream().filter(f -> writer.name().equals(f.formatName())).findFirst().orElse(filters.get(0));
    }

    /**
     * The last part of an extension, {@code .json} for {@code .reddit.json}: what a file of this
     * format is often called when saved by a browser or another program.
     */
    static String plainKind(String extension) {
        int dot = extension.lastIndexOf('.');
        return dot <= 0 ? extension : extension.substring(dot).toLowerCase(Locale.ROOT);
    }

    private static List<String> importPatterns(List<String> extensions) {
        Set<String> patterns = new LinkedHashSet<>(globs(extensions));
        for (String extension : extensions) {
            patterns.add("*" + plainKind(extension));
        }
        return List.copyOf(patterns);
    }

    private static List<String> globs(List<String> extensions) {
        return extensions.stream().map(extension -> "*" + extension).toList();
    }
}
