package org.argumap.ui.moderation;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapEvent;
import org.argumap.model.MapListener;

/**
 * "312 of 476 replies shown" in the status bar while the moderation filter is on, so the moderator
 * never forgets that replies are hidden; hidden itself while the filter hides nothing.
 */
public final class ShownRepliesLabel extends Label {
    private final ReplyFilter filter;
    private final MapListener listener = this::mapChanged;
    private ArgumentMap watched;
    private boolean pending;

    public ShownRepliesLabel(ReplyFilter filter, ObservableValue<ArgumentMap> openMap) {
        this.filter = filter;
        setId("status-shown-replies");
        setMinWidth(Region.USE_PREF_SIZE);
        managedProperty().bind(visibleProperty());
        filter.filterProperty().addListener((o, old, now) -> update());
        openMap.addListener((o, old, now) -> watch(now));
        watch(openMap.getValue());
    }

    private void watch(ArgumentMap map) {
        if (watched != null) {
            watched.removeListener(listener);
        }
        watched = map;
        if (map != null) {
            map.addListener(listener);
        }
        update();
    }

    private void mapChanged(MapEvent event) {
        // One command fires many events (a paste, an update of the thread): count once after them.
        if (!(event instanceof MapEvent.NodeMoved) && !pending) {
            pending = true;
            Platform.runLater(this::update);
        }
    }

    private void update() {
        pending = false;
        boolean on = filter.filter().hidesAnything() && watched != null;
        setVisible(on);
        setText(on ? filter.filter().apply(watched).summary() : "");
    }
}
