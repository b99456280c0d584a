package org.argumap.ui.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.argumap.edit.AddRepliesCommand;
import org.argumap.edit.EditRefusedException;
import org.argumap.io.InputFiles;
import org.argumap.io.MapFormats;
import org.argumap.io.MapReadException;
import org.argumap.io.MapReader;
import org.argumap.io.ReadResult;
import org.argumap.io.thread.ThreadImportOptions;
import org.argumap.io.thread.ThreadUpdate;
import org.argumap.model.ArgumentMap;
import org.argumap.ui.DocumentController;
import org.argumap.ui.MapDocument;
import org.argumap.ui.dialog.FileDialogs;
import org.argumap.ui.dialog.Prompts;

/**
 * Moderation › Update Thread from File…: reads a newer copy of the thread the open map was made
 * from and brings what is new into the open map as one undoable step ("Update Thread"), keeping
 * the classification of every comment seen before ({@link ThreadUpdate}). The same map, file name
 * and history stay, rather than a new document, since the moderator's work (classes, merges,
 * notes, positions) is in this one. The whole thread is read, without the import options: what
 * to leave out of view is the moderation filter's business now, and a filter never loses work.
 */
public final class ThreadUpdater {
    static final String DESCRIPTION = "Update Thread";

    private final DocumentController documents;
    private final FileDialogs files;
    private final Prompts prompts;
    private final Supplier<Window> owner;

    public ThreadUpdater(DocumentController documents, FileDialogs files, Prompts prompts, Supplier<Window> owner) {
        this.documents = Objects.requireNonNull(documents);
        this.files = Objects.requireNonNull(files);
        this.prompts = Objects.requireNonNull(prompts);
        this.owner = Objects.requireNonNull(owner);
    }

    /** Asks for the newer file and updates the open map from it. */
    public void updateFromFile() {
        files.chooseFileToImport(owner.get(), FormatFilters.forImport())
                .ifPresent(chosen -> updateFrom(chosen.file(), chosen.format()));
    }

    /** Updates the open map from this file; true if the file was read (even when it brought nothing new). */
    public boolean updateFrom(Path file, Optional<String> filterFormat) {
        Optional<ArgumentMap> fresh = read(file, filterFormat);
        if (fresh.isEmpty()) {
            return false;
        }
        MapDocument document = documents.document();
        ThreadUpdate update = ThreadUpdate.between(document.map(), fresh.get());
        if (update.isEmpty()) {
            documents.announce("Nothing new in " + file.getFileName() + ": " + update.summary() + ".");
            return true;
        }
        List<AddRepliesCommand.Reply> replies = new ArrayList<>();
        for (ThreadUpdate.NewComment comment : update.added()) {
            replies.add(new AddRepliesCommand.Reply(comment.key(), comment.parentId(), comment.content()));
        }
        try {
            document.history().execute(new AddRepliesCommand(document.map(), replies, update.changed(), DESCRIPTION));
        } catch (EditRefusedException e) {
            prompts.showError(owner.get(), "Cannot update the thread from " + file.getFileName(), e.getMessage());
            return true;
        }
        documents.announce("Updated from " + file.getFileName() + ": " + update.summary() + ".");
        return true;
    }

    /** The whole thread in the file, read by the first thread reader that takes it. */
    private Optional<ArgumentMap> read(Path file, Optional<String> filterFormat) {
        List<MapReader> readers = ReaderChoice.candidates(file, filterFormat).stream()
                .filter(ThreadReaders::isThread).toList();
        if (readers.isEmpty()) {
            readers = MapFormats.readers().stream().filter(ThreadReaders::isThread).toList();
        }
        MapReadException first = null;
        for (MapReader reader : readers) {
            try {
                ReadResult result = InputFiles.read(file, ThreadReaders.withOptions(reader, ThreadImportOptions.DEFAULTS));
                return Optional.of(result.map());
            } catch (MapReadException e) {
                first = first == null ? e : first;
            } catch (RuntimeException e) {
                prompts.showError(owner.get(), "Could not read " + file.getFileName(), String.valueOf(e));
                return Optional.empty();
            }
        }
        if (first != null) {
            prompts.showReadError(owner.get(), first);
        } else {
            prompts.showError(owner.get(), "Cannot update the thread from " + file.getFileName(),
                    file.getFileName() + " is not a Reddit or Lemmy thread, the formats a thread can be updated from.");
        }
        return Optional.empty();
    }
}
