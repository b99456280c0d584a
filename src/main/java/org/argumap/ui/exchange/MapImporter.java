package org.argumap.ui.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.stage.Window;
import org.argumap.io.InputFiles;
import org.argumap.io.MapReadException;
import org.argumap.io.MapReader;
import org.argumap.io.ReadResult;
import org.argumap.io.thread.ThreadImportOptions;
import org.argumap.ui.DocumentController;
import org.argumap.ui.MapDocument;
import org.argumap.ui.dialog.FileDialogs;
import org.argumap.ui.dialog.Prompts;

/**
 * File › Import… and files dropped on the window: picks the reader (by the file's name, the filter,
 * or its content, asking when several fit: {@link ReaderChoice}), asks for a thread's options,
 * reads, and only then asks about unsaved changes, so that a file that cannot be read costs one
 * error dialog and the open map stays as it was (as with Open). The imported map has no file: it
 * is named after the one it came from and saved with Save As, so the source is never overwritten
 * in Argumap's format.
 */
public final class MapImporter {
    private final DocumentController documents;
    private final FileDialogs files;
    private final Prompts prompts;
    private final Supplier<Window> owner;
    private final ImportFormatPreference lastFormat;
    private final ReadOnlyObjectWrapper<ReadWarnings> warnings =
            new ReadOnlyObjectWrapper<>(this, "warnings", ReadWarnings.NONE);
    /** The last options chosen, offered again: a moderator importing several threads keeps one policy. */
    private ThreadImportOptions threadOptions = ThreadImportOptions.DEFAULTS;
    private MapDocument imported;

    /** @param lastFormat where the format last chosen in the "Import As" question is remembered */
    public MapImporter(DocumentController documents, FileDialogs files, Prompts prompts,
            Supplier<Window> owner, ImportFormatPreference lastFormat) {
        this.lastFormat = Objects.requireNonNull(lastFormat);
        this.documents = Objects.requireNonNull(documents);
        this.files = Objects.requireNonNull(files);
        this.prompts = Objects.requireNonNull(prompts);
        this.owner = Objects.requireNonNull(owner);
        // The warnings belong to the imported map; any other map taking its place makes them stale.
        documents.documentProperty().addListener((o, old, now) -> {
            if (now != imported) {
                warnings.set(ReadWarnings.NONE);
            }
        });
    }

    /** The warnings of the imported map now open; {@link ReadWarnings#NONE} for any other. */
    public ReadOnlyObjectProperty<ReadWarnings> warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** File › Import…. */
    public void importMap() {
        files.chooseFileToImport(owner.get(), FormatFilters.forImport())
                .ifPresent(chosen -> importFile(chosen.file(), chosen.format()));
    }

    /**
     * Imports this file with the reader its name or {@code filterFormat} names, asking which when
     * several fit. True if the imported map is now open.
     */
    public boolean importFile(Path file, Optional<String> filterFormat) {
        Optional<MapReader> reader = chooseReader(file, filterFormat).flatMap(chosen -> withOptions(file, chosen));
        if (reader.isEmpty()) {
            return false;
        }
        Optional<ReadResult> read = read(file, reader.get());
        if (read.isEmpty() || !documents.confirmDiscard()) {
            return false;
        }
        ReadResult result = read.get();
        imported = MapDocument.readOnlySource(result.map(), ImportNames.documentName(file, reader.get()));
        ReadWarnings found = new ReadWarnings(file.getFileName().toString(), result.warnings());
        documents.adopt(imported, notice(file, reader.get(), found));
        warnings.set(found);
        return true;
    }

    /**
     * A map read elsewhere (a thread fetched from its link), adopted as an imported file is: no
     * file of its own, its warnings behind the status line's link. Unsaved changes are the caller's to ask about.
     */
    public void adoptRead(ReadResult result, String documentName, String sourceName, String notice) {
        imported = MapDocument.readOnlySource(result.map(), documentName);
        ReadWarnings found = new ReadWarnings(sourceName, result.warnings());
        documents.adopt(imported, notice);
        warnings.set(found);
    }

    private Optional<MapReader> chooseReader(Path file, Optional<String> filterFormat) {
        List<MapReader> candidates = ReaderChoice.candidates(file, filterFormat);
        if (candidates.isEmpty()) {
            prompts.showError(owner.get(), "Cannot import " + file.getFileName(), ReaderChoice.unknownFormatMessage(file));
            return Optional.empty();
        }
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        MapReader preselected = ReaderChoice.recognised(file).filter(candidates::contains)
                .or(() -> lastFormat.among(candidates))
                .orElse(candidates.get(0));
        Optional<MapReader> chosen = FormatQuestion.ask(owner.get(), file, candidates, preselected);
        chosen.ifPresent(lastFormat::save);
        return chosen;
    }

    private Optional<MapReader> withOptions(Path file, MapReader reader) {
        if (!ThreadReaders.isThread(reader)) {
            return Optional.of(reader);
        }
        ThreadOptionsDialog dialog = new ThreadOptionsDialog(file.getFileName().toString(), reader.label(), threadOptions);
        dialog.initOwner(owner.get());
        Optional<ThreadImportOptions> chosen = dialog.showAndWait();
        chosen.ifPresent(options -> threadOptions = options);
        return chosen.map(options -> ThreadReaders.withOptions(reader, options));
    }

    private Optional<ReadResult> read(Path file, MapReader reader) {
        try {
            return Optional.of(InputFiles.read(file, reader));
        } catch (MapReadException e) {
            prompts.showReadError(owner.get(), e);
        } catch (RuntimeException e) {
            // A reader bug must not take the open map down with it; say what happened instead.
            prompts.showError(owner.get(), "Could not import " + file.getFileName(), String.valueOf(e));
        }
        return Optional.empty();
    }

    private static String notice(Path file, MapReader reader, ReadWarnings found) {
        String imported = "Imported " + file.getFileName() + " as " + reader.label();
        return found.isEmpty() ? imported : imported + " with " + found.count() + ".";
    }
}
