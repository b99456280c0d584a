package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.argumap.layout.Rect;
import org.argumap.model.MapAssertions;
import org.argumap.model.Statement;
import org.argumap.present.PresentationStep;
import org.argumap.present.PresentationSteps;
import org.argumap.ui.canvas.MapCanvas;
import org.argumap.render.MapPalette;
import org.argumap.ui.canvas.FxColours;
import org.argumap.ui.present.PresentationMode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The test: F5 presents the demo map full screen; each step reveals and focuses its boxes
 * and brings them into view at a readable size; the keys of slide software and clickers move back
 * and forth; O shows the whole map; Escape returns to the editor exactly as it was left.
 */
class PresentationModeTest extends CanvasTestBase {
    /** Each step is reached with another key a presenter might use: all of them get tried. */
    private static final List<KeyCode> NEXT_KEYS =
            List.of(KeyCode.RIGHT, KeyCode.SPACE, KeyCode.PAGE_DOWN, KeyCode.DOWN, KeyCode.ENTER);

    private PresentationMode mode() {
        return window.presentation();
    }

    private MapCanvas shown() {
        return onFx(() -> mode().canvas());
    }

    private void awaitCamera() {
        for (int i = 0; i < 400 && onFx(() -> mode().isCameraMoving() || mode().canvas().isAnimating()); i++) {
            WaitForAsyncUtils.sleep(10, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> statementIds() {
        return onFx(() -> map().statements().stream().map(Statement::id).toList());
    }

    private List<String> hidden() {
        return onFx(() -> statementIds().stream().filter(id -> mode().canvas().spotlight().isHidden(id)).toList());
    }

    private List<String> focused() {
        return onFx(() -> statementIds().stream().filter(id -> mode().cursor().isFocused(id)).toList());
    }

    private Rect visibleArea() {
        return onFx(() -> mode().canvas().navigation().visibleMapArea());
    }

    private static boolean contains(Rect outer, Rect inner) {
        return inner.x() >= outer.x() - 0.5 && inner.y() >= outer.y() - 0.5
                && inner.maxX() <= outer.maxX() + 0.5 && inner.maxY() <= outer.maxY() + 0.5;
    }

    /** The colour drawn at the centre of a box on the presentation canvas. */
    private Color colourAtCentreOf(String id) {
        return onFx(() -> {
            MapCanvas canvas = mode().canvas();
            WritableImage image = canvas.snapshot(new SnapshotParameters(), null);
            Rect box = canvas.geometry().rectOf(id);
            Rect visible = canvas.navigation().visibleMapArea();
            double zoom = canvas.zoomProperty().get();
            int x = (int) ((box.centreX() - visible.x()) * zoom);
            int y = (int) ((box.centreY() - visible.y()) * zoom);
            return image.getPixelReader().getColor(x, y);
        });
    }

    @Test
    void f5StepsThroughTheDemoRevealingAndFocusingEachStepAndEscapeReturnsToTheEditor(FxRobot robot) {
        // The teacher was working: a box selected, the view zoomed and moved.
        robot.clickOn(screenCentreOf("s9"));
        robot.type(KeyCode.EQUALS, 2);
        List<String> selectionBefore = selectedIds();
        Rect viewBefore = onFx(() -> canvas().navigation().visibleMapArea());
        double zoomBefore = zoom();
        List<String> mapBefore = onFx(() -> MapAssertions.describe(map()));
        int undoStepsBefore = onFx(() -> document().history().undoCount());
        assertEquals(List.of("s9"), selectionBefore);

        robot.type(KeyCode.F5);
        awaitCamera();
        assertTrue(onFx(() -> mode().isPresenting()));
        assertTrue(onFx(() -> mode().stage().isFullScreen()), "full screen");
        assertFalse(onFx(() -> mode().hasPresenterWindow()), "one screen: the notes are a strip, not a window");

        List<PresentationStep> steps = onFx(() -> mode().cursor().steps());
        assertEquals(onFx(() -> PresentationSteps.of(map())), steps);
        assertEquals(17, steps.size());

        // The overview first: the whole map, nothing hidden, nothing focused.
        assertEquals("Overview · 17 steps", onFx(() -> mode().counterText()));
        assertEquals(List.of(), hidden());
        assertEquals(List.of(), focused());
        assertTrue(contains(visibleArea(), onFx(() -> shown().geometry().bounds())), "the whole map is in view");

        for (int k = 1; k <= steps.size(); k++) {
            robot.type(NEXT_KEYS.get((k - 1) % NEXT_KEYS.size()));
            awaitCamera();
            assertStep(k, steps);
        }
        robot.type(KeyCode.RIGHT);
        assertEquals("17 / 17", onFx(() -> mode().counterText()), "the last step stays the last");

        robot.type(KeyCode.LEFT);
        awaitCamera();
        assertStep(16, steps);
        robot.type(KeyCode.PAGE_UP);
        awaitCamera();
        assertStep(15, steps);
        robot.type(KeyCode.BACK_SPACE, KeyCode.UP);
        awaitCamera();
        assertStep(13, steps);

        // O: the whole map in view, the step still focused and later ones still hidden; O again: back.
        robot.type(KeyCode.O);
        awaitCamera();
        assertTrue(onFx(() -> mode().isOverviewShown()));
        assertTrue(contains(visibleArea(), onFx(() -> shown().geometry().bounds())));
        assertEquals("13 / 17", onFx(() -> mode().counterText()));
        assertTrue(hidden().contains("s17"));
        robot.type(KeyCode.O);
        awaitCamera();
        assertStep(13, steps);

        robot.type(KeyCode.HOME);
        awaitCamera();
        assertEquals("Overview · 17 steps", onFx(() -> mode().counterText()));
        assertEquals(List.of(), hidden());
        robot.type(KeyCode.END);
        awaitCamera();
        assertStep(17, steps);

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> mode().isPresenting()));
        assertEquals(selectionBefore, selectedIds(), "the same selection");
        assertEquals(zoomBefore, zoom(), 1e-9, "the same zoom");
        Rect viewAfter = onFx(() -> canvas().navigation().visibleMapArea());
        assertEquals(viewBefore, viewAfter, "the same part of the map in view");
        assertEquals(mapBefore, onFx(() -> MapAssertions.describe(map())), "the map unchanged");
        assertEquals(undoStepsBefore, onFx(() -> document().history().undoCount()), "nothing on the undo history");
        assertFalse(onFx(() -> document().isDirty()));
        assertTrue(onFx(() -> canvas().isFocused() || canvas().getScene().getFocusOwner() == canvas()),
                "the map has the keyboard again");
    }

    /** At step k: what steps 1 to k reveal is shown, step k's boxes are focused, in view and readable. */
    private void assertStep(int k, List<PresentationStep> steps) {
        assertEquals(k + " / " + steps.size(), onFx(() -> mode().counterText()));
        List<String> expectedHidden = new ArrayList<>();
        steps.subList(k, steps.size()).forEach(step -> expectedHidden.addAll(step.shows()));
        assertEquals(sorted(expectedHidden), sorted(hidden()), "hidden at step " + k);
        assertEquals(sorted(steps.get(k - 1).shows()), sorted(focused()), "focused at step " + k);
        Rect view = visibleArea();
        double zoom = onFx(() -> shown().zoomProperty().get());
        double readable = onFx(() -> mode().readableZoom());
        Rect focus = null;
        for (String id : steps.get(k - 1).shows()) {
            Rect box = onFx(() -> shown().geometry().rectOf(id));
            assertTrue(contains(view, box), id + " in view at step " + k);
            focus = focus == null ? box : focus.union(box);
        }
        assertTrue(zoom <= readable + 1e-6, "never closer than readable: the step's neighbours stay in the picture");
        Rect all = focus;
        double fill = Math.max(all.width() * zoom / onFx(() -> shown().getWidth()),
                all.height() * zoom / onFx(() -> shown().getHeight()));
        assertTrue(Math.abs(zoom - readable) < 1e-6 || fill > 0.8,
                "step " + k + " is shown at the readable zoom, or fills the screen if too large for it");
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }

    @Test
    void hiddenBoxesAreNotDrawnAndOneScreenShowsTheNotesOnN(FxRobot robot) {
        robot.clickOn(emptySpot());
        robot.type(KeyCode.F5);
        awaitCamera();
        robot.type(KeyCode.RIGHT);
        awaitCamera();
        robot.type(KeyCode.O);
        awaitCamera();
        Color background = FxColours.of(MapPalette.LIGHT.background());
        assertNotEquals(background, colourAtCentreOf("s1"), "the main claim is drawn");
        assertEquals(background, colourAtCentreOf("s9"), "a reason of a later step is not drawn yet");

        assertFalse(onFx(() -> mode().isNotesShown()));
        robot.type(KeyCode.N);
        assertTrue(onFx(() -> mode().isNotesShown()));
        assertEquals("No notes for this step.", onFx(() -> mode().notesText()));
        robot.type(KeyCode.L);
        assertTrue(onFx(() -> mode().isLaserOn()), "L: the laser pointer");
        robot.type(KeyCode.B);
        assertTrue(onFx(() -> mode().isBlack()), "B: a black screen");
        robot.type(KeyCode.RIGHT);
        assertFalse(onFx(() -> mode().isBlack()), "a step key brings the map back ...");
        assertEquals("1 / 17", onFx(() -> mode().counterText()), "... without moving on in the dark");
        robot.type(KeyCode.PERIOD);
        assertTrue(onFx(() -> mode().isBlack()), ". also blacks the screen, as on many clickers");
        robot.type(KeyCode.B);
        assertFalse(onFx(() -> mode().isBlack()));
        robot.type(KeyCode.ESCAPE);
        assertFalse(onFx(() -> mode().isPresenting()));
    }
}
