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

    private static void prepare(Alert alert, Window owner, String title) {
        alert.initOwner(owner);
        alert.setTitle(title);
        // Without this, long messages are cut off on some platforms instead of growing the dialog.
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
    }
}
