package org.argumap.ui.canvas;

import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.Event;
import javafx.geometry.Insets;
import javafx.scene.control.TextArea;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.argumap.edit.EditRefusedException;
import org.argumap.edit.EditTextCommand;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Statement;
import org.argumap.render.BoxMeasurer;
import org.argumap.render.BoxStyle;
import org.argumap.render.BoxText;
import org.argumap.render.MapPalette;
import org.argumap.render.Viewport;

/**
 * Editing a statement's words where they stand: a real {@link TextArea} laid over the text of
 * its box, in the box's font scaled to the zoom so that it wraps where the box wraps, following
 * the box through pans, zooms and glides, and growing downwards as the text grows.
 *
 * <p>Enter commits, Shift+Enter starts a new line, Escape cancels. Tab, Shift+Tab and Ctrl+Enter
 * commit and then act on the map as if pressed there (add a reason, an objection, a claim), so a
 * map is typed the way an outline is. Any other shortcut the text area has no use for (Ctrl+S,
 * Ctrl+T, Alt+Up…) commits and then does what it does; the plain keys stay in the editor, so the
 * canvas's own keys never fire while the user types. Moving the focus elsewhere (a click on the
 * map) commits too.
 *
 * <p>A session is one {@link EditTextCommand} made when it is committed, so it undoes in one
 * step, and an unchanged text makes no step at all. Nothing reaches the map while the user types:
 * the layout stays still under the editor, and an undo from the menu meanwhile cannot tangle with
 * a half-typed edit. If the box leaves the map (that undo took it away) the editor closes without
 * a word.
 *
 * <p>A box the user has just added and not yet given any words may go again: the one who opened
 * the editor passes what to do then ({@code ifLeftEmpty}), run when the session ends with Escape,
 * or with Enter on an empty text. Leaving it any other way keeps the empty box.
 */
final class InlineEditor extends Region {
    /** The frame around the text, in screen pixels, so it is plain which box is being edited. */
    private static final double FRAME = 3;
    /** Shown in an empty box, so the keys are found without the manual. */
    static final String PROMPT = "Type here · Enter: done · Shift+Enter: new line · Esc: cancel";
    private static final String STYLESHEET =
            Objects.requireNonNull(InlineEditor.class.getResource("inline-editor.css")).toExternalForm();

    private final MapCanvas view;
    private final BoxMeasurer measurer;
    private final TextArea text = new TextArea();
    private final ReadOnlyStringWrapper editedId = new ReadOnlyStringWrapper(this, "editedId");
    private Runnable ifLeftEmpty;
    /** Measures the text as the text area wraps it, to grow the editor with the text. */
    private final Text probe = new Text();
    private double fontZoom = Double.NaN;
    private Font font = FxFonts.of(BoxStyle.BODY_FONT);

    InlineEditor(MapCanvas view, BoxMeasurer measurer) {
        this.view = view;
        this.measurer = measurer;
        getStyleClass().add("inline-editor");
        getStylesheets().add(STYLESHEET);
        text.setId("inline-editor");
        text.setWrapText(true);
        text.setPromptText(PROMPT);
        getChildren().add(text);
        setManaged(false);
        setVisible(false);
        setPadding(new Insets(FRAME));
        paletteChanged();
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyBeforeText);
        addEventHandler(KeyEvent.ANY, this::keyAfterText);
        // The text area's own clicks and menu; the map's pointer gestures must not see them.
        addEventHandler(MouseEvent.ANY, Event::consume);
        addEventHandler(ContextMenuEvent.ANY, Event::consume);
        text.focusedProperty().addListener((o, was, now) -> {
            if (!now && isEditing() && getScene() != null && getScene().getFocusOwner() != text) {
                commit(false, false);
            }
        });
        text.textProperty().addListener((o, old, now) -> place());
    }

    /**
     * Frames the editor in the selection colour of the map's palette and writes in the palette's
     * text colour, as the box does: on a dark map, light words on a dark tint.
     */
    void paletteChanged() {
        MapPalette palette = view.palette();
        setBorder(new Border(new BorderStroke(FxColours.of(palette.selection()), BorderStrokeStyle.SOLID,
                new CornerRadii(FRAME), new BorderWidths(1.5))));
        // The stylesheet's looked-up colours, overridden here for the descendants (the text area).
        setStyle("-box-text: " + palette.text().hex() + "; -box-highlight: "
                + palette.selection().towards(palette.background(), 0.7).hex() + "; -box-prompt: "
                + palette.mutedText().hex() + ";");
        String id = editedId.get();
        Statement statement = id == null ? null : view.map().statement(id);
        if (statement != null) {
            paintTint(statement);
        }
    }

    /** The box's own tint behind the words. */
    private void paintTint(Statement statement) {
        setBackground(new Background(new BackgroundFill(FxColours.of(view.styleOf(statement).fill()),
                new CornerRadii(FRAME), Insets.EMPTY)));
    }

    /** The statement being edited, or null. */
    ReadOnlyStringProperty editedIdProperty() {
        return editedId.getReadOnlyProperty();
    }

    boolean isEditing() {
        return editedId.get() != null;
    }

    /** The text area, for tests that look at it. */
    TextArea textArea() {
        return text;
    }

    /**
     * Opens the editor on a statement, with its text or with {@code initialText} in its place (the
     * character the user typed to start), the caret at the end. A session still open is committed.
     */
    void open(String statementId, String initialText, Runnable whenLeftEmpty) {
        if (isEditing()) {
            commit(false, false);
        }
        Statement statement = view.map().statement(statementId);
        if (statement == null) {
            return;
        }
        editedId.set(statementId);
        ifLeftEmpty = whenLeftEmpty;
        text.setText(initialText != null ? initialText : statement.text());
        text.end();
        paintTint(statement);
        setVisible(true);
        place();
        text.requestFocus();
    }

    /** Whether the words typed differ from the statement's (as a commit would see them). */
    boolean hasUncommittedText() {
        String id = editedId.get();
        Statement statement = id == null ? null : view.map().statement(id);
        return statement != null && !text.getText().strip().equals(statement.text().strip());
    }

    /** The edit a commit would make, made on a copy of the map instead; the session stays open. */
    void writeTextOnto(ArgumentMap copy) {
        if (hasUncommittedText() && copy.statement(editedId.get()) != null) {
            try {
                new EditTextCommand(copy, editedId.get(), text.getText().strip()).execute();
            } catch (EditRefusedException refused) {
                // Words the map would refuse are not kept in the copy either.
            }
        }
    }

    /** Commits the session, if one is open, and gives the keyboard back to the map. */
    void commit() {
        commit(true, false);
    }

    /**
     * Ends the session, leaving the statement as it was; a box just added and still empty goes
     * again.
     */
    void cancel() {
        String id = editedId.get();
        if (id == null) {
            return;
        }
        Runnable whenEmpty = ifLeftEmpty;
        close(true);
        Statement statement = view.map().statement(id);
        if (whenEmpty != null && statement != null && statement.text().isBlank()) {
            whenEmpty.run();
        }
    }

    /** The statement left the map, or another map is shown: close without touching anything. */
    void abandon() {
        if (isEditing()) {
            close(getScene() != null && getScene().getFocusOwner() == text);
        }
    }

    /** The map changed: if the statement being edited went with it, there is nothing left to commit to. */
    void mapChanged() {
        String id = editedId.get();
        if (id != null && view.map().statement(id) == null) {
            abandon();
        }
    }

    /** Lays the editor over the box's text where the box is drawn now. */
    void place() {
        String id = editedId.get();
        if (id == null) {
            return;
        }
        Viewport viewport = view.viewport();
        Rect box = view.placement().rectOf(id);
        Statement statement = view.map().statement(id);
        if (box == null || statement == null) {
            // Not laid out yet (a large map's layout is on its way) or folded away: keep the focus, show nothing.
            resizeRelocate(0, 0, 0, 0);
            return;
        }
        double zoom = viewport.zoom();
        if (zoom != fontZoom) {
            fontZoom = zoom;
            font = FxFonts.of(BoxStyle.BODY_FONT.withSize(BoxStyle.BODY_FONT.size() * zoom));
            text.setStyle("-fx-font-family: '" + font.getFamily() + "'; -fx-font-size: " + font.getSize() + "px;");
        }
        BoxText drawn = measurer.textOf(statement);
        double top = box.y() + BoxStyle.PADDING + BoxStyle.LABEL_LINE + BoxStyle.BLOCK_GAP;
        if (!drawn.titleLines().isEmpty()) {
            top += drawn.titleLines().size() * BoxStyle.TITLE_LINE + BoxStyle.BLOCK_GAP;
        }
        Rect area = viewport.toView(new Rect(drawn.left(box), top, drawn.column(),
                Math.max(0, box.maxY() - BoxStyle.PADDING - top)));
        double height = Math.max(area.height(), textHeight(area.width()));
        resizeRelocate(area.x() - FRAME, area.y() - FRAME, area.width() + 2 * FRAME, height + 2 * FRAME);
    }

    /**
     * The height the text takes wrapped in the editor's font and width, measured as the text area
     * lays out its paragraphs, plus a line for the caret, so the area grows before it would scroll.
     */
    private double textHeight(double width) {
        double slack = font.getSize() * 0.5;
        probe.setFont(font);
        probe.setWrappingWidth(width);
        probe.setText(text.getText() + "\n");
        return probe.getLayoutBounds().getHeight() + slack;
    }

    @Override
    protected void layoutChildren() {
        text.resizeRelocate(FRAME, FRAME, Math.max(0, getWidth() - 2 * FRAME), Math.max(0, getHeight() - 2 * FRAME));
    }

    /** The keys that end a session, seen before the text area would take them as typing. */
    private void keyBeforeText(KeyEvent e) {
        if (!isEditing()) {
            return;
        }
        boolean command = e.isShortcutDown() || e.isAltDown() || e.isControlDown() || e.isMetaDown();
        if (e.getCode() == KeyCode.ENTER && e.isShiftDown() && !command) {
            text.replaceSelection("\n");
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && !command) {
            commit(true, true);
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB && !command) {
            // Ctrl+Enter, Tab, Shift+Tab: done with this box, now add the next one.
            commit(true, false);
            e.consume();
            Event.fireEvent(view, e.copyFor(view, view));
        } else if (e.getCode() == KeyCode.ESCAPE) {
            cancel();
            e.consume();
        }
    }

    /**
     * What the text area left alone: plain keys stay here (no canvas key fires while typing);
     * shortcuts and function keys commit first and then go on to the map and the menus.
     */
    private void keyAfterText(KeyEvent e) {
        if (!isEditing()) {
            return;
        }
        boolean command = e.isShortcutDown() || e.isAltDown() || e.isControlDown() || e.isMetaDown()
                || e.getCode().isFunctionKey();
        if (!command) {
            e.consume();
        } else if (e.getEventType() == KeyEvent.KEY_PRESSED && !e.getCode().isModifierKey()) {
            commit(true, false);
        }
    }

    /**
     * Ends the session and writes the text to the statement as one undoable step, if it changed.
     *
     * @param focusMap       give the keyboard back to the map (not when the user clicked elsewhere)
     * @param emptyDiscards  an empty text on a box just added removes the box (Enter), rather than
     *                       keeping it empty (leaving by another key or by the mouse)
     */
    private void commit(boolean focusMap, boolean emptyDiscards) {
        String id = editedId.get();
        if (id == null) {
            return;
        }
        String typed = text.getText().strip();
        Runnable whenEmpty = ifLeftEmpty;
        close(focusMap);
        Statement statement = view.map().statement(id);
        if (statement == null) {
            return;
        }
        if (typed.isEmpty() && emptyDiscards && whenEmpty != null && statement.text().isBlank()) {
            whenEmpty.run();
            return;
        }
        if (typed.equals(statement.text().strip())) {
            return;
        }
        try {
            view.history().execute(new EditTextCommand(view.map(), id, typed));
        } catch (EditRefusedException refused) {
            view.announce(refused.getMessage());
        }
    }

    private void close(boolean focusMap) {
        editedId.set(null);
        ifLeftEmpty = null;
        setVisible(false);
        if (focusMap) {
            view.requestFocus();
        }
    }
}
