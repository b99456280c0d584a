package org.argumap.ui.help;

import javafx.scene.control.Alert;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Help › About Argumap: the version (from the jar's manifest, "development" when run from classes) and the licence. */
public final class AboutDialog {
    public static final String TITLE = "About Argumap";
    public static final String LICENCE = "Apache License 2.0";

    private AboutDialog() {
    }

    /** Shows the dialog without waiting for it to close. */
    public static Alert show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(TITLE);
        alert.setHeaderText("Argumap " + version());
        alert.setContentText("An editor for argument maps: claims, reasons, objections and the evidence under them.\n\n"
                + "Licence: " + LICENCE + " (Apache-2.0)\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version", "?"));
        alert.getDialogPane().setId("about-argumap");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.show();
        return alert;
    }

    /** The Implementation-Version the build writes into the jar's manifest, or "development". */
    public static String version() {
        String version = AboutDialog.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "development" : version;
    }
}
