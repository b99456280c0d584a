package org.argumap.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one main window, on the given map or on the bundled demo map. */
public final class ArgumapApplication extends Application {

    /** Starts the editor on this file, or on the demo map when null. Returns when the editor closes. */
    public static void launchEditor(Path file) {
        throw new UnsupportedOperationException("being written");
    }

    @Override
    public void start(Stage stage) {
        throw new UnsupportedOperationException("being written");
    }
}
