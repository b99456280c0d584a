package org.argumap.ui.present;

import org.argumap.render.BoxStyle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.argumap.layout.Rect;
import org.junit.jupiter.api.Test;

/** Where the camera goes for a step, and how it gets there: arithmetic, without a screen. */
class CameraTest {
    private static final double W = 1920;
    private static final double H = 1080;

    @Test
    void bodyTextIsTwentyEightPixelsOnA1080pScreen() {
        assertEquals(2.0, StepCamera.readableZoom(1080), 1e-9);
        assertEquals(28, BoxStyle.BODY_FONT.size() * StepCamera.readableZoom(1080), 1e-9);
        assertEquals(1.0, StepCamera.readableZoom(540), 1e-9);
    }

    @Test
    void aStepIsShownReadableWithWhatItBearsOnWhenThatFits() {
        Rect reason = new Rect(0, 300, 220, 120);
        Rect claim = new Rect(100, 0, 220, 100);
        Shot shot = StepCamera.step(reason, reason.union(claim), W, H);
        assertEquals(2.0, shot.zoom(), 1e-9);
        assertEquals(reason.union(claim).centreY(), shot.centreY(), 1e-9, "the claim above is in the picture too");
    }

    @Test
    void contextThatWouldNotFitIsLeftOutAndTooLargeAStepIsFitted() {
        Rect reason = new Rect(0, 3000, 220, 120);
        Rect farClaim = new Rect(0, 0, 220, 100);
        Shot shot = StepCamera.step(reason, reason.union(farClaim), W, H);
        assertEquals(2.0, shot.zoom(), 1e-9);
        assertEquals(reason.centreY(), shot.centreY(), 1e-9);

        Rect wide = new Rect(0, 0, 4000, 200);
        Shot fitted = StepCamera.step(wide, null, W, H);
        assertEquals((W - 2 * StepCamera.MARGIN) / 4000, fitted.zoom(), 1e-9, "capped by what fits");
    }

    @Test
    void aLongMoveRisesOnTheWayAndEndsExactlyAtItsTarget() {
        Shot from = new Shot(0, 0, 2);
        Shot to = new Shot(6000, 0, 2);
        CameraPath path = new CameraPath(from, to, W);
        assertTrue(path.at(0.5).zoom() < 0.5, "half way the camera is far out: " + path.at(0.5));
        assertEquals(3000, path.at(0.5).centreX(), 1, "and half way across");
        Shot almost = path.at(1 - 1e-9);
        assertEquals(6000, almost.centreX(), 1e-3);
        assertEquals(2, almost.zoom(), 1e-6);
        assertEquals(to, path.at(1));
        assertEquals(from, path.at(0));
    }

    @Test
    void aZoomInPlaceStaysInPlace() {
        CameraPath path = new CameraPath(new Shot(50, 60, 0.5), new Shot(50, 60, 2), W);
        assertEquals(Math.log(4) / Math.sqrt(2), path.length(), 1e-9);
        Shot middle = path.at(0.5);
        assertEquals(50, middle.centreX(), 1e-9);
        assertEquals(1, middle.zoom(), 1e-9, "geometric: half way from 0.5 to 2 is 1");
    }
}
