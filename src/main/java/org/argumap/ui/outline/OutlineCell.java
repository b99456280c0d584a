package org.argumap.ui.outline;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.evaluation.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.argumap.render.MapPalette;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.javafx.IkonResolver;

/**
 * One line of the outline: the role's icon in the role's colour (the canvas's ⊕, ⊖, =, flag and
 * page glyphs), the words on one line cut with "…", the full words in a tooltip, and a sentence
 * for screen readers. F2, Enter, a double click or typing edits the words in place: Enter
 * commits them as one undoable step, Escape cancels, and leaving the field commits.
 */
final class OutlineCell extends TreeCell<OutlineEntry> {
    static final PseudoClass ALSO = PseudoClass.getPseudoClass("also");
    static final PseudoClass GROUP = PseudoClass.getPseudoClass("group");

    private final OutlinePanel panel;
    private final FontIcon mark = new FontIcon();
    private final javafx.scene.control.Label standing = new javafx.scene.control.Label();
    private final HBox marks = new HBox(4, mark, standing);
    private final Tooltip tooltip = new Tooltip();
    private TextField editor;

    OutlineCell(OutlinePanel panel) {
        this.panel = panel;
        getStyleClass().add("outline-cell");
        mark.getStyleClass().add("outline-mark");
        standing.getStyleClass().add("outline-standing");
        standing.managedProperty().bind(standing.visibleProperty());
        marks.setAlignment(Pos.CENTER_LEFT);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDelay(Duration.millis(600));
        // As wide as the panel, no wider: long words end in "…" rather than scrolling sideways.
        setPrefWidth(0);
        // Before the tree's own handling, which would expand or collapse a line on a double click.
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && canEdit()) {
                getTreeView().edit(getTreeItem());
                e.consume();
            }
        });
    }

    @Override
    protected void updateItem(OutlineEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        // The tree's skin leaves an emptied cell's disclosure arrow as it was: after another map
        // with fewer lines, the rows below the last would keep the arrows of the lines they had.
        if (empty && getDisclosureNode() != null) {
            getDisclosureNode().setVisible(false);
        }
        render();
    }

    /** Draws the line again from the map: its words, role, or what hangs below it changed. */
    void render() {
        OutlineEntry entry = getItem();
        OutlineWords words = panel.words();
        // A cell may still hold a line of a map shown before, until the tree lays it out again.
        if (isEmpty() || entry == null || !panel.isCurrent(getTreeItem())) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            pseudoClassStateChanged(ALSO, false);
            pseudoClassStateChanged(GROUP, false);
            return;
        }
        MapPalette.Style style = panel.styleOf(entry);
        mark.setIconCode(style.icon());
        colourMark(style);
        boolean also = entry.kind() == OutlineEntry.Kind.ALSO;
        pseudoClassStateChanged(ALSO, also);
        pseudoClassStateChanged(GROUP, entry.kind() == OutlineEntry.Kind.GROUP);
        if (isEditing() && editor != null) {
            setText(null);
            setGraphic(editor);
        } else {
            setText((also ? "↪ " : "") + words.text(entry));
            setGraphic(marks);
        }
        Label said = showStanding(entry);
        tooltip.setText(words.tooltip(entry));
        setTooltip(tooltip);
        TreeItem<OutlineEntry> item = getTreeItem();
        List<OutlineEntry> below = item.getChildren().stream().map(TreeItem::getValue).toList();
        setAccessibleText(words.accessibleText(entry, below, item.isExpanded(), said == null ? null : said.word()));
    }

    /**
     * The canvas's ✓, ✗ or ? after the line's icon while the evaluation shows, in the palette's
     * colours for it; the word ("stands") for screen readers. Returns the label shown, or null.
     */
    private Label showStanding(OutlineEntry entry) {
        Evaluation evaluation = panel.evaluation();
        String id = entry.kind() == OutlineEntry.Kind.GROUP ? entry.inferenceId() : entry.statementId();
        if (evaluation == null || id == null || !evaluation.labels().containsKey(id)) {
            standing.setVisible(false);
            standing.setText("");
            standing.setAccessibleText(null);
            return null;
        }
        Label label = evaluation.label(id);
        MapPalette.StandingStyle style = panel.standingStyle(label);
        standing.setVisible(true);
        standing.setText(switch (label) {
            case IN -> "✓";
            case OUT -> "✗";
            case UNDECIDED -> "?";
        });
        standing.setAccessibleText(label.word());
        standing.setStyle("-fx-font-weight: bold; -fx-text-fill: " + style.ring().hex() + ";");
        return label;
    }

    /**
     * The role's ink, selected or not: every theme marks a selected line with a tint the ink reads
     * on. Set as a style, since the theme's stylesheet colours every icon and outranks
     * setIconColor; the style names the icon's font as well, for an inline style without one gives
     * the icon the line's font, which has no such glyph.
     */
    private void colourMark(MapPalette.Style style) {
        String font = IkonResolver.getInstance().resolve(style.icon().getDescription()).getFontFamily();
        String ink = style.ink().hex();
        mark.setStyle("-fx-font-family: '" + font + "'; -fx-icon-color: " + ink + "; -fx-fill: " + ink + ";");
    }

    private boolean canEdit() {
        return !isEmpty() && getItem() != null && getItem().showsStatement() && panel.isCurrent(getTreeItem());
    }

    @Override
    public void startEdit() {
        if (!canEdit()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        if (editor == null) {
            editor = newEditor();
        }
        String typed = panel.takeTypedStart();
        editor.setText(typed != null ? typed : OutlineWords.oneLine(panel.map().statement(getItem().statementId()).text()));
        render();
        editor.requestFocus();
        if (typed != null) {
            editor.end();
        } else {
            editor.selectAll();
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        render();
    }

    @Override
    public void commitEdit(OutlineEntry entry) {
        super.commitEdit(entry);
        render();
    }

    private TextField newEditor() {
        TextField field = new TextField();
        field.getStyleClass().add("outline-editor");
        field.setOnAction(e -> {
            commit();
            e.consume();
        });
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            }
        });
        // Clicking elsewhere keeps what was typed, as the canvas's editor does.
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && isEditing()) {
                commit();
            }
        });
        return field;
    }

    private void commit() {
        if (!isEditing()) {
            return;
        }
        OutlineEntry entry = getItem();
        String text = editor.getText();
        commitEdit(entry);
        panel.editText(entry.statementId(), text);
    }
}
