package org.argumap.ui.filewatch;

import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.value.ObservableValue;

/**
 * Looks at the open file each time the window regains focus, as IntelliJ IDEA and VS Code do: the
 * user comes back from the program that changed the file and is asked then, not while typing. A
 * look is a stat, so no timer or {@code WatchService} thread runs, and an atomic save's temporary
 * files never wake anything.
 */
public final class LookOnFocus {
    private LookOnFocus() {
    }

    /**
     * @param later runs the look after the focus change has finished (on the FX thread,
     *     {@code Platform::runLater}), so that a dialog does not open in the middle of it
     */
    public static void install(ObservableValue<Boolean> windowFocused, Runnable look, Executor later) {
        Objects.requireNonNull(look);
        Objects.requireNonNull(later);
        windowFocused.addListener((o, was, focused) -> {
            if (Boolean.TRUE.equals(focused) && !Boolean.TRUE.equals(was)) {
                later.execute(look);
            }
        });
    }
}
