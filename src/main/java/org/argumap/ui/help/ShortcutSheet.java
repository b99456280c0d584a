package org.argumap.ui.help;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help › Keyboard Shortcuts (F1, or {@code ?} on the map): a window beside the map listing every
 * menu command with its shortcut, grouped by menu, then the map's plain keys, the text editor's
 * keys and the mouse gestures. The menu part is read off the menu bar each time the sheet opens,
 * so it shows what the menus show, also commands added later. A filter field at the top keeps the
 * lines that contain every word typed (in the command, its keys or its menu's name). Escape or F1
 * closes it; it does not block the map, so one can try a key and look again.
 */
public final class ShortcutSheet {
    public static final String TITLE = "Keyboard Shortcuts";
    private static final double WIDTH = 560;
    private static final double HEIGHT = 640;
    private static final double COMMAND_WIDTH = 300;

    private final Supplier<Window> owner;
    private final Supplier<List<Menu>> menus;
    private final TextField filter = new TextField();
    private final VBox list = new VBox(4);
    private List<Shortcut> shortcuts = List.of();
    private Stage stage;

    /**
     * @param owner the main window, which the sheet stays in front of
     * @param menus the menu bar's menus, read again each time the sheet opens
     */
    public ShortcutSheet(Supplier<Window> owner, Supplier<List<Menu>> menus) {
        this.owner = Objects.requireNonNull(owner);
        this.menus = Objects.requireNonNull(menus);
        filter.setId("shortcut-filter");
        filter.setPromptText("Filter, e.g. paste or Ctrl+V");
        filter.setAccessibleText("Filter the shortcuts");
        filter.textProperty().addListener((o, old, now) -> showMatching());
        list.setId("shortcut-list");
        list.setPadding(new Insets(8, 12, 12, 12));
    }

    /** Opens the sheet with the menus as they are now, or brings it to the front; the filter has the focus. */
    public void show() {
        shortcuts = new ArrayList<>(MenuShortcuts.of(menus.get()));
        shortcuts.addAll(CanvasShortcuts.all());
        filter.clear();
        showMatching();
        Stage window = stage();
        window.show();
        window.toFront();
        filter.requestFocus();
    }

    public void hide() {
        if (stage != null) {
            stage.hide();
        }
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    private Stage stage() {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner.get());
            stage.initModality(Modality.NONE);
            stage.setTitle(TITLE);
            ScrollPane scroll = new ScrollPane(list);
            scroll.setFitToWidth(true);
            // The keys are written as this platform writes them (⌘ on macOS), so no note on modifiers is needed.
            Label hint = new Label("Type to filter. Escape or F1 closes this window.");
            hint.getStyleClass().add(Styles.TEXT_MUTED);
            VBox top = new VBox(6, filter, hint);
            top.setPadding(new Insets(12, 12, 6, 12));
            Scene scene = new Scene(new BorderPane(scroll, top, null, null, null), WIDTH, HEIGHT);
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1) {
                    stage.hide();
                    e.consume();
                }
            });
            stage.setScene(scene);
        }
        return stage;
    }

    /** Rebuilds the list from the lines that match the filter, under their headings. */
    private void showMatching() {
        Map<String, List<Shortcut>> groups = new LinkedHashMap<>();
        for (Shortcut shortcut : shortcuts) {
            if (shortcut.matches(filter.getText())) {
                groups.computeIfAbsent(shortcut.group(), g -> new ArrayList<>()).add(shortcut);
            }
        }
        list.getChildren().clear();
        if (groups.isEmpty()) {
            Label none = new Label("No command or key matches “" + filter.getText().trim() + "”.");
            none.setId("shortcut-none");
            list.getChildren().add(none);
        }
        groups.forEach((group, lines) -> {
            Label heading = new Label(group);
            heading.getStyleClass().add("shortcut-group");
            heading.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
            heading.setPadding(new Insets(list.getChildren().isEmpty() ? 0 : 10, 0, 2, 0));
            list.getChildren().add(heading);
            lines.forEach(line -> list.getChildren().add(row(line)));
        });
    }

    private static HBox row(Shortcut shortcut) {
        Label command = new Label(shortcut.command());
        command.getStyleClass().add("shortcut-command");
        command.setMinWidth(COMMAND_WIDTH);
        command.setPrefWidth(COMMAND_WIDTH);
        command.setWrapText(true);
        Label keys = new Label(shortcut.keys());
        keys.getStyleClass().add("shortcut-keys");
        keys.setStyle("-fx-font-family: monospace;");
        keys.setWrapText(true);
        HBox.setHgrow(keys, Priority.ALWAYS);
        HBox row = new HBox(12, command, keys);
        row.getStyleClass().add("shortcut-row");
        row.setAccessibleText(shortcut.keys().isEmpty() ? shortcut.command()
                : shortcut.command() + ": " + shortcut.keys());
        return row;
    }
}
