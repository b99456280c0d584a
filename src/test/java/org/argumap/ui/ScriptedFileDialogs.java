package org.argumap.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.stage.Window;
import org.argumap.ui.dialog.ChosenFile;
import org.argumap.ui.dialog.FileDialogs;
import org.argumap.ui.dialog.FormatFilter;

/**
 * Answers file dialogs from a script, since no robot can drive the platform's file chooser. A
 * dialog asked with nothing scripted is cancelled, and every question is recorded.
 */
final class ScriptedFileDialogs implements FileDialogs {
    private final ConcurrentLinkedQueue<Path> opens = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Path> saves = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<ChosenFile> imports = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<ChosenFile> exports = new ConcurrentLinkedQueue<>();
    private final List<String> asked = Collections.synchronizedList(new ArrayList<>());

    void answerOpenWith(Path file) {
        opens.add(file);
    }

    void answerSaveWith(Path file) {
        saves.add(file);
    }

    /** File › Import… picks this file under the filter of this format (null: "All supported files"). */
    void answerImportWith(Path file, String format) {
        imports.add(new ChosenFile(file, format));
    }

    /** File › Export… writes to this file under the filter of this format (null: none chosen). */
    void answerExportWith(Path file, String format) {
        exports.add(new ChosenFile(file, format));
    }

    /** "open", "import", or "save:"/"export:" and the suggested name, for each dialog shown, in order. */
    List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public Optional<Path> chooseMapToOpen(Window owner) {
        asked.add("open");
        return Optional.ofNullable(opens.poll());
    }

    @Override
    public Optional<Path> chooseSaveTarget(Window owner, String suggestedName) {
        asked.add("save:" + suggestedName);
        return Optional.ofNullable(saves.poll());
    }

    @Override
    public Optional<ChosenFile> chooseFileToImport(Window owner, List<FormatFilter> filters) {
        asked.add("import");
        return Optional.ofNullable(imports.poll());
    }

    @Override
    public Optional<ChosenFile> chooseExportTarget(Window owner, List<FormatFilter> filters, FormatFilter selected,
            String suggestedName) {
        asked.add("export:" + suggestedName);
        return Optional.ofNullable(exports.poll());
    }
}
