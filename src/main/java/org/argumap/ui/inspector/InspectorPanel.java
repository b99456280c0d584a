package org.argumap.ui.inspector;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.argumap.edit.MapStructure;
import org.argumap.edit.Selection;
import org.argumap.edit.SelectionListener;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapEvent;
import org.argumap.model.MapListener;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.argumap.model.StatementKind;
import org.argumap.ui.MapDocument;

/**
 * The inspector: the properties of what is selected in the open map, to read and to edit. One box
 * shows its statement fields, its source fields when it is evidence, and the link it hangs from;
 * several boxes show what can be changed for all of them at once; nothing selected, a placeholder.
 *
 * <p>It follows the open document, its selection and its map's events, so it shows the map as it
 * is after an undo, a redo or an edit made on the canvas. Its own edits are commands on the map's
 * history, one per field edit. Text typed for one box is applied to that box before the panel
 * shows another.
 */
public final class InspectorPanel extends VBox {
    /** Wide enough for a sentence per line in the text field, narrow enough to leave the map room. */
    public static final double PREFERRED_WIDTH = 320;
    static final String PLACEHOLDER = "Select a box to see its properties";
    private static final String STYLESHEET =
            Objects.requireNonNull(InspectorPanel.class.getResource("inspector.css")).toExternalForm();

    private final Label placeholder = new Label(PLACEHOLDER);
    private final Label heading = new Label();
    private final Label idLine = new Label();
    private final StatementSection statement = new StatementSection();
    private final EvidenceSection evidence;
    private final LinkSection link = new LinkSection();
    private final MultiSection multiple = new MultiSection();
    private final VBox form;
    private final ScrollPane scroll;
    private final InspectorKeys keys;
    private final MapListener mapListener = this::mapChanged;
    private final SelectionListener selectionListener = selection -> selectionChanged();
    /** Sections other parts of the window add below one box's fields (the evaluation). */
    private final List<Node> added = new ArrayList<>();
    private MapDocument watched;
    private InspectorEdits edits;
    /** The ids the form shows, so a refresh tells a newly selected box from a changed one. */
    private List<String> subject = List.of();
    private boolean refreshPending;

    /**
     * @param documents the open document, followed as it changes
     * @param browser   opens an address in the browser; called only when the user clicks a link
     * @param backToMap gives the focus back to the map (Escape in a field that has no typed changes)
     */
    public InspectorPanel(ObservableValue<MapDocument> documents, Consumer<String> browser, Runnable backToMap) {
        setId("inspector");
        getStylesheets().add(STYLESHEET);
        setPrefWidth(PREFERRED_WIDTH);
        setMinWidth(200);
        evidence = new EvidenceSection(Objects.requireNonNull(browser));
        placeholder.setId("inspector-placeholder");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.setMaxWidth(Double.MAX_VALUE);
        placeholder.setAlignment(Pos.CENTER);
        placeholder.setPadding(new Insets(24, 8, 8, 8));
        heading.setId("inspector-heading");
        heading.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
        heading.setWrapText(true);
        idLine.getStyleClass().add(Styles.TEXT_MUTED);
        form = new VBox(10);
        form.setPadding(new Insets(10, 12, 12, 12));
        form.setFillWidth(true);
        scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
        setAccessibleText("Inspector");
        keys = new InspectorKeys(this, form, scroll, this::editors, Objects.requireNonNull(backToMap),
                () -> {
                    if (watched.history().canUndo()) {
                        watched.history().undo();
                    }
                }, () -> {
                    if (watched.history().canRedo()) {
                        watched.history().redo();
                    }
                });
        for (List<FieldEditor> group : List.of(statement.editors(), evidence.editors(), link.editors(),
                multiple.editors())) {
            group.forEach(editor -> editor.setOnMessage(keys::reveal));
        }
        documents.addListener((o, old, now) -> watch(now));
        watch(documents.getValue());
    }

    /**
     * Adds a section below the fields of a single box or link, after the inspector's own: it shows
     * and hides itself, and follows the selection on its own.
     */
    public void addSection(Node section) {
        added.add(Objects.requireNonNull(section));
        scheduleRefresh();
    }

    /** Scrolls the form so that this node, one of an added section's, is in view. */
    public void reveal(Node node) {
        keys.reveal(node);
    }

    /** Moves the focus to the first field, when a box is shown; for View › Inspector. */
    public void focusFirstField() {
        keys.focusFirst();
    }

    /**
     * Whether this node is in one of the panel's fields and that field holds nothing typed that is
     * not yet the map's: then keys meant for the map (the moderator's Alt keys) may act on it.
     */
    public boolean isFieldWithoutTyping(Node node) {
        for (FieldEditor editor : editors()) {
            for (Node n = node; n != null; n = n.getParent()) {
                if (n == editor.control()) {
                    return !editor.isDirty();
                }
            }
        }
        return false;
    }

    /** What the panel shows now: the placeholder, a count, or the first box's heading. */
    public String headingText() {
        return subject.isEmpty() ? placeholder.getText() : subject.size() > 1 ? multiple.title() : heading.getText();
    }

    private void watch(MapDocument document) {
        if (watched != null) {
            watched.map().removeListener(mapListener);
            watched.selection().removeListener(selectionListener);
        }
        watched = document;
        edits = new InspectorEdits(document);
        // Typed text of a map that is gone has nowhere to go; the new map starts with fresh fields.
        subject = List.of();
        document.map().addListener(mapListener);
        document.selection().addListener(selectionListener);
        refresh();
    }

    private void selectionChanged() {
        // Before the form shows another box, what was typed for this one becomes its edit.
        if (!watched.history().isBusy()) {
            commitPending();
        }
        scheduleRefresh();
    }

    private void mapChanged(MapEvent event) {
        if (!(event instanceof MapEvent.NodeMoved)) {
            scheduleRefresh();
        }
    }

    /** Applies what was typed into a field and not yet applied, as that field's edit. */
    public void commitPending() {
        for (FieldEditor editor : editors()) {
            editor.commitIfDirty();
        }
    }

    /** Whether a field holds typing that is not the map's yet. */
    public boolean hasUncommittedTyping() {
        return editors().stream().anyMatch(FieldEditor::isDirty);
    }

    /**
     * Makes what the fields hold into the edits they would become, on a copy of the map (for
     * autosave): the fields, their messages and the map's history stay as they are.
     */
    public void writeTypingOnto(ArgumentMap copy) {
        if (edits != null) {
            edits.onto(copy, () -> editors().stream().filter(FieldEditor::isDirty).forEach(FieldEditor::applyTyped));
        }
    }

    private List<FieldEditor> editors() {
        List<FieldEditor> all = new ArrayList<>();
        if (subject.size() > 1) {
            all.addAll(multiple.editors());
        } else if (!subject.isEmpty()) {
            all.addAll(statement.editors());
            all.addAll(evidence.editors());
            all.addAll(link.editors());
        }
        return all;
    }

    /** Many events come in one command (a paste, an undo of a deletion); the form is built once after them. */
    private void scheduleRefresh() {
        if (!refreshPending) {
            refreshPending = true;
            Platform.runLater(this::refresh);
        }
    }

    private void refresh() {
        refreshPending = false;
        ArgumentMap map = watched.map();
        Selection selection = watched.selection();
        List<Statement> statements = selection.ids().stream().map(map::statement).filter(Objects::nonNull).toList();
        MapNode primary = selection.primary().map(map::node).orElse(null);
        if (statements.size() > 1) {
            showMany(statements);
        } else if (primary instanceof Inference inference) {
            showInference(inference);
        } else if (!statements.isEmpty()) {
            showStatement(statements.get(0));
        } else {
            subject = List.of();
            setForm(placeholder);
        }
    }

    private boolean showing(List<String> ids) {
        boolean fresh = !ids.equals(subject);
        subject = ids;
        return fresh;
    }

    private void showStatement(Statement shown) {
        boolean fresh = showing(List.of(shown.id()));
        ArgumentMap map = watched.map();
        heading.setText(Words.role(map.roleOf(shown))
                + (shown.kind() == StatementKind.EVIDENCE ? " · evidence" : ""));
        idLine.setText("Box " + shown.id());
        statement.show(edits, shown, fresh);
        evidence.setVisible(EvidenceSection.applies(shown));
        evidence.show(edits, shown, fresh);
        List<Inference> fed = map.inferencesFrom(shown);
        link.setVisible(!fed.isEmpty());
        if (!fed.isEmpty()) {
            // The link the canvas draws the box under first, as MapStructure reads the tree.
            Inference parent = MapStructure.parentInference(map, shown);
            List<Inference> ordered = new ArrayList<>(fed);
            ordered.remove(parent);
            ordered.add(0, parent);
            link.showFor(edits, shown, ordered, fresh);
        }
        setForm(withAdded(heading, idLine, statement, evidence, link));
    }

    private void showInference(Inference inference) {
        boolean fresh = showing(List.of(inference.id()));
        heading.setText(inference.isUndercut() ? "Undercut" : "Inference");
        idLine.setText("Link " + inference.id());
        link.setVisible(true);
        link.showInference(edits, inference, fresh);
        setForm(withAdded(heading, idLine, link));
    }

    private void showMany(List<Statement> statements) {
        boolean fresh = showing(statements.stream().map(Statement::id).toList());
        multiple.show(edits, statements, fresh);
        setForm(multiple);
    }

    private Node[] withAdded(Node... own) {
        List<Node> all = new ArrayList<>(List.of(own));
        all.addAll(added);
        return all.toArray(Node[]::new);
    }

    /**
     * Puts these nodes in the form, if they are not there already: taking a field out of the scene,
     * even to put it back, would take the focus from a user typing in it.
     */
    private void setForm(Node... nodes) {
        if (!form.getChildren().equals(List.of(nodes))) {
            form.getChildren().setAll(nodes);
        }
    }
}
