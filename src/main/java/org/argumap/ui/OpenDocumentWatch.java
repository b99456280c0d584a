package org.argumap.ui;

import java.util.Objects;
import org.argumap.edit.HistoryListener;
import org.argumap.edit.SelectionListener;

/**
 * Tells a group of actions whenever what they depend on may have changed: another map opened, the
 * selection moved, or a step done or undone. Menus use it to enable only what can apply. It moves
 * its listeners from map to map, so a closed map's history never calls back.
 */
final class OpenDocumentWatch {
    private final Runnable changed;
    private final SelectionListener selectionListener;
    private final HistoryListener historyListener;
    private MapDocument watched;

    private OpenDocumentWatch(Runnable changed) {
        this.changed = Objects.requireNonNull(changed);
        this.selectionListener = s -> changed.run();
        this.historyListener = h -> changed.run();
    }

    /** Runs {@code changed} now and after every such change of the open map. */
    static void start(DocumentController documents, Runnable changed) {
        OpenDocumentWatch watch = new OpenDocumentWatch(changed);
        documents.documentProperty().addListener((o, old, now) -> watch.watch(now));
        watch.watch(documents.document());
    }

    private void watch(MapDocument document) {
        if (watched != null) {
            watched.selection().removeListener(selectionListener);
            watched.history().removeListener(historyListener);
        }
        watched = document;
        document.selection().addListener(selectionListener);
        document.history().addListener(historyListener);
        changed.run();
    }
}
