package org.argumap.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Window;
import org.argumap.edit.ChangeMapInfoCommand;
import org.argumap.io.AtomicFiles;
import org.argumap.io.Backups;
import org.argumap.io.FileStamp;
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
 *
 * <p>A large file is read on a worker ({@link FileLoading}): the window goes on answering, the
 * status bar shows how far the reading has come with a Cancel button, and the map open until then
 * stays open, usable and untouched until the new one is read; then it is asked about as before.
 * While the worker has the new map to itself, it also lets the window prepare its first view
 * ({@link #setPreparation}), such as the layout of its boxes. A small file goes the same way
 * without the worker, at once. A large map is saved the same way: what is written is taken from
 * it on the FX thread, and turned into JSON and written by a worker while the user goes on.
 */
public final class DocumentController {
    /** Files from this size on are read on a worker, with progress and Cancel; smaller ones at once. */
    static final long BACKGROUND_BYTES = 1_000_000;
    /** Maps of more statements and inferences than this are written on a worker; smaller ones at once. */
    static final int BACKGROUND_SAVE_NODES = 5_000;
    /**
     * Where a large file's hash is worked out while it is read ({@link DiskWatch#stampConcurrently}):
     * a thread of its own each time, done with when the hash is.
     */
    static final Executor STAMPING = task -> {
        Thread thread = new Thread(task, "argumap-stamp");
        thread.setDaemon(true);
        thread.start();
    };
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
    private MapSaving saving = map -> format.prepareWrite(map)::writeTo;
    private final DiskWatch disk = new DiskWatch();
    private final ReadOnlyObjectWrapper<FileLoading> loading = new ReadOnlyObjectWrapper<>(this, "loading");
    private final List<Runnable> afterLoading = new ArrayList<>();
    private FileLoading.Reading reading = FileLoading::readMapFile;
    private long backgroundBytes = BACKGROUND_BYTES;
    private Consumer<ArgumentMap> preparation = map -> { };
    private ExecutorService opener;
    private ExecutorService writer;
    /** The save being written on the worker, if one is. */
    private MapWrite writing;

    /** What reading a file came to, handed from the reading thread to the FX thread. */
    private record Outcome(ReadResult result, Optional<FileStamp> stamp, Throwable failure) {
    }

    /**
     * How a map reaches its file: what is written is taken from the map on the FX thread, and
     * written anywhere (on the worker, for a large map). A test stands in a disk that fails.
     */
    @FunctionalInterface
    interface MapSaving {
        Written prepare(ArgumentMap map) throws IOException;
    }

    /** A map's content taken for a save, ready to be written from any thread. */
    @FunctionalInterface
    interface Written {
        AtomicFiles.Outcome writeTo(Path file, Backups backups) throws IOException;
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
        load(file, read -> {
            if (confirmDiscard()) {
                show(MapDocument.fromFile(read.result().map(), file), read);
            }
        });
    }

    /**
     * Opens this file without asking (at start-up); shows the error and keeps the map open if it
     * cannot be read. A large file is read in the background: true then means that it is being read.
     * Should the user have started another map meanwhile, it is asked about first.
     */
    public boolean openFile(Path file) {
        MapDocument before = document();
        return load(file, read -> {
            if (document() == before || confirmDiscard()) {
                show(MapDocument.fromFile(read.result().map(), file), read);
            }
        });
    }

    /** The file being read in the background, null when none is; Cancel stops it. */
    public ReadOnlyObjectProperty<FileLoading> loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The Cancel button beside an opening's progress: stops reading, the map open stays as it was. */
    public void cancelOpening() {
        FileLoading running = loading.get();
        if (running != null) {
            running.cancel();
            loading.set(null);
            announce("Stopped opening " + running.file().getFileName() + "; the map open before stays as it was.");
            runAfterLoading();
        }
    }

    /** Runs this once no file is being read any more (at once if none is): the offer of recovered maps waits for it. */
    public void whenNotLoading(Runnable action) {
        if (loading.get() == null) {
            action.run();
        } else {
            afterLoading.add(action);
        }
    }

    /**
     * What the window does with a map read in the background before it is shown, on the reading
     * thread, which has the map to itself until then: lay it out, say. It must not touch the scene.
     */
    public void setPreparation(Consumer<ArgumentMap> prepare) {
        preparation = Objects.requireNonNull(prepare);
    }

    /** A test's reading, which may pause, and the size from which files are read in the background. */
    void setReading(FileLoading.Reading reading, long backgroundBytes) {
        this.reading = Objects.requireNonNull(reading);
        this.backgroundBytes = backgroundBytes;
    }

    /** Opens a map shipped inside the application; it is saved with Save As. */
    public boolean openBundled(String resource) {
        try {
            ReadResult result = BundledMaps.read(resource);
            show(MapDocument.readOnlySource(result.map(), BundledMaps.nameOf(resource)),
                    new Outcome(result, Optional.empty(), null));
            return true;
        } catch (MapReadException e) {
            prompts.showReadError(owner.get(), e);
            return false;
        }
    }

    /**
     * File › Save: to the map's file, or through Save As when it has none. True if the map was saved,
     * or, for a large map, is being written on the worker ("Saving …" until it is).
     */
    public boolean save() {
        return save(true);
    }

    /** @param background whether a large map may be written on the worker; not when the map is let go after */
    private boolean save(boolean background) {
        commitPendingEdits();
        finishWrites();
        MapDocument current = document();
        Optional<Path> file = current.file();
        if (file.isEmpty()) {
            return saveAs(background);
        }
        if (disk.changedOnDisk()) {
            return switch (prompts.askToOverwriteExternalChange(owner.get(), current.name())) {
                case OVERWRITE -> write(current, file.get(), background, "");
                case SAVE_AS -> saveAs(background);
                case CANCEL -> false;
            };
        }
        String note = disk.gone() ? " (it had been deleted or moved by another program and is written again)" : "";
        return write(current, file.get(), background, note);
    }

    /**
     * Looks whether another program changed or removed the open map's file since Argumap read or
     * saved it, and if so says so: a change is offered to Reload or Keep Mine, a removal is told in
     * the status line, since the next Save simply writes the file again. The window calls it when it
     * regains focus; each change is asked about once.
     */
    public void checkForExternalChange() {
        if (writing != null) {
            return; // our own save is under way; it tells the watch what it wrote when done
        }
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
        load(file, read -> {
            if (document() == current) {
                show(MapDocument.fromFile(read.result().map(), file), read);
            }
        });
    }

    /**
     * File › Save As…: true if the map was saved. Choosing the open map's own file is a Save, and
     * asks as Save does when another program changed the file: the platform's "replace?" question
     * cannot know that the file holds something other than what Argumap read.
     */
    public boolean saveAs() {
        return saveAs(true);
    }

    private boolean saveAs(boolean background) {
        commitPendingEdits();
        finishWrites();
        MapDocument current = document();
        Optional<Path> target = fileDialogs.chooseSaveTarget(owner.get(), current.suggestedFileName());
        if (target.isEmpty()) {
            return false;
        }
        if (isOpenFile(current, target.get()) && disk.changedOnDisk()) {
            return switch (prompts.askToOverwriteExternalChange(owner.get(), current.name())) {
                case OVERWRITE -> write(current, target.get(), background, "");
                case SAVE_AS -> saveAs(background);
                case CANCEL -> false;
            };
        }
        return write(current, target.get(), background, "");
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
        // A save under way decides whether anything is still unsaved.
        finishWrites();
        MapDocument current = document();
        if (!current.isDirty()) {
            return true;
        }
        return switch (prompts.askToSaveChanges(owner.get(), current.name())) {
            // Written before the map is let go: a failure must still find the map open.
            case SAVE -> save(false);
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

    /**
     * Reads the file, then hands what it read to {@code then} on the FX thread; a file that cannot be
     * read is told about instead. Small files are read here and now, large ones on the worker, in the
     * same steps. A newer opening replaces one still running. True if the map was read (or is being
     * read in the background).
     */
    private boolean load(Path file, Consumer<Outcome> then) {
        FileLoading running = loading.get();
        if (running != null) {
            running.cancel();
            loading.set(null);
        }
        Optional<EarlyOpening> early = EarlyOpening.takeOver(file);
        long size = early.isPresent() ? 0 : sizeOf(file);
        FileLoading job = early.map(EarlyOpening::loading)
                .orElseGet(() -> new FileLoading(file, size, size >= backgroundBytes));
        if (!job.inBackground()) {
            return arrived(job, readAndPrepare(job, early), then);
        }
        loading.set(job);
        early.ifPresent(begun -> job.startReporting());
        opener().execute(() -> {
            Outcome outcome = readAndPrepare(job, early);
            Platform.runLater(() -> {
                if (loading.get() == job && !job.isCancelled()) {
                    loading.set(null);
                    arrived(job, outcome, then);
                    runAfterLoading();
                }
            });
        });
        return true;
    }

    /** On the worker for a large file; a reading begun at start-up is waited for, not begun again. */
    private Outcome readAndPrepare(FileLoading job, Optional<EarlyOpening> early) {
        try {
            // Before reading: should the file change meanwhile, that counts as a change by another
            // program. A large file's hash is worked out meanwhile, not in the user's wait.
            CompletableFuture<Optional<FileStamp>> stamp = early.map(EarlyOpening::stamp)
                    .orElseGet(() -> job.inBackground() ? DiskWatch.stampConcurrently(job.file(), STAMPING)
                            : CompletableFuture.completedFuture(DiskWatch.stampOf(job.file())));
            ReadResult result = early.isPresent() ? early.get().result() : reading.read(job.file(), job);
            if (job.inBackground()) {
                preparation.accept(result.map());
                job.checkCancelled();
            }
            return new Outcome(result, stamp.join(), null);
        } catch (MapReadException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return new Outcome(null, Optional.empty(), e);
        }
    }

    private boolean arrived(FileLoading job, Outcome outcome, Consumer<Outcome> then) {
        Throwable failure = outcome.failure();
        if (failure == null) {
            then.accept(outcome);
            return true;
        }
        if (failure instanceof MapReadException e) {
            prompts.showReadError(owner.get(), e);
        } else if (failure instanceof OutOfMemoryError) {
            prompts.showError(owner.get(), "Could not open " + job.file().getFileName(),
                    "There is not enough memory for this map. The map open before stays as it was.");
        } else if (!(failure instanceof CancellationException)) {
            // A reader bug must not take the open map down with it; say what happened instead.
            prompts.showError(owner.get(), "Could not open " + job.file().getFileName(), String.valueOf(failure));
        }
        return false;
    }

    private void runAfterLoading() {
        List<Runnable> waiting = List.copyOf(afterLoading);
        afterLoading.clear();
        waiting.forEach(Runnable::run);
    }

    static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private ExecutorService opener() {
        if (opener == null) {
            opener = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "argumap-open");
                thread.setDaemon(true);
                return thread;
            });
        }
        return opener;
    }

    /**
     * Writes the map, dated if it has unsaved changes: saving an unchanged map, even under a new
     * name, leaves its content byte for byte as it was. A failed save takes the date back. What is
     * written is taken from the map here; a large map's is written on the worker, if
     * {@code background} allows, and true then means that it is being written.
     */
    private boolean write(MapDocument target, Path file, boolean background, String note) {
        MapInfo before = target.map().info();
        if (target.isDirty()) {
            target.map().setInfo(stamp.stamped(before));
        }
        boolean large = background && target.map().size() > BACKGROUND_SAVE_NODES;
        MapWrite job = new MapWrite(target, file, before, note, backups.get(), saving);
        if (!large) {
            job.run();
            return written(job);
        }
        writing = job;
        notice.set("Saving " + file.getFileName() + "…");
        writer().execute(() -> {
            job.run();
            Platform.runLater(() -> written(job));
        });
        return true;
    }

    /** On the FX thread, once per save: the map is marked saved, or the failure is told. */
    private boolean written(MapWrite job) {
        if (!job.takeFinish()) {
            return job.failure() == null;
        }
        if (writing == job) {
            writing = null;
        }
        MapDocument target = job.target();
        Path file = job.file();
        Exception failure = job.failure();
        if (failure != null) {
            if (target.map().info().equals(job.written())) {
                target.map().setInfo(job.before());
            }
            prompts.showError(owner.get(), "Could not save " + file.getFileName(), SaveFailures.explain(file, failure)
                    + "\n\nThe map is still open with its changes, and the file as it was before; try saving it"
                    + " somewhere else.");
            notice.set("Not saved: " + SaveFailures.reason(file, failure));
            return false;
        }
        target.savedTo(file, job.changedSince());
        if (target == document()) {
            disk.remember(target.file(), job.stamp());
        }
        notice.set(withNote("Saved " + file.toAbsolutePath(), job.outcome()) + job.note());
        return true;
    }

    /** Waits for a save on the worker to end and tells how it went; nothing if none is under way. */
    private void finishWrites() {
        MapWrite job = writing;
        if (job != null) {
            job.awaitWritten();
            written(job);
        }
    }

    private ExecutorService writer() {
        if (writer == null) {
            // Not a daemon, so a map being written when the window closes is written to the end;
            // the thread ends when idle, so it never keeps the program alive after that.
            writer = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    task -> new Thread(task, "argumap-save"));
        }
        return writer;
    }

    /** A file operation's message, with what the user should know about how the file was written. */
    public static String withNote(String message, AtomicFiles.Outcome outcome) {
        return outcome.note().isEmpty() ? message : message + " (" + outcome.note() + ")";
    }

    private void show(MapDocument opened, Outcome read) {
        List<String> warnings = read.result().warnings();
        String message = warnings.isEmpty() ? ""
                : "Opened with " + warnings.size() + (warnings.size() == 1 ? " warning: " : " warnings, the first: ")
                        + warnings.get(0);
        disk.remember(opened.file(), read.stamp());
        document.set(opened);
        notice.set(message);
    }

    private void replace(MapDocument next, String message) {
        disk.remember(next.file());
        document.set(next);
        notice.set(message);
    }
}
