package org.argumap.ui.search;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import org.argumap.model.ArgumentMap;
import org.argumap.ui.canvas.MapCanvas;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The search bar at the right end of the toolbar row: a search field with a clear button, how many
 * matches there are and which one is shown ("3 of 12"), buttons for the previous and next match,
 * and the filter menu.
 *
 * <p>Keys in the field: typing searches as you type; Enter goes to the next match, Shift+Enter to
 * the previous one; Escape ends the search and gives the keyboard back to the map. Anywhere in the
 * window: Ctrl+F comes here (the menu's Find…), F3 or Ctrl+G the next match, Shift+F3 or
 * Ctrl+Shift+G the previous one. The field turns red (the theme's danger colour) when nothing
 * matches.
 *
 * <p>The field is AtlantaFX's text field with side nodes, which the window's themes style; the
 * clear button beside the words is ours.
 */
public final class SearchBar extends ToolBar {
    private static final double COUNT_WIDTH = 84;
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PREVIOUS =
            new KeyCodeCombination(KeyCode.G, KeyCombination.SHIFT_DOWN, KeyCombination.SHORTCUT_DOWN);

    private final MapCanvas canvas;
    private final SearchSession session;
    private final CustomTextField field = new CustomTextField();
    /** Wide enough for "12 of 345" and "No matches", so the bar does not jump as the count changes. */
    private final Label count = new Label() {
        @Override
        protected double computePrefWidth(double height) {
            return Math.max(COUNT_WIDTH, super.computePrefWidth(height));
        }
    };

    public SearchBar(MapCanvas canvas, ObservableValue<ArgumentMap> openMap) {
        this.canvas = canvas;
        this.session = new SearchSession(canvas, openMap);
        getStyleClass().add("search-bar");
        setMinWidth(Region.USE_PREF_SIZE);

        field.setId("search-field");
        field.setPromptText("Find in map");
        field.setPrefColumnCount(16);
        field.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        field.setRight(clearButton());
        field.setAccessibleText("Find in map");
        field.setTooltip(new Tooltip("Find words in the map (" + FIND.getDisplayText()
                + "); Enter: next match, Shift+Enter: previous, Escape: end the search"));
        field.textProperty().bindBidirectional(session.textProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keyInField);
        field.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                session.prepare(); // a large map's texts folded before the first letter comes
            }
        });
        session.noMatchesProperty().addListener((o, old, none) ->
                field.pseudoClassStateChanged(Styles.STATE_DANGER, none));

        count.setId("search-count");
        count.textProperty().bind(session.countProperty());
        count.setMinWidth(Region.USE_PREF_SIZE);

        Button previous = button("search-previous", MaterialDesignC.CHEVRON_UP, "Previous match (Shift+F3)",
                session::previous);
        Button next = button("search-next", MaterialDesignC.CHEVRON_DOWN, "Next match (F3)", session::next);
        session.queryProperty().addListener((o, old, now) -> {
            previous.setDisable(!now.isActive());
            next.setDisable(!now.isActive());
        });
        previous.setDisable(true);
        next.setDisable(true);

        getItems().addAll(field, count, previous, next, new FilterMenu(session));
        sceneProperty().addListener((o, old, scene) -> installShortcuts(old, scene));
    }

    /** Edit › Find…: puts the keyboard in the search field, with its words selected to type over. */
    public void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    /** Edit › Find Next: the next match; with nothing to search for yet, the search field. */
    public void findNext() {
        if (session.queryProperty().get().isActive()) {
            session.next();
        } else {
            focusField();
        }
    }

    /** Edit › Find Previous. */
    public void findPrevious() {
        if (session.queryProperty().get().isActive()) {
            session.previous();
        } else {
            focusField();
        }
    }

    /** The search behind this bar: its query, matches and current match. */
    public SearchSession session() {
        return session;
    }

    private void keyInField(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            if (e.isShiftDown()) {
                session.previous();
            } else {
                session.next();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            session.clear();
            canvas.requestFocus();
            e.consume();
        }
    }

    /** Ctrl+G and Ctrl+Shift+G, second shortcuts that a menu item cannot show. */
    private void installShortcuts(Scene old, Scene scene) {
        if (old != null) {
            old.getAccelerators().remove(NEXT);
            old.getAccelerators().remove(PREVIOUS);
        }
        if (scene != null) {
            scene.getAccelerators().put(NEXT, this::findNext);
            scene.getAccelerators().put(PREVIOUS, this::findPrevious);
        }
    }

    /** A cross at the field's right end while it has words: clears them, and with them the search. */
    private Node clearButton() {
        FontIcon clear = new FontIcon(MaterialDesignC.CLOSE_CIRCLE);
        clear.setId("search-clear");
        clear.setCursor(Cursor.DEFAULT);
        clear.visibleProperty().bind(field.textProperty().isNotEmpty());
        clear.setOnMouseClicked(e -> {
            field.clear();
            field.requestFocus();
            e.consume();
        });
        Tooltip.install(clear, new Tooltip("Clear the search (Escape)"));
        return clear;
    }

    private static Button button(String id, Ikon icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
