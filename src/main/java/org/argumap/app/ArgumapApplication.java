package org.argumap.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.argumap.ui.MainWindow;
import org.argumap.ui.ShownProbe;
import org.argumap.ui.dialog.FxFileDialogs;
import org.argumap.ui.dialog.FxPrompts;
import org.argumap.ui.recovery.FxRecoveryPrompts;
import org.argumap.ui.recovery.WindowRecovery;
import org.argumap.ui.theme.ThemePreference;

/**
 * The JavaFX application: one main window, on the given map or on the bundled demo map, with
 * autosave, and the offer to restore what a run that crashed left unsaved.
 */
public final class ArgumapApplication extends Application {
    private WindowRecovery recovery;

    /** Starts the editor on this file, or on the demo map when null. Returns when the editor closes. */
    public static void launchEditor(Path file) {
        String[] args = file == null ? new String[0] : new String[] {file.toString()};
        Application.launch(ArgumapApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, new FxFileDialogs(), new FxPrompts(), getHostServices()::showDocument,
                ThemePreference.ofUser());
        // Shown before the map is read, so that a read error has a window to belong to.
        window.show();
        List<String> args = getParameters().getRaw();
        Path file = args.isEmpty() ? null : Path.of(args.get(0));
        ShownProbe.installIfAsked(window, file);
        window.open(file);
        // After the map named or the demo (read in the background if large), so that a restored
        // map takes their place.
        window.documents().whenNotLoading(
                () -> recovery = WindowRecovery.start(window, new FxRecoveryPrompts()).orElse(null));
    }

    /** Only a clean quit comes here; after a crash the recovery files stay for the next start. */
    @Override
    public void stop() {
        if (recovery != null) {
            recovery.quitCleanly();
        }
    }
}
