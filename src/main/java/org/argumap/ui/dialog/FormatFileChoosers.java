package org.argumap.ui.dialog;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.FileChooser.ExtensionFilter;
import javafx.stage.Window;

/**
 * The platform's file choosers for File › Import… and Export…, with one filter per format, each
 * starting in the folder it last used (threads are downloaded to one place, summaries written to
 * another). The answer says which filter was in force, since that names the format of a plain
 * {@code .json} file.
 */
final class FormatFileChoosers {
    private Path lastImportFolder;
    private Path lastExportFolder;

    Optional<ChosenFile> chooseFileToImport(Window owner, List<FormatFilter> filters) {
        FileChooser chooser = chooser("Import Map", filters, lastImportFolder);
        chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(0));
        File chosen = chooser.showOpenDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        lastImportFolder = chosen.toPath().toAbsolutePath().getParent();
        return Optional.of(answer(chosen, chooser, filters));
    }

    Optional<ChosenFile> chooseExportTarget(Window owner, List<FormatFilter> filters, FormatFilter selected,
            String suggestedName) {
        FileChooser chooser = chooser("Export Map", filters, lastExportFolder);
        chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(Math.max(0, filters.indexOf(selected))));
        chooser.setInitialFileName(suggestedName);
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        lastExportFolder = chosen.toPath().toAbsolutePath().getParent();
        return Optional.of(answer(chosen, chooser, filters));
    }

    private static FileChooser chooser(String title, List<FormatFilter> filters, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FormatFilter filter : filters) {
            chooser.getExtensionFilters().add(new ExtensionFilter(filter.description(), filter.patterns()));
        }
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    /** The filter in force when the user confirmed, found by its position among the chooser's own filter objects. */
    private static ChosenFile answer(File chosen, FileChooser chooser, List<FormatFilter> filters) {
        int index = chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter());
        String format = index < 0 ? null : filters.get(index).formatName();
        return new ChosenFile(chosen.toPath().toAbsolutePath(), format);
    }
}
