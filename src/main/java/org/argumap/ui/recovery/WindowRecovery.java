package org.argumap.ui.recovery;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import org.argumap.recovery.DataDirectory;
import org.argumap.recovery.RecoveredMap;
import org.argumap.recovery.RecoveryStore;
import org.argumap.ui.DocumentController;
import org.argumap.ui.MainWindow;
import org.argumap.ui.MapDocument;

/**
 * Autosave and recovery for one window: the autosave of its open map, the offer at start of what
 * runs that died left behind, and the clean quit that removes this run's files.
 */
public final class WindowRecovery {
    /** Milliseconds from a change to its autosave; the jar's integration test shortens it. */
    public static final String DELAY_PROPERTY = "argumap.autosaveMillis";
    public static final Duration DEFAULT_DELAY = Duration.seconds(5);
    private static final Logger LOG = Logger.getLogger(WindowRecovery.class.getName());

    private final MainWindow window;
    private final RecoveryStore store;
    private final Autosave autosave;
    private final Clock clock;

    private WindowRecovery(MainWindow window, RecoveryStore store, Duration delay, Clock clock) {
        this.window = window;
        this.store = store;
        this.clock = clock;
        this.autosave = new Autosave(window.documents(), window.stage().focusedProperty(), store, delay, clock);
        // Released, not typed: Backspace and Delete change the words too and type no character.
        window.stage().addEventFilter(KeyEvent.KEY_RELEASED, e -> autosave.typed());
    }

    /** Autosave into this store; nothing is offered yet. */
    public static WindowRecovery attach(MainWindow window, RecoveryStore store, Duration delay, Clock clock) {
        return new WindowRecovery(window, store, delay, clock);
    }

    /**
     * For the application: the user's recovery folder, the delay of {@value #DELAY_PROPERTY} or five
     * seconds, and the offer made at once. Empty, and logged, if the folder cannot be used: the
     * editor then runs without autosave rather than not at all.
     */
    public static Optional<WindowRecovery> start(MainWindow window, RecoveryPrompts prompts) {
        try {
            Duration delay = Optional.ofNullable(System.getProperty(DELAY_PROPERTY)).map(Double::parseDouble)
                    .map(Duration::millis).orElse(DEFAULT_DELAY);
            WindowRecovery recovery = attach(window, RecoveryStore.open(DataDirectory.recoveryFolder()), delay,
                    Clock.systemDefaultZone());
            recovery.offer(prompts);
            return Optional.of(recovery);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Autosave is off: the recovery folder cannot be used", e);
            return Optional.empty();
        }
    }

    public Autosave autosave() {
        return autosave;
    }

    public RecoveryStore store() {
        return store;
    }

    /**
     * Offers each map left by a run that died, oldest first. The first one restored takes the window,
     * and the rest wait for the next start: one window holds one map.
     */
    public void offer(RecoveryPrompts prompts) {
        List<RecoveredMap> orphans;
        try {
            orphans = store.orphans();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot list the recovery folder " + store.folder(), e);
            return;
        }
        ZoneId zone = clock.getZone();
        for (RecoveredMap recovered : orphans) {
            RecoveryChoice choice = prompts.offer(window.stage(), recovered.title(),
                    RecoveryTexts.when(recovered.written(), clock.instant(), zone),
                    RecoveryTexts.replaces(recovered.original(), recovered.written(), clock.instant(), zone));
            if (choice == RecoveryChoice.DISCARD) {
                discard(recovered);
            } else if (choice == RecoveryChoice.RESTORE && restore(recovered)) {
                return;
            }
        }
    }

    /** File › Quit and closing the window: the worker finishes, then this run's files and lock go. */
    public void quitCleanly() {
        autosave.stop();
        try {
            store.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove this run's recovery files from " + store.folder(), e);
        }
    }

    /**
     * Stops autosaving and lets go of the run's lock, leaving its files: what a killed process leaves
     * behind. Tests use it to stand for a crash without ending their JVM.
     */
    public void abandon() throws IOException {
        autosave.stop();
        store.abandon();
    }

    private boolean restore(RecoveredMap recovered) {
        DocumentController documents = window.documents();
        if (!documents.confirmDiscard()) {
            return false;
        }
        String name = recovered.original().map(file -> file.getFileName().toString()).orElse(recovered.title());
        documents.adopt(MapDocument.recovered(recovered.map(), recovered.original().orElse(null), name),
                "Restored the unsaved changes of " + recovered.title());
        // Adopting wrote the map into this run's slot on the worker; only after that may the old file go.
        autosave.afterWrites(() -> discard(recovered));
        return true;
    }

    private void discard(RecoveredMap recovered) {
        try {
            store.discard(recovered);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove the recovery file " + recovered.key(), e);
        }
    }
}
