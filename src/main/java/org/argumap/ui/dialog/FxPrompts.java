package org.argumap.ui.dialog;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.argumap.io.MapReadException;
import org.argumap.model.MapInfo;

/** The editor's questions and messages as JavaFX dialogs. */
public final class FxPrompts implements Prompts {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonData.YES);
    public static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonData.NO);
    public static final ButtonType DELETE = new ButtonType("Delete", ButtonData.OK_DONE);
    public static final ButtonType RELOAD = new ButtonType("Reload", ButtonData.OTHER);
    // Keep Mine is the default: a stray Enter must not throw away the map in the window.
    public static final ButtonType KEEP_MINE = new ButtonType("Keep Mine", ButtonData.CANCEL_CLOSE);
    public static final ButtonType OVERWRITE = new ButtonType("Overwrite", ButtonData.OTHER);
    public static final ButtonType SAVE_AS = new ButtonType("Save As…", ButtonData.YES);

    @Override
    public SaveChoice askToSaveChanges(Window owner, String documentName) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DONT_SAVE, ButtonType.CANCEL);
        prepare(alert, owner, "Unsaved Changes");
        alert.setHeaderText(saveQuestion(documentName));
        alert.setContentText("Your changes will be lost if you don't save them.");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == SAVE) {
            return SaveChoice.SAVE;
        }
        return answer == DONT_SAVE ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    /** The question, also used by tests to recognise the dialog. */
    public static String saveQuestion(String documentName) {
        return "Save changes to " + documentName + " before closing?";
    }

    @Override
    public void showReadError(Window owner, MapReadException error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        prepare(alert, owner, "Could Not Open Map");
        alert.setHeaderText("Could not open " + ErrorTexts.fileName(error));
        alert.setContentText(ErrorTexts.describe(error));
        // The compiler-style line, selectable, for pasting into a bug report or an editor's "go to".
        TextArea copyable = new TextArea(error.getMessage());
        copyable.setEditable(false);
        copyable.setWrapText(true);
        copyable.setPrefRowCount(3);
        alert.getDialogPane().setExpandableContent(copyable);
        alert.showAndWait();
    }

    @Override
    public void showError(Window owner, String header, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        prepare(alert, owner, "Argumap");
        alert.setHeaderText(header);
        alert.setContentText(details);
        alert.showAndWait();
    }

    @Override
    public Optional<MapInfo> editMapInfo(Window owner, MapInfo current) {
        MapPropertiesDialog dialog = new MapPropertiesDialog(current);
        dialog.initOwner(owner);
        return dialog.showAndWait();
    }

    @Override
    public boolean confirmDelete(Window owner, String header, String details) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", DELETE, ButtonType.CANCEL);
        prepare(alert, owner, "Delete");
        alert.setHeaderText(header);
        alert.setContentText(details);
        // Delete is the default: the key that asked was Delete, and Undo brings everything back.
        return alert.showAndWait().orElse(ButtonType.CANCEL) == DELETE;
    }

    @Override
    public ExternalChangeChoice askAboutExternalChange(Window owner, String documentName, boolean unsavedChanges) {
        Alert alert = new Alert(Alert.AlertType.WARNING, "", RELOAD, KEEP_MINE);
        prepare(alert, owner, "Changed by Another Program");
        alert.setHeaderText(externalChangeNotice(documentName));
        alert.setContentText((unsavedChanges
                ? "Reload reads the file anew, and your unsaved changes in Argumap will be lost."
                : "Reload reads the file anew.")
                + " Keep Mine keeps the map as it is here; saving it will then ask before overwriting the file.");
        return alert.showAndWait().orElse(KEEP_MINE) == RELOAD
                ? ExternalChangeChoice.RELOAD : ExternalChangeChoice.KEEP_MINE;
    }

    /** The notice, also used by tests to recognise the dialog. */
    public static String externalChangeNotice(String documentName) {
        return "“" + documentName + "” was changed by another program.";
    }

    @Override
    public OverwriteChoice askToOverwriteExternalChange(Window owner, String documentName) {
        Alert alert = new Alert(Alert.AlertType.WARNING, "", OVERWRITE, SAVE_AS, ButtonType.CANCEL);
        prepare(alert, owner, "Changed by Another Program");
        alert.setHeaderText(OVERWRITE_QUESTION);
        alert.setContentText("“" + documentName + "” was changed by another program since Argumap read or saved it."
                + " Overwrite replaces those changes with this map; Save As… keeps both.");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == OVERWRITE) {
            return OverwriteChoice.OVERWRITE;
        }
        return answer == SAVE_AS ? OverwriteChoice.SAVE_AS : OverwriteChoice.CANCEL;
    }

    /** The question, also used by tests to recognise the dialog. */
    public static final String OVERWRITE_QUESTION = "Overwrite the changes made by another program?";

    private static void prepare(Alert alert, Window owner, String title) {
        alert.initOwner(owner);
        alert.setTitle(title);
        // Without this, long messages are cut off on some platforms instead of growing the dialog.
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
    }
}
