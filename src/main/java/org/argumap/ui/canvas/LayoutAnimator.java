package org.argumap.ui.canvas;

import javafx.animation.AnimationTimer;
import org.argumap.layout.MapGeometry;
import org.argumap.model.ArgumentMap;
import org.argumap.render.LaidOutMap;
import org.argumap.render.Placement;

/**
 * Glides boxes from one layout to the next over a quarter of a second, so that after a
 * re-layout, a change of layout style or a collapse the reader can follow where each box went
 * instead of facing a new picture. One frame per pulse through an {@link AnimationTimer}; a new
 * layout arriving mid-way starts a fresh glide from wherever the boxes are at that moment.
 */
final class LayoutAnimator {
    static final long DURATION_NANOS = 250_000_000L;

    private final Runnable onFrame;
    private Tween tween;
    private long start;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
        }
    };

    /** @param onFrame asks for a redraw; called once per pulse while a glide runs */
    LayoutAnimator(Runnable onFrame) {
        this.onFrame = onFrame;
    }

    /** What to draw: the current frame while gliding, else the map at rest. */
    Placement placement(LaidOutMap rest) {
        return tween != null ? tween : rest;
    }

    boolean isRunning() {
        return tween != null;
    }

    /**
     * Glides from what is on screen now to {@code to}.
     *
     * @param onScreen the geometry drawn so far; ignored while a glide runs, which starts from its current frame
     */
    void glide(ArgumentMap map, MapGeometry onScreen, MapGeometry to) {
        MapGeometry from = tween != null ? tween.freeze() : onScreen;
        tween = new Tween(map, from, to);
        start = 0;
        timer.start();
    }

    /** Ends any glide at once, at the new layout (a new map, a drag starting). */
    void stop() {
        if (tween != null) {
            tween = null;
            timer.stop();
            onFrame.run();
        }
    }

    private void frame(long now) {
        if (tween == null) {
            timer.stop();
            return;
        }
        if (start == 0) {
            start = now;
        }
        double linear = Math.min(1, (now - start) / (double) DURATION_NANOS);
        tween.setProgress(ease(linear));
        if (linear >= 1) {
            tween = null;
            timer.stop();
        }
        onFrame.run();
    }

    /** Slow out, slow in (cubic), as things move in the world. */
    static double ease(double t) {
        return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
    }
}
