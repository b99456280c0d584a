package org.argumap.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Window;
import org.argumap.edit.ChangeMapInfoCommand;
import org.argumap.io.AtomicFiles;
import org.argumap.io.Backups;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.io.SaveFailures;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapInfo;
import org.argumap.ui.dialog.ExternalChangeChoice;
import org.argumap.ui.dialog.FileDialogs;
import org.argumap.ui.dialog.Prompts;
import org.argumap.ui.filewatch.DiskWatch;

/**
 * The File menu's behaviour: which map is open, opening, saving, closing, and asking before
 * unsaved work is lost. A map that cannot be read never replaces the one that is open; a save that
 * fails leaves the map marked unsaved.
 */
public final class DocumentController {
    private final ReadOnlyObjectWrapper<MapDocument> document =
            new ReadOnlyObjectWrapper<>(this, "document", MapDocument.untitled());
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final FileDialogs fileDialogs;
    private final Prompts prompts;
    private final Supplier<Window> owner;
    private final ArgumapJsonFormat format = new ArgumapJsonFormat();
    private final SaveStamp stamp;
    private Runnable pendingEdits = () -> { };
    private UncommittedTyping typing = UncommittedTyping.NONE;
    private Supplier<Backups> backups = () -> Backups.keep(Backups.DEFAULT_COUNT);
    private MapSaving saving = format::write;
    private final DiskWatch disk = new DiskWatch();

    /** How a map reaches its file; a test stands in a disk that fails. */
    @FunctionalInterface
    interface MapSaving {
        AtomicFiles.Outcome write(ArgumentMap map, Path file, Backups backups) throws IOException;
    }

    /** @param owner the window dialogs belong to; may supply null before the window exists */
    public DocumentController(FileDialogs fileDialogs, Prompts prompts, Supplier<Window> owner) {
        this(fileDialogs, prompts, owner, Clock.systemUTC());
    }

    /** @param clock the time a save with changes records in the map as its modified date */
    DocumentController(FileDialogs fileDialogs, Prompts prompts, Supplier<Window> owner, Clock clock) {
        this.fileDialogs = Objects.requireNonNull(fileDialogs);
        this.prompts = Objects.requireNonNull(prompts);
        this.owner = Objects.requireNonNull(owner);
        this.stamp = new SaveStamp(clock);
    }

    public MapDocument document() {
        return document.get();
    }

    public ReadOnlyObjectProperty<MapDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** A short message about the last file operation ("Saved …", "Opened with 2 warnings: …"). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /**
     * What applies typing not yet made into an edit (the in-place editor, an inspector field). It
     * runs before the map is saved, exported or let go, so that words typed just before choosing
     * File › Save with the mouse are saved, and are asked about before they could be lost.
     */
    public void setPendingEdits(Runnable commit) {
        pendingEdits = Objects.requireNonNull(commit);
    }

    /** What reads typing not yet made into an edit without committing it; autosave writes it. */
    public void setUncommittedTyping(UncommittedTyping uncommitted) {
        typing = Objects.requireNonNull(uncommitted);
    }

    public UncommittedTyping uncommittedTyping() {
        return typing;
    }

    /**
     * Which earlier versions File › Save and Save As keep of the file they replace; read at each save,
     * so a changed preference holds from the next one. Only the map's own saves keep backups:
     * exports and the command line write files that can be made again from the map.
     */
    public void setBackups(Supplier<Backups> backups) {
        this.backups = Objects.requireNonNull(backups);
    }

    void setSaving(MapSaving saving) {
        this.saving = Objects.requireNonNull(saving);
    }

    /** Makes typing not yet applied into edits on the open map's history. */
    public void commitPendingEdits() {
        pendingEdits.run();
    }

    /** File › New: an empty map, after asking about unsaved changes. */
    public void newMap() {
        if (confirmDiscard()) {
            replace(MapDocument.untitled(), "");
        }
    }

    /** File › Close: the map goes, an empty one takes its place. */
    public void close() {
        newMap();
    }

    /** File › Open…: the chosen file is read first; only a map that could be read replaces this one. */
    public void open() {
        fileDialogs.chooseMapToOpen(owner.get()).ifPresent(this::open);
    }

    /** File › Open on a file known already (one dropped on the window): read first, then ask. */
    public void open(Path file) {
        Optional<ReadResult> read = read(file);
        if (read.isPresent() && confirmDiscard()) {
            show(MapDocument.fromFile(read.get().map(), file), read.get().warnings());
        }
    }

    /** Opens this file without asking (at start-up); shows the error and an empty map if it cannot be read. */
    public boolean openFile(Path file) {
        Optional<ReadResult> read = read(file);
        read.ifPresent(result -> show(MapDocument.fromFile(result.map(), file), result.warnings()));
        return read.isPresent();
    }

    /** Opens a map shipped inside the application; it is saved with Save As. */
    public boolean openBundled(String resource) {
        try {
            ReadResult result = BundledMaps.read(resource);
            show(MapDocument.readOnlySource(result.map(), BundledMaps.nameOf(resource)), result.warnings());
            return true;
        } catch (MapReadException e) {
            prompts.showReadError(owner.get(), e);
            return false;
        }
    }

    /** File › Save: to the map's file, or through Save As when it has none. True if the map was saved. */
    public boolean save() {
        commitPendingEdits();
        MapDocument current = document();
        Optional<Path> file = current.file();
        if (file.isEmpty()) {
            return saveAs();
        }
        if (disk.changedOnDisk()) {
            return switch (prompts.askToOverwriteExternalChange(owner.get(), current.name())) {
                case OVERWRITE -> write(current, file.get());
                case SAVE_AS -> saveAs();
                case CANCEL -> false;
            };
        }
        boolean gone = disk.gone();
        boolean saved = write(current, file.get());
        if (saved && gone) {
            notice.set(notice.get() + " (it had been deleted or moved by another program and is written again)");
        }
        return saved;
    }

    /**
     * Looks whether another program changed or removed the open map's file since Argumap read or
     * saved it, and if so says so: a change is offered to Reload or Keep Mine, a removal is told in
     * the status line, since the next Save simply writes the file again. The window calls it when it
     * regains focus; each change is asked about once.
     */
    public void checkForExternalChange() {
        MapDocument current = document();
        switch (disk.check()) {
            case NONE -> { }
            case GONE -> notice.set("“" + current.name() + "” was deleted or moved by another program;"
                    + " Save writes it again.");
            case CHANGED -> {
                commitPendingEdits();
                if (prompts.askAboutExternalChange(owner.get(), current.name(), current.isDirty())
                        == ExternalChangeChoice.RELOAD) {
                    reload(current);
                }
            }
        }
    }

    /** Reads the map's file anew in its place; the question before it already said what is lost. */
    private void reload(MapDocument current) {
        Path file = current.file().orElseThrow();
        read(file).ifPresent(result -> show(MapDocument.fromFile(result.map(), file), result.warnings()));
    }

    /**
     * File › Save As…: true if the map was saved. Choosing the open map's own file is a Save, and
     * asks as Save does when another program changed the file: the platform's "replace?" question
     * cannot know that the file holds something other than what Argumap read.
     */
    public boolean saveAs() {
        commitPendingEdits();
        MapDocument current = document();
        Optional<Path> target = fileDialogs.chooseSaveTarget(owner.get(), current.suggestedFileName());
        if (target.isEmpty()) {
            return false;
        }
        if (isOpenFile(current, target.get()) && disk.changedOnDisk()) {
            return switch (prompts.askToOverwriteExternalChange(owner.get(), current.name())) {
                case OVERWRITE -> write(current, target.get());
                case SAVE_AS -> saveAs();
                case CANCEL -> false;
            };
        }
        return write(current, target.get());
    }

    private static boolean isOpenFile(MapDocument current, Path target) {
        Optional<Path> file = current.file();
        if (file.isEmpty()) {
            return false;
        }
        if (file.get().toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(target) && Files.isSameFile(file.get(), target);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Asks "Save changes to X before closing?" if the map has unsaved changes. True when the map
     * may go: it was clean, it was saved, or the user chose not to save.
     */
    public boolean confirmDiscard() {
        commitPendingEdits();
        MapDocument current = document();
        if (!current.isDirty()) {
            return true;
        }
        return switch (prompts.askToSaveChanges(owner.get(), current.name())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /**
     * Shows a map made elsewhere (an import) in place of the open one, without asking: callers
     * read it first and then ask {@link #confirmDiscard}, as Open does.
     */
    public void adopt(MapDocument next, String message) {
        replace(next, message);
    }

    /** Says something in the status bar about a file operation that left the map alone, such as an export. */
    public void announce(String message) {
        notice.set("");
        notice.set(message);
    }

    /** Edit › Map Properties…: the change is one undoable step. */
    public void editMapProperties() {
        MapDocument current = document();
        MapInfo before = current.map().info();
        prompts.editMapInfo(owner.get(), before)
                .filter(after -> !after.equals(before))
                .ifPresent(after -> current.history().execute(new ChangeMapInfoCommand(current.map(), after)));
    }

    public void undo() {
        if (document().history().canUndo()) {
            document().history().undo();
        }
    }

    public void redo() {
        if (document().history().canRedo()) {
            document().history().redo();
        }
    }

    private Optional<ReadResult> read(Path file) {
        try {
            return Optional.of(format.read(file));
        } catch (MapReadException e) {
            prompts.showReadError(owner.get(), e);
        } catch (RuntimeException e) {
            // A reader bug must not take the open map down with it; say what happened instead.
            prompts.showError(owner.get(), "Could not open " + file.getFileName(), String.valueOf(e));
        }
        return Optional.empty();
    }

    /**
     * Writes the map, dated if it has unsaved changes: saving an unchanged map, even under a new
     * name, leaves its content byte for byte as it was. A failed save takes the date back.
     */
    private boolean write(MapDocument target, Path file) {
        MapInfo before = target.map().info();
        if (target.isDirty()) {
            target.map().setInfo(stamp.stamped(before));
        }
        AtomicFiles.Outcome outcome;
        try {
            outcome = saving.write(target.map(), file, backups.get());
        } catch (IOException | RuntimeException e) {
            target.map().setInfo(before);
            prompts.showError(owner.get(), "Could not save " + file.getFileName(), SaveFailures.explain(file, e)
                    + "\n\nThe map is still open with its changes, and the file as it was before; try saving it"
                    + " somewhere else.");
            notice.set("Not saved: " + SaveFailures.reason(file, e));
            return false;
        }
        target.savedTo(file);
        if (target == document()) {
            disk.remember(target.file());
        }
        notice.set(withNote("Saved " + file.toAbsolutePath(), outcome));
        return true;
    }

    /** A file operation's message, with what the user should know about how the file was written. */
    public static String withNote(String message, AtomicFiles.Outcome outcome) {
        return outcome.note().isEmpty() ? message : message + " (" + outcome.note() + ")";
    }

    private void show(MapDocument opened, List<String> warnings) {
        String message = warnings.isEmpty() ? ""
                : "Opened with " + warnings.size() + (warnings.size() == 1 ? " warning: " : " warnings, the first: ")
                        + warnings.get(0);
        replace(opened, message);
    }

    private void replace(MapDocument next, String message) {
        disk.remember(next.file());
        document.set(next);
        notice.set(message);
    }
}
