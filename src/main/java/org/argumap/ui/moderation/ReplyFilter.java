package org.argumap.ui.moderation;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.argumap.analysis.moderation.HiddenReplies;
import org.argumap.analysis.moderation.ModerationFilter;
import org.argumap.ui.canvas.MapCanvas;

/**
 * The window's moderation filter, applied to the canvas (and through it the outline) as its
 * hiding rule. The filter is this window's view, like collapsed branches: it is not saved with the
 * map, so a map handed on shows every reply, and the saved file is the same whatever is hidden.
 * It stays when another map is opened, so a moderator working through several threads keeps one
 * policy, as the import options do.
 */
public final class ReplyFilter {
    private final MapCanvas canvas;
    private final ObjectProperty<ModerationFilter> filter = new SimpleObjectProperty<>(this, "filter",
            ModerationFilter.NONE);

    public ReplyFilter(MapCanvas canvas) {
        this.canvas = Objects.requireNonNull(canvas);
        filter.addListener((o, old, now) -> apply(now));
    }

    public ObjectProperty<ModerationFilter> filterProperty() {
        return filter;
    }

    public ModerationFilter filter() {
        return filter.get();
    }

    public void setFilter(ModerationFilter value) {
        filter.set(Objects.requireNonNull(value));
    }

    /** What the filter hides in the map shown now. */
    public HiddenReplies hidden() {
        return filter.get().apply(canvas.map());
    }

    private void apply(ModerationFilter now) {
        if (now.hidesAnything()) {
            canvas.hiding().setRule(map -> now.apply(map).ids());
        } else {
            canvas.hiding().showAll();
        }
    }
}
