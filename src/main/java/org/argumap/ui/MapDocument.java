package org.argumap.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.argumap.edit.CommandHistory;
import org.argumap.edit.Selection;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;

/**
 * One open map with what the window needs to know about it: its undo history, its selection, the
 * file it was read from or last saved to, the name shown in the title, and whether it has unsaved
 * changes.
 *
 * <p>A map without a file (a new one, or the bundled demo read from inside the jar) is saved with
 * Save As, so the demo can never be overwritten.
 */
public final class MapDocument {
    private final ArgumentMap map;
    private final CommandHistory history = new CommandHistory();
    private final Selection selection = new Selection();
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final StringBinding windowTitle = Bindings.createStringBinding(
            () -> WindowTitle.of(name.get(), dirty.get()), name, dirty);
    private Path file;

    private MapDocument(ArgumentMap map, Path file, String name) {
        this.map = Objects.requireNonNull(map);
        this.file = file;
        this.name.set(name);
        history.addListener(h -> dirty.set(h.isDirty()));
    }

    /** A new, empty map. */
    public static MapDocument untitled() {
        return new MapDocument(new ArgumentMap(), null, WindowTitle.UNTITLED);
    }

    /** A map read from this file; Save writes back to it. */
    public static MapDocument fromFile(ArgumentMap map, Path file) {
        return new MapDocument(map, file.toAbsolutePath(), file.getFileName().toString());
    }

    /** A map that came from somewhere it cannot be saved back to, such as a resource in the jar. */
    public static MapDocument readOnlySource(ArgumentMap map, String name) {
        return new MapDocument(map, null, name);
    }

    /**
     * A map brought back after a crash: unsaved until saved, and Save writes to the file it came
     * from, if it had one.
     */
    public static MapDocument recovered(ArgumentMap map, Path fileOrNull, String name) {
        MapDocument document = fileOrNull == null ? new MapDocument(map, null, name) : fromFile(map, fileOrNull);
        document.history.markUnsaved();
        return document;
    }

    public ArgumentMap map() {
        return map;
    }

    public CommandHistory history() {
        return history;
    }

    /** What is selected in this map: the canvas changes it, the rest of the window observes it. */
    public Selection selection() {
        return selection;
    }

    /** The file Save writes to; empty for a new map or a read-only source. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public String name() {
        return name.get();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** "name — Argumap", marked while dirty. */
    public StringBinding windowTitle() {
        return windowTitle;
    }

    /** The name to offer in Save As: the current one, made into a map file name. */
    public String suggestedFileName() {
        String current = name.get();
        return current.endsWith(".json") ? current : current + ArgumapJsonFormat.EXTENSION;
    }

    /**
     * Records a successful save to this file: it becomes the document's file and the map is clean;
     * unless the map changed while it was written (a large map is written on a worker): then the
     * file holds it as it was before those changes, and the map stays unsaved.
     */
    void savedTo(Path target, boolean changedSince) {
        file = target.toAbsolutePath();
        name.set(target.getFileName().toString());
        if (changedSince) {
            history.markUnsaved();
        } else {
            history.markSaved();
        }
    }
}
