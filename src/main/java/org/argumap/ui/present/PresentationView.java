package org.argumap.ui.present;

import java.util.Locale;
import javafx.event.Event;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.GestureEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.argumap.render.Colour;
import org.argumap.render.MapPalette;
import org.argumap.ui.canvas.MapCanvas;

/**
 * What the class sees: the map on a canvas of its own (the editor's drawing, with the editor's
 * view and selection left alone), the step counter in a corner, the presenter's keys on the
 * overview, and on demand the notes strip under the map, a black screen and the laser dot. The mouse does not
 * reach the map, so nothing a presenter clicks or drags can change it.
 */
final class PresentationView extends StackPane {
    static final String KEYS_HINT = "→ or Space: next  ·  ←: back  ·  O: overview  ·  L: laser  ·  N: notes"
            + "  ·  B: black  ·  Esc: leave";

    private final MapCanvas canvas = new MapCanvas();
    private final Region blackout = new Region();
    private final Label counter = new Label();
    private final Label hint = new Label(KEYS_HINT);
    private final NotesStrip notes = new NotesStrip();

    PresentationView() {
        setId("presentation");
        canvas.minimapEnabledProperty().set(false);
        canvas.setFocusTraversable(false);
        blackout.setId("presentation-blackout");
        blackout.setStyle("-fx-background-color: black;");
        blackout.setVisible(false);
        counter.setId("presentation-counter");
        counter.setMouseTransparent(true);
        hint.setMouseTransparent(true);
        setPalette(MapPalette.LIGHT);
        StackPane.setAlignment(counter, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(counter, new Insets(16));
        StackPane.setAlignment(hint, Pos.BOTTOM_LEFT);
        StackPane.setMargin(hint, new Insets(16));
        // The strip takes its room from the map rather than covering the step's lower boxes.
        notes.managedProperty().bind(notes.visibleProperty());
        BorderPane mapAndNotes = new BorderPane(canvas);
        mapAndNotes.setBottom(notes);
        getChildren().addAll(mapAndNotes, counter, hint, blackout);
        // The editor's gestures (select, drag, zoom, menus) would act on the map: none gets through.
        // The laser follows the mouse from the scene's filters, which see events before these.
        addEventFilter(MouseEvent.ANY, Event::consume);
        addEventFilter(ScrollEvent.ANY, Event::consume);
        addEventFilter(GestureEvent.ANY, Event::consume);
        addEventFilter(ContextMenuEvent.ANY, Event::consume);
        addEventFilter(DragEvent.ANY, Event::consume);
    }

    /** The map, the ground and the corner labels in the colours of a palette. */
    void setPalette(MapPalette palette) {
        canvas.setPalette(palette);
        setStyle("-fx-background-color: " + css(palette.background(), 1) + ";");
        String pill = " -fx-background-color: " + css(palette.background(), 0.85)
                + "; -fx-background-radius: 6; -fx-padding: 4 12;";
        counter.setStyle("-fx-font-size: 18px; -fx-text-fill: " + css(palette.text(), 0.75) + ";" + pill);
        hint.setStyle("-fx-font-size: 14px; -fx-text-fill: " + css(palette.text(), 0.6) + ";" + pill);
    }

    private static String css(Colour colour, double opacity) {
        return String.format(Locale.ROOT, "rgba(%d, %d, %d, %.2f)", Math.round(colour.red() * 255),
                Math.round(colour.green() * 255), Math.round(colour.blue() * 255), opacity);
    }

    MapCanvas canvas() {
        return canvas;
    }

    NotesStrip notes() {
        return notes;
    }

    Label counter() {
        return counter;
    }

    Label hint() {
        return hint;
    }

    Region blackout() {
        return blackout;
    }
}
