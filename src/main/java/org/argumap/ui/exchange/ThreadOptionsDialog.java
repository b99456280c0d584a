package org.argumap.ui.exchange;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.argumap.io.thread.ThreadImportOptions;
import org.argumap.ui.dialog.TypedNumber;

/**
 * Asked before a comment thread is read: which comments to leave out. Each limit has a check box
 * so that "no limit" is a state of its own rather than a magic number in the field.
 */
public final class ThreadOptionsDialog extends Dialog<ThreadImportOptions> {
    public static final ButtonType IMPORT = new ButtonType("Import", ButtonData.OK_DONE);
    private static final int DEFAULT_MINIMUM_SCORE = 1;
    private static final int DEFAULT_MAXIMUM_DEPTH = 3;

    private final CheckBox scoreLimited = new CheckBox("Leave out comments scoring _below");
    private final Spinner<Integer> minimumScore = new Spinner<>(
            new IntegerSpinnerValueFactory(-1_000_000, 1_000_000, DEFAULT_MINIMUM_SCORE));
    private final CheckBox depthLimited = new CheckBox("Leave out comments nested _deeper than");
    private final Spinner<Integer> maximumDepth = new Spinner<>(
            new IntegerSpinnerValueFactory(0, 10_000, DEFAULT_MAXIMUM_DEPTH));
    private final CheckBox skipDeleted = new CheckBox("Leave out _deleted and removed comments");

    /** @param formatLabel the reader's label, such as "Reddit thread (JSON)" */
    public ThreadOptionsDialog(String fileName, String formatLabel, ThreadImportOptions current) {
        setTitle("Import Thread");
        setHeaderText("Import “" + fileName + "” as " + formatLabel);
        scoreLimited.setId("thread-score-limited");
        minimumScore.setId("thread-minimum-score");
        depthLimited.setId("thread-depth-limited");
        maximumDepth.setId("thread-maximum-depth");
        skipDeleted.setId("thread-skip-deleted");
        show(current);
        for (Spinner<Integer> spinner : List.of(minimumScore, maximumDepth)) {
            spinner.setEditable(true);
            spinner.setPrefWidth(110);
        }
        minimumScore.disableProperty().bind(scoreLimited.selectedProperty().not());
        maximumDepth.disableProperty().bind(depthLimited.selectedProperty().not());

        Label levels = new Label("levels");
        Label note = new Label("A reply goes with the comment it answers. A deleted comment that still has "
                + "replies stays as a placeholder, so they keep their place.");
        note.setWrapText(true);
        note.setMaxWidth(460);
        note.getStyleClass().add("thread-options-note");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        grid.add(scoreLimited, 0, 0);
        grid.add(minimumScore, 1, 0);
        grid.add(depthLimited, 0, 1);
        grid.add(maximumDepth, 1, 1);
        grid.add(levels, 2, 1);
        grid.add(skipDeleted, 0, 2, 3, 1);
        grid.add(note, 0, 3, 3, 1);
        getDialogPane().setContent(grid);
        getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        setResultConverter(button -> button == IMPORT ? chosen() : null);
    }

    private void show(ThreadImportOptions options) {
        scoreLimited.setSelected(options.minimumScore() != Integer.MIN_VALUE);
        if (scoreLimited.isSelected()) {
            minimumScore.getValueFactory().setValue(options.minimumScore());
        }
        depthLimited.setSelected(options.maximumDepth() != Integer.MAX_VALUE);
        if (depthLimited.isSelected()) {
            maximumDepth.getValueFactory().setValue(options.maximumDepth());
        }
        skipDeleted.setSelected(options.skipDeleted());
    }

    private ThreadImportOptions chosen() {
        ThreadImportOptions options = ThreadImportOptions.DEFAULTS.withSkipDeleted(skipDeleted.isSelected());
        if (scoreLimited.isSelected()) {
            options = options.withMinimumScore(TypedNumber.of(minimumScore));
        }
        if (depthLimited.isSelected()) {
            options = options.withMaximumDepth(TypedNumber.of(maximumDepth));
        }
        return options;
    }
}
