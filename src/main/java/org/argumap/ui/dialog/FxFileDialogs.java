package org.argumap.ui.dialog;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
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
        Optional<Path> chosen = remember(chooser.showSaveDialog(owner));
        if (chosen.isEmpty()) {
            return chosen;
        }
        Path target = withMapExtension(chosen.get());
        if (endingLandsOnAnotherFile(chosen.get(), target) && !replaceConfirmed(owner, target)) {
            return Optional.empty();
        }
        return Optional.of(target);
    }

    /**
     * Whether adding the ending made the name a file that exists. The platform's dialog asked
     * about replacing the name as typed, not this one, so without a question of our own the save
     * would silently replace another map.
     */
    static boolean endingLandsOnAnotherFile(Path typed, Path target) {
        return !typed.equals(target) && Files.exists(target);
    }

    private static boolean replaceConfirmed(Window owner, Path target) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        Alert question = new Alert(Alert.AlertType.CONFIRMATION, "", replace, ButtonType.CANCEL);
        question.initOwner(owner);
        question.setTitle("Save Map As");
        question.setHeaderText("“" + target.getFileName() + "” already exists. Replace it?");
        question.setContentText("Maps are saved with the " + ArgumapJsonFormat.EXTENSION + " ending, so the name you"
                + " typed is this file, in " + target.getParent() + ". Replacing it overwrites the map saved there.");
        // Cancel is the default: Enter must not replace a map the user did not name.
        ((Button) question.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        ((Button) question.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return question.showAndWait().filter(replace::equals).isPresent();
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
