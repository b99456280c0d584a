package org.argumap.ui.recovery;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The offer of a recovered map as a JavaFX dialog. */
public final class FxRecoveryPrompts implements RecoveryPrompts {
    public static final ButtonType RESTORE = new ButtonType("Restore", ButtonData.YES);
    public static final ButtonType DISCARD = new ButtonType("Discard", ButtonData.NO);
    public static final ButtonType LATER = new ButtonType("Later", ButtonData.CANCEL_CLOSE);

    @Override
    public RecoveryChoice offer(Window owner, String title, String when, String replaces) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", RESTORE, DISCARD, LATER);
        alert.initOwner(owner);
        alert.setTitle("Recover Unsaved Changes");
        alert.setHeaderText(question(title));
        alert.setContentText("Argumap stopped before these changes were saved.\nAutosaved " + when + "; restoring "
                + replaces + ".\nLater keeps them for the next start.");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        ButtonType answer = alert.showAndWait().orElse(LATER);
        if (answer == RESTORE) {
            return RecoveryChoice.RESTORE;
        }
        // Closing the dialog must never delete work: only Discard does.
        return answer == DISCARD ? RecoveryChoice.DISCARD : RecoveryChoice.LATER;
    }

    /** The question, also used by tests to recognise the dialog. */
    public static String question(String title) {
        return "Restore unsaved changes to “" + title + "”?";
    }
}
