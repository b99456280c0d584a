package org.argumap.ui.exchange;

import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * "Show 2 warnings…" in the status bar after an import that read past something, opening the
 * list; the notice beside it is replaced by the next action, the link stays while the map does.
 */
public final class WarningsLink extends Hyperlink {
    public WarningsLink(ObservableValue<ReadWarnings> warnings, Supplier<Window> owner) {
        setId("show-warnings");
        // The status bar squeezes its items; a count cut to "144 re…" says nothing.
        setMinWidth(Region.USE_PREF_SIZE);
        setFocusTraversable(false);
        managedProperty().bind(visibleProperty());
        warnings.addListener((o, old, now) -> show(now));
        show(warnings.getValue());
        setOnAction(e -> WarningsDialog.show(owner.get(), warnings.getValue()));
    }

    /** The link's words for these warnings. */
    public static String text(ReadWarnings warnings) {
        return "Show " + warnings.count() + "…";
    }

    private void show(ReadWarnings warnings) {
        setText(text(warnings));
        setVisible(!warnings.isEmpty());
    }
}
