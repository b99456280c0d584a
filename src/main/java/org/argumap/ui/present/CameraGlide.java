package org.argumap.ui.present;

import javafx.animation.AnimationTimer;
import org.argumap.layout.Rect;
import org.argumap.ui.canvas.MapCanvas;

/**
 * Moves the presentation canvas's view along a {@link CameraPath}, one frame per pulse, in a time
 * that grows with the path's length (a short step is quick, a far one takes longer but never
 * drags), easing in and out so the move starts and stops gently.
 */
final class CameraGlide {
    private static final long MIN_NANOS = 450_000_000L;
    private static final long MAX_NANOS = 1_400_000_000L;
    private static final long NANOS_PER_LENGTH = 350_000_000L;

    private final MapCanvas canvas;
    private CameraPath path;
    private Shot target;
    private long start;
    private long duration;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
        }
    };

    CameraGlide(MapCanvas canvas) {
        this.canvas = canvas;
    }

    /** Goes to the shot, gliding from where the view is now, or at once. */
    void moveTo(Shot shot, boolean animate) {
        target = shot;
        Shot now = current();
        if (!animate || now == null || canvas.getWidth() <= 0) {
            finish();
            return;
        }
        path = new CameraPath(now, shot, canvas.getWidth());
        duration = Math.max(MIN_NANOS, Math.min(MAX_NANOS, MIN_NANOS / 2 + (long) (NANOS_PER_LENGTH * path.length())));
        start = 0;
        timer.start();
    }

    boolean isMoving() {
        return path != null;
    }

    /** Ends a move at its target at once; nothing if none is under way. */
    void finish() {
        timer.stop();
        path = null;
        if (target != null) {
            canvas.navigation().lookAt(target.centreX(), target.centreY(), target.zoom());
        }
    }

    /** Where the view is, or null before the canvas has a size. */
    private Shot current() {
        Rect visible = canvas.navigation().visibleMapArea();
        double zoom = canvas.zoomProperty().get();
        if (canvas.getWidth() <= 0 || zoom <= 0) {
            return null;
        }
        return new Shot(visible.centreX(), visible.centreY(), zoom);
    }

    private void frame(long now) {
        if (path == null) {
            timer.stop();
            return;
        }
        if (start == 0) {
            start = now;
        }
        double linear = Math.min(1, (now - start) / (double) duration);
        if (linear >= 1) {
            finish();
            return;
        }
        Shot shot = path.at(ease(linear));
        canvas.navigation().lookAt(shot.centreX(), shot.centreY(), shot.zoom());
    }

    /** Slow out, slow in. */
    private static double ease(double t) {
        return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
    }
}
