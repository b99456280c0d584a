package org.argumap.ui.dialog;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.argumap.io.json.ArgumapJsonFormat;

/** The platform's file choosers, starting where the user last opened or saved a map. */
public final class FxFileDialogs implements FileDialogs {
    private final FormatFileChoosers formatChoosers = new FormatFileChoosers();
    private Path lastDirectory;

    @Override
    public Optional<Path> chooseMapToOpen(Window owner) {
        FileChooser chooser = chooser("Open Map");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseSaveTarget(Window owner, String suggestedName) {
        FileChooser chooser = chooser("Save Map As");
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner)).map(FxFileDialogs::withMapExtension);
    }

    @Override
    public Optional<ChosenFile> chooseFileToImport(Window owner, List<FormatFilter> filters) {
        return formatChoosers.chooseFileToImport(owner, filters);
    }

    @Override
    public Optional<ChosenFile> chooseExportTarget(Window owner, List<FormatFilter> filters, FormatFilter selected,
            String suggestedName) {
        return formatChoosers.chooseExportTarget(owner, filters, selected, suggestedName);
    }

    /**
     * Not every platform's save dialog adds the extension of the chosen filter; without it the file
     * would not show up in the Open dialog. A name already ending in .json is left as typed.
     */
    static Path withMapExtension(Path file) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return file;
        }
        return file.resolveSibling(name + ArgumapJsonFormat.EXTENSION);
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter("Argument maps (*" + ArgumapJsonFormat.EXTENSION + ")",
                        "*" + ArgumapJsonFormat.EXTENSION));
        if (lastDirectory != null && Files.isDirectory(lastDirectory)) {
            chooser.setInitialDirectory(lastDirectory.toFile());
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        Path path = chosen.toPath().toAbsolutePath();
        lastDirectory = path.getParent();
        return Optional.of(path);
    }
}
