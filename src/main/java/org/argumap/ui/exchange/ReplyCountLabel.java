package org.argumap.ui.exchange;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapEvent;
import org.argumap.model.MapListener;

/**
 * "12 replies to classify" in the status bar while the open map has unclassified replies, so a
 * moderator sees how far through the thread they are; hidden for maps without any.
 */
public final class ReplyCountLabel extends Label {
    private final MapListener listener = this::mapChanged;
    private ArgumentMap watched;

    public ReplyCountLabel(ObservableValue<ArgumentMap> openMap) {
        setId("status-replies");
        // The status bar squeezes its items; a count cut to "144 re…" says nothing.
        setMinWidth(Region.USE_PREF_SIZE);
        managedProperty().bind(visibleProperty());
        openMap.addListener((o, old, now) -> watch(now));
        watch(openMap.getValue());
    }

    /** The words for a count, such as "1 reply to classify". */
    public static String text(int replies) {
        return replies + (replies == 1 ? " reply" : " replies") + " to classify";
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
        // Moves and text edits leave the types alone; skipping them keeps drags cheap on large threads.
        // Once for a burst of events (a command's), not once per event: each count scans every link.
        if (!(event instanceof MapEvent.NodeMoved) && !(event instanceof MapEvent.StatementChanged) && !pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                update();
            });
        }
    }

    /** True while a count waits for the events of a change to end. */
    private boolean pending;

    private void update() {
        int replies = watched == null ? 0 : ReplyQueue.count(watched);
        setText(text(replies));
        setVisible(replies > 0);
    }
}
