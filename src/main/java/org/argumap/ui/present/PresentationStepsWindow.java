package org.argumap.ui.present;

import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.argumap.edit.CommandHistory;
import org.argumap.edit.Selection;
import org.argumap.edit.SelectionListener;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapEvent;
import org.argumap.model.MapListener;
import org.argumap.present.PresentationStep;

/**
 * View › Presentation Steps…: the order in which the map will be presented, and the notes for each
 * step, set beside the map. Choosing a step selects its boxes on the map; "Add Selected Boxes as
 * Step" makes the boxes selected on the map a step of their own after the chosen one; steps move
 * with Alt+Up and Alt+Down and go with Delete. Every change is one step on the map's undo history.
 * Notes apply on Enter (Shift+Enter starts a new line) or on leaving the field.
 */
public final class PresentationStepsWindow {
    private static final KeyCombination MOVE_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    private static final KeyCombination MOVE_DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_TOO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final Stage stage = new Stage();
    private final Label intro = new Label();
    private final ListView<PresentationStep> list = new ListView<>();
    private final Label notesLabel = new Label("Notes for the presenter");
    private final TextArea notes = new TextArea();
    private final Button add = new Button("Add Selected Boxes as Step");
    private final Button remove = new Button("Remove Step");
    private final Button up = new Button("Move Up");
    private final Button down = new Button("Move Down");
    private final Button reset = new Button("Reset to Argument Order");
    private final Button presentHere = new Button("Present from This Step");
    private final MapListener mapListener = this::mapChanged;
    private final SelectionListener selectionListener = s -> showButtons();
    private ArgumentMap map = new ArgumentMap();
    private Selection selection = new Selection();
    private StepsEditing editing = new StepsEditing(map, new CommandHistory());
    /** The step whose notes the field shows; -1 for none. */
    private int notesIndex = -1;
    private String notesLoaded = "";
    private boolean refreshing;

    /**
     * @param presentFrom starts the presentation at this step (from 1)
     * @param undo        the window's Undo, so Ctrl+Z works here as in the editor
     */
    public PresentationStepsWindow(Window owner, IntConsumer presentFrom, Runnable undo, Runnable redo) {
        list.setId("presentation-steps");
        list.setCellFactory(v -> new StepCell(() -> map, () -> !map.presentation().isEmpty()));
        list.setPlaceholder(new Label("The map is empty."));
        VBox.setVgrow(list, Priority.ALWAYS);
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        notes.setId("presentation-step-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notesLabel.setLabelFor(notes);
        add.setId("add-step");
        remove.setId("remove-step");
        up.setId("move-step-up");
        down.setId("move-step-down");
        reset.setId("reset-steps");
        FlowPane buttons = new FlowPane(6, 6, add, remove, up, down, reset, presentHere);
        VBox body = new VBox(8, intro, list, buttons, notesLabel, notes);
        body.setPadding(new Insets(12));
        stage.setScene(new Scene(new BorderPane(body), 520, 620));
        stage.initOwner(owner);
        stage.setTitle("Presentation Steps");

        list.getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> chosen(now.intValue()));
        add.setOnAction(e -> addStep());
        remove.setOnAction(e -> removeStep());
        up.setOnAction(e -> move(-1));
        down.setOnAction(e -> move(1));
        reset.setOnAction(e -> editing.reset());
        presentHere.setOnAction(e -> presentFrom.accept(Math.max(0, list.getSelectionModel().getSelectedIndex()) + 1));
        notes.addEventFilter(KeyEvent.KEY_PRESSED, this::notesKey);
        notes.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                applyNotes();
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::listKey);
        // Handlers, not accelerators: the notes field keeps its own Undo and Escape while it has typing.
        stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> windowKey(e, undo, redo));
    }

    private void windowKey(KeyEvent e, Runnable undo, Runnable redo) {
        if (UNDO.match(e)) {
            applyNotes();
            undo.run();
        } else if (REDO.match(e) || REDO_TOO.match(e)) {
            redo.run();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            stage.hide();
        } else {
            return;
        }
        e.consume();
    }

    /** Follows this map, its history and its selection (the open document). */
    public void show(ArgumentMap newMap, CommandHistory history, Selection newSelection, String name) {
        applyNotes();
        map.removeListener(mapListener);
        selection.removeListener(selectionListener);
        map = Objects.requireNonNull(newMap);
        selection = Objects.requireNonNull(newSelection);
        editing = new StepsEditing(map, history);
        map.addListener(mapListener);
        selection.addListener(selectionListener);
        stage.setTitle("Presentation Steps — " + name);
        notesIndex = -1;
        refresh(0);
    }

    public void open() {
        stage.show();
        stage.toFront();
        list.requestFocus();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public Stage stage() {
        return stage;
    }

    /** The steps as listed, for tests. */
    public List<PresentationStep> steps() {
        return List.copyOf(list.getItems());
    }

    private void mapChanged(MapEvent event) {
        if (!(event instanceof MapEvent.NodeMoved)) {
            refresh(list.getSelectionModel().getSelectedIndex());
        }
    }

    /** Lists the steps again, choosing the one at {@code index} (kept within the list). */
    private void refresh(int index) {
        refreshing = true;
        try {
            List<PresentationStep> steps = editing.steps();
            list.setItems(FXCollections.observableArrayList(steps));
            intro.setText(map.presentation().isEmpty()
                    ? "These are the steps of argument order: the main claim, then each reason or objection with its "
                    + "branch. Change anything and the order becomes yours, saved with the map."
                    : "Your order, saved with the map. Boxes it leaves out are revealed at the end, in argument order.");
            if (!steps.isEmpty()) {
                list.getSelectionModel().select(Math.max(0, Math.min(steps.size() - 1, index)));
            }
        } finally {
            refreshing = false;
        }
        chosen(list.getSelectionModel().getSelectedIndex());
    }

    private void chosen(int index) {
        if (refreshing) {
            return;
        }
        if (index != notesIndex) {
            applyNotes();
        }
        PresentationStep step = index < 0 || index >= list.getItems().size() ? null : list.getItems().get(index);
        String value = step == null ? "" : step.notes();
        if (index != notesIndex || !(notes.isFocused() && isNotesDirty())) {
            notes.setText(value);
        }
        notesIndex = index;
        notesLoaded = value;
        notes.setDisable(step == null);
        notesLabel.setText(step == null ? "Notes for the presenter" : "Notes for the presenter at step " + (index + 1));
        if (step != null && list.isFocused()) {
            selection.selectOnly(step.shows());
        }
        showButtons();
    }

    private void showButtons() {
        int index = list.getSelectionModel().getSelectedIndex();
        add.setDisable(selection.ids().stream().noneMatch(id -> map.statement(id) != null));
        remove.setDisable(index < 0);
        up.setDisable(index <= 0);
        down.setDisable(index < 0 || index >= list.getItems().size() - 1);
        reset.setDisable(map.presentation().isEmpty());
        presentHere.setDisable(list.getItems().isEmpty());
    }

    private void addStep() {
        editing.addStep(list.getSelectionModel().getSelectedIndex(), List.copyOf(selection.ids()))
                .ifPresent(this::refresh);
    }

    private void removeStep() {
        int index = list.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            editing.removeStep(index);
        }
    }

    private void move(int by) {
        int index = list.getSelectionModel().getSelectedIndex();
        if (editing.moveStep(index, by)) {
            refresh(index + by);
        }
    }

    private boolean isNotesDirty() {
        return !notes.getText().equals(notesLoaded);
    }

    private void applyNotes() {
        if (notesIndex >= 0 && isNotesDirty()) {
            String typed = notes.getText();
            notesLoaded = typed;
            editing.setNotes(notesIndex, typed);
        }
    }

    private void notesKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
            applyNotes();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            notes.replaceSelection("\n");
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && isNotesDirty()) {
            notes.setText(notesLoaded);
            e.consume();
        }
    }

    private void listKey(KeyEvent e) {
        if (MOVE_UP.match(e)) {
            move(-1);
        } else if (MOVE_DOWN.match(e)) {
            move(1);
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            removeStep();
        } else if (e.getCode() == KeyCode.INSERT) {
            addStep();
        } else {
            return;
        }
        e.consume();
    }
}
