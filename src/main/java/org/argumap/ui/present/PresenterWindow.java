package org.argumap.ui.present;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The presenter's own screen while the class sees the presentation on another: the step counter,
 * the time since the presentation began, this step's notes in large type, and what the next step
 * reveals. The presentation's keys work here too, so the presenter can stay at the laptop.
 */
final class PresenterWindow {
    private final Stage stage = new Stage();
    private final Label counter = new Label();
    private final Label clock = new Label("0:00");
    private final Label notes = new Label();
    private final Label next = new Label();
    private final Timeline ticks;
    private long startedAt;

    PresenterWindow(EventHandler<KeyEvent> keys) {
        counter.setId("presenter-counter");
        counter.setStyle("-fx-font-size: 30px; -fx-font-weight: bold;");
        clock.setId("presenter-clock");
        clock.setStyle("-fx-font-size: 30px; -fx-text-fill: #40506a;");
        notes.setId("presenter-notes");
        notes.setWrapText(true);
        notes.setStyle("-fx-font-size: 28px;");
        next.setId("presenter-next");
        next.setWrapText(true);
        next.setStyle("-fx-font-size: 20px; -fx-text-fill: #40506a;");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(counter, spacer, clock);
        Label notesHeading = heading("Notes");
        Label nextHeading = heading("Next");
        ScrollPane notesScroll = new ScrollPane(notes);
        notesScroll.setFitToWidth(true);
        notesScroll.setStyle("-fx-background-color: transparent; -fx-background: white;");
        VBox.setVgrow(notesScroll, Priority.ALWAYS);
        VBox body = new VBox(10, notesHeading, notesScroll, nextHeading, next);
        BorderPane root = new BorderPane(body);
        root.setTop(top);
        BorderPane.setMargin(body, new Insets(18, 0, 0, 0));
        root.setPadding(new Insets(24, 32, 24, 32));
        root.setStyle("-fx-background-color: white;");
        Scene scene = new Scene(root, 900, 600);
        scene.addEventFilter(KeyEvent.ANY, keys);
        stage.setScene(scene);
        stage.setTitle("Presenter — Argumap");
        ticks = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
    }

    private static Label heading(String text) {
        Label label = new Label(text.toUpperCase());
        label.setStyle("-fx-font-size: 14px; -fx-font-weight: bold; -fx-text-fill: #6a7a94;");
        return label;
    }

    /** Shows the window over this screen area and starts the clock. */
    void open(Rectangle2D screen, String mapName) {
        stage.setTitle("Presenter — " + mapName);
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setMaximized(true);
        startedAt = System.nanoTime();
        tick();
        ticks.play();
        stage.show();
    }

    void close() {
        ticks.stop();
        stage.hide();
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    void show(String counterText, String notesText, List<String> upcoming) {
        counter.setText(counterText);
        notes.setText(notesText.isBlank() ? "No notes for this step." : notesText);
        next.setText(upcoming.isEmpty() ? "The end." : String.join("\n", upcoming));
    }

    private void tick() {
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedAt);
        clock.setText(elapsed(seconds));
    }

    /** "4:05", or "1:04:05" past the hour. */
    static String elapsed(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }
}
