package org.argumap.ui.present;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.argumap.edit.CommandHistory;
import org.argumap.edit.Selection;
import org.argumap.layout.LayoutStyle;
import org.argumap.layout.MapGeometry;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapEvent;
import org.argumap.model.MapListener;
import org.argumap.present.PresentationSteps;
import org.argumap.present.StepCursor;
import org.argumap.render.MapPalette;
import org.argumap.ui.canvas.MapCanvas;
import org.argumap.ui.canvas.Spotlight;

/**
 * View › Present: the map full screen on the chosen screen, the overview first, then step by step
 * ({@link PresentationSteps}), with a camera that glides to each step at a size the back row can
 * read ({@link StepCamera}). The presentation draws on a canvas of its own and never changes the
 * map, so Escape returns to the editor exactly as the teacher left it: the same view, the same
 * selection, the same undo history.
 */
public final class PresentationMode {
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final MapListener mapListener = this::mapChanged;
    private Runnable onEnd = () -> { };
    private Stage stage;
    private PresentationView view;
    /** The palette of the window's theme, which the class sees too. */
    private MapPalette palette = MapPalette.LIGHT;
    private StepCursor cursor;
    private PresentationSpotlight spotlight;
    private CameraGlide camera;
    private LaserPointer laser;
    private PresenterWindow presenter;
    private ArgumentMap map;
    /** O pressed at a step: the whole map in view, the step still focused, until O again or a move. */
    private boolean overviewShown;

    /**
     * Starts presenting the map, laid out as in the editor.
     *
     * @param editor       the editor's window: its screen decides where the presentation goes
     * @param chosenScreen the index in {@link Screen#getScreens()} the teacher chose, or -1 for automatic
     * @param afterwards   runs when the presentation ends, to give the editor the focus back
     */
    public void start(ArgumentMap presented, String mapName, LayoutStyle style, Window editor, int chosenScreen,
                      Runnable afterwards) {
        if (isPresenting()) {
            return;
        }
        map = Objects.requireNonNull(presented);
        onEnd = Objects.requireNonNull(afterwards);
        if (stage == null) {
            build();
        }
        cursor = new StepCursor(PresentationSteps.of(map));
        spotlight.setCursor(cursor);
        overviewShown = false;
        view.notes().setVisible(false);
        view.blackout().setVisible(false);
        laser.setOn(false);
        MapCanvas canvas = view.canvas();
        canvas.show(map, new CommandHistory(), new Selection());
        canvas.setLayoutStyle(style);
        canvas.setSpotlight(spotlight);
        stage.setTitle(mapName + " — Presentation");

        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getBounds).toList();
        int editorScreen = editor == null ? 0 : ScreenChoice.screenOf(screens,
                new Rectangle2D(editor.getX(), editor.getY(), Math.max(1, editor.getWidth()), Math.max(1, editor.getHeight())));
        ScreenChoice choice = ScreenChoice.of(screens, editorScreen, chosenScreen);
        Rectangle2D target = screens.get(choice.presentation());
        stage.setX(target.getMinX());
        stage.setY(target.getMinY());
        stage.setWidth(target.getWidth());
        stage.setHeight(target.getHeight());
        if (choice.hasPresenterScreen()) {
            presenter.open(screens.get(choice.presenter()), mapName);
        }
        map.addListener(mapListener);
        presenting.set(true);
        stage.show();
        stage.setFullScreen(true);
        stage.toFront();
        stage.requestFocus();
        shown(false);
    }

    /** Draws the presentation in the palette of the window's theme (View › Theme). */
    public void setPalette(MapPalette value) {
        palette = value;
        if (view != null) {
            view.setPalette(value);
        }
    }

    /**
     * The window, its canvas and the presenter's window, made once and kept: a canvas of a large map
     * starts a layout thread of its own, which one canvas per presentation would multiply.
     */
    private void build() {
        view = new PresentationView();
        view.setPalette(palette);
        spotlight = new PresentationSpotlight(new StepCursor(List.of()));
        MapCanvas canvas = view.canvas();
        camera = new CameraGlide(canvas);
        Scene scene = new Scene(view, 1024, 640);
        scene.addEventFilter(KeyEvent.ANY, this::key);
        laser = new LaserPointer(scene);
        view.getChildren().add(laser.dot());
        presenter = new PresenterWindow(this::key);
        stage = new Stage();
        stage.setScene(scene);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setOnHidden(e -> ended());
        canvas.widthProperty().addListener((o, old, now) -> frame(false));
        canvas.heightProperty().addListener((o, old, now) -> frame(false));
        canvas.layoutBusyProperty().addListener((o, was, busy) -> {
            if (!busy) {
                frame(false);
            }
        });
    }

    /** Jumps to a position (0 the overview, then steps from 1) without a camera move: Present from This Step. */
    public void goTo(int position) {
        if (isPresenting()) {
            overviewShown = false;
            cursor.moveTo(position);
            shown(false);
        }
    }

    /** Ends the presentation (Escape), back to the editor. */
    public void stop() {
        if (stage != null) {
            // Out of full screen first: a key released after a full-screen window closed is
            // checked against that window's full-screen state, which it no longer has (Monocle fails).
            stage.setFullScreen(false);
            stage.hide();
        }
    }

    public boolean isPresenting() {
        return presenting.get();
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    /** Where the presentation stands; null when not presenting. */
    public StepCursor cursor() {
        return cursor;
    }

    /** The presentation's own canvas; null before the first presentation. */
    public MapCanvas canvas() {
        return view == null ? null : view.canvas();
    }

    /** The full-screen window; null before the first presentation. */
    public Stage stage() {
        return stage;
    }

    /** True while the camera glides to a step. */
    public boolean isCameraMoving() {
        return camera != null && camera.isMoving();
    }

    /** The zoom at which the presentation reads from the back of the room, for its screen's height. */
    public double readableZoom() {
        return StepCamera.readableZoom(view.canvas().getHeight());
    }

    /** Whether O put the whole map in view at a step. */
    public boolean isOverviewShown() {
        return overviewShown;
    }

    public boolean isLaserOn() {
        return laser != null && laser.isOn();
    }

    public boolean isNotesShown() {
        return view != null && view.notes().isVisible();
    }

    public boolean isBlack() {
        return view != null && view.blackout().isVisible();
    }

    /** Whether the presenter's notes have a window of their own on a second screen. */
    public boolean hasPresenterWindow() {
        return presenter != null && presenter.isShowing();
    }

    /** What the counter in the corner says: "3 / 12". */
    public String counterText() {
        return view.counter().getText();
    }

    /** The notes the strip shows (N), for the presenter with one screen. */
    public String notesText() {
        return view.notes().notesText();
    }

    private void key(KeyEvent e) {
        e.consume(); // nothing reaches the canvas's own keys: they would edit or select
        if (e.getEventType() != KeyEvent.KEY_PRESSED || cursor == null) {
            return;
        }
        PresenterKey key = PresenterKey.of(e);
        if (isBlack() && key != PresenterKey.LEAVE && key != PresenterKey.NONE) {
            // Back to the map as it was: a step the class has not seen is not skipped in the dark.
            view.blackout().setVisible(false);
            return;
        }
        switch (key) {
            case NEXT -> move(cursor.position() + 1);
            case PREVIOUS -> move(cursor.position() - 1);
            case FIRST -> move(0);
            case LAST -> move(cursor.stepCount());
            case OVERVIEW -> {
                overviewShown = !overviewShown;
                frame(true);
            }
            case LASER -> laser.toggle();
            case NOTES -> view.notes().setVisible(!view.notes().isVisible());
            case BLACK -> view.blackout().setVisible(true);
            case LEAVE -> stop();
            case NONE -> { }
        }
    }

    private void move(int position) {
        boolean wasOverview = overviewShown;
        overviewShown = false;
        if (cursor.moveTo(position) || wasOverview) {
            shown(true);
        }
    }

    /** The step changed: redraw what is revealed, say where we are, and move the camera. */
    private void shown(boolean animate) {
        view.canvas().setSpotlight(spotlight);
        view.counter().setText(cursor.counter());
        view.hint().setVisible(cursor.atOverview());
        String notes = cursor.current() == null ? "" : cursor.current().notes();
        List<String> upcoming = StepWords.of(map, cursor.upcoming());
        view.notes().show(notes, upcoming.isEmpty() ? "Next: the end." : "Next: " + String.join(" · ", upcoming));
        presenter.show(cursor.counter(), notes, upcoming);
        frame(animate);
    }

    /** Points the camera at the overview or the current step. */
    private void frame(boolean animate) {
        if (!isPresenting()) {
            return;
        }
        MapCanvas canvas = view.canvas();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        MapGeometry geometry = canvas.geometry();
        if (width <= 0 || height <= 0 || geometry.isEmpty()) {
            return;
        }
        Rect focus = cursor.atOverview() || overviewShown ? null : StepFraming.focus(cursor.current(), geometry);
        Shot shot = focus == null ? StepCamera.overview(geometry.bounds(), width, height)
                : StepCamera.step(focus, StepFraming.context(map, cursor.current(), geometry, spotlight), width, height);
        camera.moveTo(shot, animate);
    }

    /** The map changed under the presentation (from the editor, on another screen): its steps are worked out again. */
    private void mapChanged(MapEvent event) {
        if (event instanceof MapEvent.NodeMoved || event instanceof MapEvent.InfoChanged) {
            return;
        }
        int at = cursor.position();
        cursor = new StepCursor(PresentationSteps.of(map));
        cursor.moveTo(at);
        spotlight.setCursor(cursor);
        shown(false);
    }

    private void ended() {
        camera.finish();
        map.removeListener(mapListener);
        view.canvas().setSpotlight(Spotlight.NONE);
        // Showing an empty map takes the canvas's listeners off the presented one.
        view.canvas().show(new ArgumentMap(), new CommandHistory(), new Selection());
        presenter.close();
        laser.setOn(false);
        cursor = null;
        overviewShown = false;
        presenting.set(false);
        onEnd.run();
    }
}
